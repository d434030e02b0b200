import type { SupportLevel } from '../../../../shared/domain/schemas';

/**
 * The y axis of every level chart: 1 (自立, the goal) at the top, 4 (全介助) at the bottom, so a
 * line going up means progress; each tick carries the number and its word.
 */
export function levelAxis(levelLabel: (level: SupportLevel) => string) {
  return {
    min: 1,
    max: 4,
    reverse: true,
    tickInterval: [1, 2, 3, 4],
    valueFormatter: (value: number) =>
      Number.isInteger(value) && value >= 1 && value <= 4
        ? levelLabel(value as SupportLevel)
        : String(value),
    width: 96,
  };
}
