import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Percentage } from '../schema.ts';
import { readAmounts } from '../extract/amounts.ts';
import { extractPercentages } from './percent.ts';

const source = (name: string) => readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8');
const GAZETTE = source('tianmen-gongbao-2023-01.txt');
const WORKLIST = source('zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt');
function real(snippet: string): string {
  if (!GAZETTE.includes(snippet) && !WORKLIST.includes(snippet)) throw new Error(`not verbatim in any source: ${snippet}`);
  return snippet;
}
const extractAmounts = (text: string) => readAmounts(text).amounts;

describe('extractPercentages', () => {
  it.each<[string, Array<Partial<Percentage>>]>([
    [
      real('将面向小微企业的价格扣除比例由6%-10%提高至10%-20%。'),
      [
        { raw: '6%-10%', value: 6, valueMax: 10 },
        { raw: '10%-20%', value: 10, valueMax: 20 },
      ],
    ],
    [
      real('将面向中小微企业的价格扣除比例由6%—10%提高至10%—20%'),
      [
        { raw: '6%—10%', value: 6, valueMax: 10 },
        { raw: '10%—20%', value: 10, valueMax: 20 },
      ],
    ],
    [real('地区生产总值同比增长7.5%左右'), [{ raw: '7.5%左右', value: 7.5, valueMax: null }]],
    [real('全市政府性融资担保公司同比新增担保不低于15%。'), [{ raw: '不低于15%', value: 15 }]],
    [
      real('分别达到全社会总排放量的10%、20%和30%以上'),
      [
        { raw: '10%', value: 10 },
        { raw: '20%', value: 20 },
        { raw: '30%以上', value: 30 },
      ],
    ],
    [real('按当年年末在保余额的0.5%给予担保费补贴'), [{ raw: '0.5%', value: 0.5 }]],
    ['不低于百分之五', [{ raw: '不低于百分之五', value: 5 }]],
    ['增长百分之十二点五', [{ raw: '百分之十二点五', value: 12.5 }]],
    ['增长5至10%', [{ raw: '5至10%', value: 5, valueMax: 10 }]],
  ])('%s', (text, expected) => {
    const found = extractPercentages(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
    for (const p of found) expect(() => Percentage.parse(p)).not.toThrow();
  });

  it('does not read money as a percentage, nor a percentage as money', () => {
    expect(extractPercentages(real('最高每人每年补贴1600元'))).toEqual([]);
    expect(extractAmounts(real('城镇、农村居民人均可支配收入分别同比增长9%、10%'))).toEqual([]);
  });

  it('never throws over both sources', () => {
    for (const text of [GAZETTE, WORKLIST]) {
      for (const p of extractPercentages(text)) {
        expect(() => Percentage.parse(p)).not.toThrow();
        expect(Number.isFinite(p.value)).toBe(true);
      }
    }
  });
});
