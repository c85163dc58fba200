import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinaDate, headCommitDate, siteDate } from './siteDate.ts';

describe('siteDate', () => {
  it('takes SOURCE_DATE_EPOCH first, as a China Standard Time date', () => {
    // 1795536000 = 2026-11-24T16:00:00Z, already 2026-11-25 in Beijing.
    expect(siteDate({ sourceDateEpoch: '1795536000', commitDate: '2020-01-01T00:00:00+00:00', sourceDates: ['2023-03-31'] })).toEqual({
      asOf: '2026-11-25',
      asOfFrom: 'SOURCE_DATE_EPOCH',
    });
  });
  it('else the commit date of HEAD, else the newest full date the sources print', () => {
    expect(siteDate({ commitDate: '2026-11-25T14:07:13+00:00', sourceDates: ['2023-03-31'] })).toEqual({
      asOf: '2026-11-25',
      asOfFrom: 'commit',
    });
    expect(siteDate({ commitDate: '2026-11-25T20:07:13+00:00' }).asOf).toBe('2026-11-26');
    expect(siteDate({ commitDate: null, sourceDates: ['2023-01-06', '2023-03-31', '2022', null, '2023-02-24'] })).toEqual({
      asOf: '2023-03-31',
      asOfFrom: 'sources',
    });
    expect(siteDate({ commitDate: null, sourceDates: ['2022'] })).toEqual({ asOf: null, asOfFrom: 'none' });
  });
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => siteDate({ sourceDateEpoch: '2026-11-25' })).toThrow('SOURCE_DATE_EPOCH=2026-11-25: not a Unix timestamp');
  });
  it('never reads the clock', () => {
    expect(chinaDate(0)).toBe('1970-01-01');
  });
  it('reads no commit date outside a repository', () => {
    expect(headCommitDate(mkdtempSync(join(tmpdir(), 'zcqd-nogit-')))).toBeNull();
    expect(headCommitDate('.')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
