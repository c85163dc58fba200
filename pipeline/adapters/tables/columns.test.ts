import { describe, expect, it } from 'vitest';
import { nationalPlaces } from '../../sources/places.ts';
import { foldText } from '../../text/fold.ts';
import { columnMeaning, isHeaderWord } from './columns.ts';

describe('columnMeaning', () => {
  it('reads the level columns of the 钟祥 work list', () => {
    expect(columnMeaning('中央政策')).toEqual({ role: 'level', levelName: '中央' });
    expect(columnMeaning('省落实举措')).toEqual({ role: 'level', levelName: '省' });
    expect(columnMeaning('荆门市落实举措')).toEqual({ role: 'level', levelName: '荆门市' });
    expect(columnMeaning('钟祥市落实措施')).toEqual({ role: 'level', levelName: '钟祥市' });
  });
  it('reads a level column named by the longest county names (镇沅 lost its own column to a 12-character limit)', () => {
    expect(columnMeaning('镇沅彝族哈尼族拉祜族自治县落实措施')).toEqual({ role: 'level', levelName: '镇沅彝族哈尼族拉祜族自治县' });
    expect(columnMeaning('双江拉祜族佤族布朗族傣族自治县落实措施')).toEqual({ role: 'level', levelName: '双江拉祜族佤族布朗族傣族自治县' });
    expect(columnMeaning('积石山保安族东乡族撒拉族自治县落实举措')).toEqual({ role: 'level', levelName: '积石山保安族东乡族撒拉族自治县' });
  });
  it('reads every place of the national registry as a level by its full name (folded: 乾县 reads 干县)', () => {
    const misread = nationalPlaces()
      .filter((p) => p.level !== 'central')
      .filter((p) => columnMeaning(`${p.name}落实措施`)?.levelName !== foldText(p.name) || !isHeaderWord(`${p.name}落实措施`))
      .map((p) => p.name);
    expect(misread).toEqual([]);
  });
  it('keeps 具体措施 and 工作措施 as tasks, not levels', () => {
    expect(columnMeaning('具体措施')).toEqual({ role: 'task' });
    expect(columnMeaning('工作措施')).toEqual({ role: 'task' });
  });
});

describe('isHeaderWord', () => {
  it('takes a level header longer than other header words', () => {
    expect(isHeaderWord('镇沅彝族哈尼族拉祜族自治县落实措施')).toBe(true);
  });
  it('never takes a sentence of the text ending in 措施 for a header', () => {
    // 16 characters, ends like a task header (…措施) but names no place.
    expect(isHeaderWord('进一步完善乡村振兴的各项保障措施')).toBe(false);
    expect(columnMeaning('进一步完善乡村振兴的各项保障措施')).toEqual({ role: 'task' });
  });
});
