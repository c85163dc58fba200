import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../extract/amounts.ts';

const sources = [
  'tianmen-gongbao-2023-01.txt',
  'zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt',
  'jiangsu-suqian-2023-jingji-zhengce-cuoshi.txt',
]
  .map((f) => readFileSync(new URL(`../../content/sources/${f}`, import.meta.url), 'utf8'))
  .join('\n');
function real(snippet: string): string {
  if (!sources.includes(snippet)) throw new Error(`not verbatim in any source: ${snippet}`);
  return snippet;
}
const kinds = (text: string) => readAmounts(text).amounts.map((a) => [a.figure, a.kind]);

describe('amount kinds, decided by rule from the words around', () => {
  it('tells thresholds from awards in an alternating list (天门 gazette line 85)', () => {
    const text = real(
      '年销售收入(包括线上线下总销售额,以电商和税务平台反馈数据为准)首次达到5000万元、8000万元、1亿元的,分别一次性奖励企业5万元、8万元、15万元;',
    );
    expect(kinds(text)).toEqual([
      ['5000万元', 'threshold'],
      ['8000万元', 'threshold'],
      ['1亿元', 'threshold'],
      ['5万元', 'subsidy'],
      ['8万元', 'subsidy'],
      ['15万元', 'subsidy'],
    ]);
  });

  // 宿迁 (traditional characters, line 1): the comma before the award is left out, and the
  // awards grow by 台阶 (steps of sales). Read as 补贴/奖励 before, the 百億元 of sales topped
  // the /amounts/ list of awards.
  it('tells sales thresholds from awards when the comma is left out (宿迁 line 1)', () => {
    const text = real(
      '銷售收入首次達到10億元的獎勵20萬元,每新上一個10億元臺階再獎勵20萬元;首次達到百億元的獎勵200萬元,每新上一個百億元臺階再獎勵200萬元。',
    );
    expect(kinds(text)).toEqual([
      ['10億元', 'threshold'],
      ['20萬元', 'subsidy'],
      ['10億元', 'threshold'],
      ['20萬元', 'subsidy'],
      ['百億元', 'threshold'],
      ['200萬元', 'subsidy'],
      ['百億元', 'threshold'],
      ['200萬元', 'subsidy'],
    ]);
  });

  it('a salary above which a share is rewarded is a threshold; a rate of relief 不低于20元 is paid (宿迁 line 1, 钟祥 2082)', () => {
    expect(kinds(real('企業提供年薪超過60萬元的部分,按30%給予企業獎勵,最高不超過30萬元。'))).toEqual([
      ['60萬元', 'threshold'],
      ['30萬元', 'subsidy'],
    ]);
    expect(kinds(real('在救助期限内按照每人每天不低于20元的标准实施救助。'))).toEqual([['20元', 'subsidy']]);
  });

  it.each<[string, string, string]>([
    ['最高每人每年补贴1600元', '1600元', 'subsidy'],
    ['给予5000元的一次性创业补贴', '5000元', 'subsidy'],
    ['按每名参保职工500元的标准发放一次性留工培训补助', '500元', 'subsidy'],
    ['市政府统筹设立2亿元的产业发展专项资金', '2亿元', 'budget'],
    ['每年由市财政预算500万元用于支持服装电商行业协会', '500万元', 'budget'],
    ['用好中央财政下拨的1547亿元救助补助资金', '1547亿元', 'budget'],
    ['力争全年新增贷款76亿元以上', '76亿元', 'target'],
    ['全年完成投资390亿元', '390亿元', 'target'],
    ['力争今年工业技改投资达到100亿元', '100亿元', 'target'],
    ['面料企业年销售额不低于500万元', '500万元', 'threshold'],
    ['新签约亿元以上项目100个', '亿元', 'threshold'],
    ['税收过千万元企业6家', '千万元', 'threshold'],
    ['对超过200万元的货物和服务采购项目', '200万元', 'threshold'],
    ['单车价格（不含增值税）不超过30万元的2.0升及以下排量乘用车', '30万元', 'threshold'],
  ])('%s → %s is %s', (snippet, figure, kind) => {
    expect(kinds(real(snippet))).toContainEqual([figure, kind]);
  });

  it('leaves a kind undecided where no rule speaks, rather than guess', () => {
    // a loan ceiling, a fee charged, a withdrawal limit
    expect(kinds(real('创业贴息贷款最高可达300万元'))).toEqual([['300万元', 'unknown']]);
    expect(kinds(real('职工宿舍租赁费按200元/月/间收取'))).toEqual([['200元', 'unknown']]);
    expect(kinds(real('租房提取每户上限从12000元/年提高到18000元/年'))).toEqual([
      ['12000元', 'unknown'],
      ['18000元', 'unknown'],
    ]);
  });
});
