import { describe, expect, it } from 'vitest';
import { perInClause, perUnitsOf, readSlashUnits } from './perUnits.ts';

describe('per-units', () => {
  it('reads units after a slash', () => {
    expect(readSlashUnits('200元/月/间收取', 4)).toEqual({ per: ['月', '间'], end: 8 });
    expect(readSlashUnits('150元/平方米的', 4)).toEqual({ per: ['平方米'], end: 8 });
    expect(readSlashUnits('150元的', 4)).toEqual({ per: [], end: 4 });
  });

  it('reads 每X earlier in the clause, one unit per mention', () => {
    expect(perInClause('每培训结业1人给予培训机构')).toEqual(['人']);
    expect(perInClause('每年由市财政预算')).toEqual(['年']);
    expect(perInClause('按每名参保职工')).toEqual(['人']);
  });

  it('reads the unit a reader typed', () => {
    expect(perUnitsOf('1000元/人')).toEqual(['人']);
    expect(perUnitsOf('每人每年1600元')).toEqual(['人', '年']);
    expect(perUnitsOf('1000元')).toEqual([]);
  });
});
