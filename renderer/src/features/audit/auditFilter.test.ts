import { describe, expect, it } from 'vitest';
import {
  AUDIT_PAGE_SIZE,
  auditFilterInput,
  auditPageInput,
  defaultAuditFilter,
  periodComplete,
} from './auditFilter';

describe('the audit viewer filters', () => {
  it('start on the last 30 days, everyone, every kind', () => {
    expect(defaultAuditFilter('2026-12-01')).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
      staffId: '',
      entity: '',
      personId: '',
    });
  });

  it('send only what is chosen, and the page as offset and limit', () => {
    const values = { ...defaultAuditFilter('2026-12-01'), staffId: 's1', entity: 'stay' as const };
    expect(auditFilterInput(values)).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
      staffId: 's1',
      entity: 'stay',
    });
    expect(auditPageInput(values, 2)).toMatchObject({
      offset: 2 * AUDIT_PAGE_SIZE,
      limit: AUDIT_PAGE_SIZE,
    });
  });

  it.each([
    ['2026-11-01', '2026-12-01', true],
    ['2026-12-01', '2026-12-01', true],
    ['2026-12-02', '2026-12-01', false],
    ['', '2026-12-01', false],
    ['2026-11', '2026-12-01', false],
  ])('asks for %s to %s: %s', (from, to, complete) => {
    expect(periodComplete({ ...defaultAuditFilter('2026-12-01'), from, to })).toBe(complete);
  });
});
