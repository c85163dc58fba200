import { describe, expect, it } from 'vitest';
import { createPlaceRegistry } from '../../sources/places.ts';
import { planColumns } from './plan.ts';
import type { TableCell } from './table.ts';

const registry = createPlaceRegistry();
const chainOf = (path: string) => {
  const r = registry.resolve(path);
  if (!r.ok) throw new Error(r.message);
  return registry.chain(r.place.id);
};
/** The header of the 钟祥 work list (lines 2–11) as printed for another county and its prefecture. */
const header = (prefecture: string, county: string): TableCell[] =>
  ['序号', '中央政策', '省落实举措', '序号', `${prefecture}落实举措`, '序号', `${county}落实措施`, '牵头单位', '责任单位', '完成时限'].map(
    (text, i) => ({ text, lines: [i + 2, i + 2] }),
  );
const levels = (cells: TableCell[], path: string) =>
  planColumns(cells, chainOf(path), 'list.txt')
    .columns.filter((c) => c.role === 'level')
    .map((c) => c.id);

describe('planColumns', () => {
  it('maps the 钟祥 list’s level columns onto 中央 → 湖北省 → 荆门市 → 钟祥市', () => {
    expect(levels(header('荆门市', '钟祥市'), '湖北省荆门市钟祥市')).toEqual([
      'zhongyang-text',
      'hubei-text',
      'jingmen-text',
      'zhongxiang-text',
    ]);
  });
  it('maps a county named in 13 characters (镇沅彝族哈尼族拉祜族自治县落实措施) to its own level', () => {
    const ids = levels(header('普洱市', '镇沅彝族哈尼族拉祜族自治县'), '云南省普洱市镇沅彝族哈尼族拉祜族自治县');
    expect(ids).toHaveLength(4);
    expect(ids.at(-1)).toBe(`${chainOf('云南省普洱市镇沅彝族哈尼族拉祜族自治县').at(-1)!.id}-text`);
  });
  it('maps 乾县落实措施 to 乾县, though folding reads 乾 as 干', () => {
    const ids = levels(header('咸阳市', '乾县'), '陕西省咸阳市乾县');
    expect(ids.at(-1)).toBe(`${chainOf('陕西省咸阳市乾县').at(-1)!.id}-text`);
  });
  it('stops on a level the chain does not hold, naming the header’s line', () => {
    expect(() => levels(header('荆门市', '京山市'), '湖北省荆门市钟祥市')).toThrow(
      /^list\.txt:8: header column "京山市落实措施" names a level/,
    );
  });
});
