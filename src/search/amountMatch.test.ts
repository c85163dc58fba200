import { describe, expect, it } from 'vitest';
import { findAmountQueries } from '../../pipeline/grammar/moneyQuery.ts';
import {
  isSubsidySort,
  matchAmount,
  matchMeasure,
  nearestAmounts,
  onlySubsidies,
  perUnitsOf,
  searchAmounts,
  type SideAmount,
} from './amountMatch.ts';

const amount = (value: number, figure: string, offset = 0, extra: Partial<SideAmount> = {}): SideAmount => ({
  value,
  max: null,
  currency: 'CNY',
  vague: false,
  kind: 'subsidy',
  figure,
  offset,
  per: [],
  ...extra,
});
const term = (q: string) => findAmountQueries(q).amounts[0]!;
const terms = (q: string) => findAmountQueries(q).amounts;

// Shapes taken from the real texts (天政发〔2023〕1号 and the 钟祥 work list).
const measures = [
  {
    id: 'tuijian',
    amounts: [
      amount(500, '500元', 60, { per: ['人'] }),
      amount(1000, '1000元', 83, { per: ['人'] }),
      amount(1500, '1500元', 137, { per: ['人'] }),
    ],
  },
  {
    id: 'peixun',
    amounts: [
      amount(1000, '1000元', 53, { per: ['人'] }),
      amount(1200, '1200元', 104, { per: ['人'] }),
      amount(500, '500元', 169, { per: ['人'] }),
    ],
  },
  { id: 'kuogang', amounts: [amount(1000, '1000元', 40, { per: ['人'] }), amount(1000, '1000元', 120)] },
  { id: 'canzhan', amounts: [amount(2000, '2000元', 30, { per: ['次'] }), amount(10000, '10000元', 60, { per: ['次'] })] },
  { id: 'guishang', amounts: [amount(1e7, '千万元', 10)] },
  {
    id: 'jinru',
    amounts: [amount(60000, '6万元', 20, { per: ['家'] }), amount(50000, '5万元', 30), amount(30000, '3万元', 60, { per: ['家'] })],
  },
  { id: 'xiangmu', amounts: [amount(1e8, '1亿元至10亿元', 50, { max: 1e9 })] },
  { id: 'waizi', amounts: [amount(3e6, '300万美元', 10, { currency: 'USD' })] },
  { id: 'caigou', amounts: [amount(2e6, '200万元', 1), amount(4e6, '400万元', 20)] },
];

describe('vague amounts', () => {
  it('a vague figure (十余万元) is not the value it starts from, but answers it inside', () => {
    const vague = amount(100_000, '十余万元', 0, { vague: true });
    expect(matchAmount(vague, term('10万元'))).toEqual({ amount: vague, tier: 1 });
    expect(matchAmount(vague, term('5万元'))).toBeNull();
    expect(matchAmount(vague, term('10万元以上'))).toEqual({ amount: vague, tier: 2 });
  });
});

describe('matchAmount', () => {
  it('matches the same value however it is written', () => {
    expect(matchAmount(amount(50000, '50000元'), term('5万元'))?.tier).toBe(0);
    expect(matchAmount(amount(1.5e8, '1.5亿元'), term('15000万元'))?.tier).toBe(0);
    expect(matchAmount(amount(500000, '50万元'), term('50万'))?.tier).toBe(0);
  });
  it('never matches a different value, however the digits look', () => {
    expect(matchAmount(amount(10000, '10000元'), term('1000元'))).toBeNull();
    expect(matchAmount(amount(1e7, '1000万元'), term('1000元'))).toBeNull();
    expect(matchAmount(amount(5e7, '5000万元'), term('500元'))).toBeNull();
  });
  it('keeps currencies apart', () => {
    expect(matchAmount(amount(3e6, '300万美元', 0, { currency: 'USD' }), term('300万元'))).toBeNull();
    expect(matchAmount(amount(3e6, '300万美元', 0, { currency: 'USD' }), term('300万美元'))?.tier).toBe(0);
  });
  it('treats a printed range: its ends are exact, its inside is a weaker match', () => {
    const range = amount(1e8, '1亿元至10亿元', 0, { max: 1e9 });
    expect(matchAmount(range, term('10亿元'))?.tier).toBe(0);
    expect(matchAmount(range, term('5亿元'))?.tier).toBe(1);
    expect(matchAmount(range, term('20亿元'))).toBeNull();
  });
  it('answers range terms by overlap', () => {
    expect(matchAmount(amount(1e6, '100万元'), term('100万元以上'))?.tier).toBe(2);
    expect(matchAmount(amount(999999, '999999元'), term('100万元以上'))).toBeNull();
    expect(matchAmount(amount(5000, '5000元'), term('不超过5000元'))?.tier).toBe(2);
    expect(matchAmount(amount(5e5, '50万元'), term('10万-50万'))?.tier).toBe(2);
    expect(matchAmount(amount(6e5, '60万元'), term('10万-50万'))).toBeNull();
  });
});

describe('searchAmounts', () => {
  const ids = (q: string) => searchAmounts(measures, terms(q)).map((m) => m.measure.id);
  it('500元: the 500元/人 推荐者补贴 measure first — it states the figure first', () => {
    expect(ids('500元')).toEqual(['tuijian', 'peixun']);
  });
  it('1000元: only measures printing 1000元, the one printing it twice first; never 10000元 or 千万元', () => {
    expect(ids('1000元')).toEqual(['kuogang', 'peixun', 'tuijian']);
  });
  it('a typed per-unit prefers amounts paid on that basis', () => {
    const withPer = [
      { id: 'a', amounts: [amount(2000, '2000元', 5)] },
      { id: 'b', amounts: [amount(2000, '2000元', 50, { per: ['次'] })] },
    ];
    expect(searchAmounts(withPer, terms('2000元/次')).map((m) => m.measure.id)).toEqual(['b', 'a']);
    expect(perUnitsOf('每人1000元')).toEqual(['人']);
  });
  it('5万元 finds 50000 yuan written as 5万元; 万 alone means yuan', () => {
    expect(ids('5万元')).toEqual(['jinru']);
    expect(ids('50000元')).toEqual(['jinru']);
  });
  it('requires every term', () => {
    expect(ids('500元 1500元')).toEqual(['tuijian']);
    expect(ids('500元 1200元')).toEqual(['peixun']);
  });
  it('ranks a printed value above a value inside a printed range', () => {
    const list = [
      { id: 'inside', amounts: [amount(1e8, '1亿元至10亿元', 0, { max: 1e9 })] },
      { id: 'exact', amounts: [amount(5e8, '5亿元', 90)] },
    ];
    expect(searchAmounts(list, terms('5亿元')).map((m) => m.measure.id)).toEqual(['exact', 'inside']);
  });
  it('sorts by the matching amount when asked', () => {
    const desc = searchAmounts(measures, terms('100万元以上'), 'amount-desc').map((m) => m.measure.id);
    expect(desc).toEqual(['xiangmu', 'guishang', 'caigou']);
    const asc = searchAmounts(measures, terms('100万元以上'), 'amount-asc').map((m) => m.measure.id);
    expect(asc).toEqual(['caigou', 'guishang', 'xiangmu']);
  });
  it('reports what matched', () => {
    const m = matchMeasure(measures[2]!, terms('1000元'))!;
    expect(m).toMatchObject({ tier: 0, count: 2, firstOffset: 40, low: 1000, high: 1000 });
  });
});

describe('nearestAmounts', () => {
  it('offers the amounts nearest a term that found nothing, in value order', () => {
    expect(nearestAmounts(measures, term('600元'), 2).map((a) => a.figure)).toEqual(['500元', '1000元']);
    expect(nearestAmounts(measures, term('4万元'), 2).map((a) => a.figure)).toEqual(['3万元', '5万元']);
  });
});

describe('sorting by 补贴/奖励 alone', () => {
  // 天门 天政发〔2023〕1号 (十一): an investment threshold beside an award; 钟祥: 500亿元 target.
  const mixed = [
    { id: 'touzi', amounts: [amount(5e10, '500亿元', 10, { kind: 'target' })] },
    { id: 'jiangli', amounts: [amount(5e6, '500万元', 5, { kind: 'threshold' }), amount(5e4, '5万元', 30)] },
    { id: 'butie', amounts: [amount(3e4, '3万元', 8)] },
  ];
  it('keeps only the 补贴/奖励 amounts, and only the entries granting one', () => {
    expect(onlySubsidies(mixed).map((m) => [m.id, m.amounts.map((a) => a.figure)])).toEqual([
      ['jiangli', ['5万元']],
      ['butie', ['3万元']],
    ]);
  });
  it('100万元以下 sorted by subsidy high to low: the 5万元 award first, the 500万元 threshold no longer counts', () => {
    expect(isSubsidySort('subsidy-desc')).toBe(true);
    expect(isSubsidySort('amount-desc')).toBe(false);
    expect(searchAmounts(onlySubsidies(mixed), terms('1亿元以下'), 'subsidy-desc').map((m) => m.measure.id)).toEqual(['jiangli', 'butie']);
    expect(searchAmounts(onlySubsidies(mixed), terms('1亿元以下'), 'subsidy-asc').map((m) => m.measure.id)).toEqual(['butie', 'jiangli']);
  });
});
