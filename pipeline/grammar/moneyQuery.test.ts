import { describe, expect, it } from 'vitest';
import { findAmountQueries, parseAmountQuery, type AmountQuery } from './moneyQuery.ts';

describe('parseAmountQuery', () => {
  it.each<[string, Pick<AmountQuery, 'min' | 'max' | 'currency' | 'raw'>]>([
    ['500元', { min: 500, max: 500, currency: 'CNY', raw: '500元' }],
    ['1000元', { min: 1000, max: 1000, currency: 'CNY', raw: '1000元' }],
    ['5万元', { min: 50_000, max: 50_000, currency: 'CNY', raw: '5万元' }],
    ['50万', { min: 500_000, max: 500_000, currency: 'CNY', raw: '50万' }],
    ['100万元', { min: 1_000_000, max: 1_000_000, currency: 'CNY', raw: '100万元' }],
    ['1.5亿元', { min: 150_000_000, max: 150_000_000, currency: 'CNY', raw: '1.5亿元' }],
    ['100万元以上', { min: 1_000_000, max: null, currency: 'CNY', raw: '100万元以上' }],
    ['10万-50万', { min: 100_000, max: 500_000, currency: 'CNY', raw: '10万-50万' }],
    ['10-50万元', { min: 100_000, max: 500_000, currency: 'CNY', raw: '10-50万元' }],
    ['不超过5000元', { min: 0, max: 5000, currency: 'CNY', raw: '不超过5000元' }],
    ['超过200万元', { min: 2_000_000, max: null, currency: 'CNY', raw: '超过200万元' }],
    ['300万美元', { min: 3_000_000, max: 3_000_000, currency: 'USD', raw: '300万美元' }],
    ['  1.64万亿元 ', { min: 1_640_000_000_000, max: 1_640_000_000_000, currency: 'CNY', raw: '1.64万亿元' }],
    ['５万元', { min: 50_000, max: 50_000, currency: 'CNY', raw: '５万元' }],
    ['五万元', { min: 50_000, max: 50_000, currency: 'CNY', raw: '五万元' }],
    ['港币2000元', { min: 2000, max: 2000, currency: 'HKD', raw: '港币2000元' }],
    ['八九千美元', { min: 8000, max: 9000, currency: 'USD', raw: '八九千美元' }],
    ['3萬元', { min: 30_000, max: 30_000, currency: 'CNY', raw: '3萬元' }],
    ['十余万元', { min: 100_000, max: null, currency: 'CNY', raw: '十余万元' }],
    ['不到1.9万台币', { min: 0, max: 19_000, currency: 'TWD', raw: '不到1.9万台币' }],
  ])('%s', (query, expected) => {
    expect(parseAmountQuery(query)).toMatchObject(expected);
  });

  it.each(['补贴', '2023年', '500', '50人', '5万人', '30家', '12366', '十大产业', '万一', '', '1000元 补贴'])('is null for %j', (query) => {
    expect(parseAmountQuery(query)).toBeNull();
  });
});

/** The search-relevant fields of each term (value, valueMax and vague are checked by the external suite). */
function terms(query: string) {
  const { amounts, rest } = findAmountQueries(query);
  return { amounts: amounts.map(({ min, max, currency, raw }) => ({ min, max, currency, raw })), rest };
}

describe('findAmountQueries', () => {
  it('separates money terms from the words around them', () => {
    expect(terms('高校毕业生 1000元 补贴')).toEqual({
      amounts: [{ min: 1000, max: 1000, currency: 'CNY', raw: '1000元' }],
      rest: '高校毕业生 补贴',
    });
    expect(terms('补贴500元')).toEqual({
      amounts: [{ min: 500, max: 500, currency: 'CNY', raw: '500元' }],
      rest: '补贴',
    });
  });

  it('finds several terms', () => {
    const { amounts, rest } = findAmountQueries('5万元 或 100万元以上 奖励');
    expect(amounts.map((a) => [a.min, a.max])).toEqual([
      [50_000, 50_000],
      [1_000_000, null],
    ]);
    expect(rest).toBe('或 奖励');
  });

  it('keeps a typed per-unit in raw without narrowing the range', () => {
    expect(terms('1000元/人')).toEqual({
      amounts: [{ min: 1000, max: 1000, currency: 'CNY', raw: '1000元/人' }],
      rest: '',
    });
  });

  it('leaves counts and years alone', () => {
    expect(findAmountQueries('2023年 新增企业30家 5万人')).toEqual({ amounts: [], rest: '2023年 新增企业30家 5万人' });
  });
});
