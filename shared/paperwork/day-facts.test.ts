import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY_DEFAULTS, type DayDefaults, type DayStatus } from '../domain/day-facts-schema';
import { dayFactsOf, defaultDayFacts, mealCount } from './day-facts';

describe('meal and transport defaults', () => {
  it.each<[DayStatus, [boolean, boolean, boolean], boolean, boolean]>([
    ['arrival', [false, false, true], true, false],
    ['stay', [true, true, true], false, false],
    ['departure', [true, true, false], false, true],
    ['day-use', [false, true, false], true, true],
  ])(
    'a %s day has meals %j, 送迎 往 %s, 復 %s',
    (status, [breakfast, lunch, dinner], pickup, dropoff) => {
      expect(defaultDayFacts(status, DEFAULT_DAY_DEFAULTS)).toEqual({
        meals: { breakfast, lunch, dinner },
        pickup,
        dropoff,
      });
    },
  );

  it('follows the facility settings', () => {
    const defaults: DayDefaults = {
      ...DEFAULT_DAY_DEFAULTS,
      arrival: {
        meals: { breakfast: false, lunch: true, dinner: true },
        pickup: false,
        dropoff: false,
      },
    };
    expect(defaultDayFacts('arrival', defaults)).toEqual({
      meals: { breakfast: false, lunch: true, dinner: true },
      pickup: false,
      dropoff: false,
    });
  });

  it('uses what was saved over the defaults', () => {
    const saved = {
      meals: { breakfast: false, lunch: false, dinner: false },
      pickup: false,
      dropoff: false,
      note: '家族の送り',
    };
    expect(dayFactsOf('arrival', saved, DEFAULT_DAY_DEFAULTS)).toBe(saved);
    expect(dayFactsOf('arrival', undefined, DEFAULT_DAY_DEFAULTS).meals.dinner).toBe(true);
  });

  it('does not share the settings object, so editing a day cannot change the defaults', () => {
    const facts = defaultDayFacts('stay', DEFAULT_DAY_DEFAULTS);
    facts.meals.lunch = false;
    expect(DEFAULT_DAY_DEFAULTS.stay.meals.lunch).toBe(true);
  });

  it.each([
    [{ breakfast: false, lunch: false, dinner: false }, 0],
    [{ breakfast: true, lunch: false, dinner: true }, 2],
    [{ breakfast: true, lunch: true, dinner: true }, 3],
  ])('counts the meals of %j as %i', (meals, count) => {
    expect(mealCount({ meals })).toBe(count);
  });
});
