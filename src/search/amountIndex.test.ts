import { describe, expect, it } from 'vitest';
import { sliceKey, sliceOf, slicesForTerm, slicesNear, slicesOfAmount } from './amountIndex.ts';

describe('amount slices', () => {
  it('puts 天门’s 500元/人 in one eighth of a decade, and a printed range in every slice it crosses', () => {
    expect(sliceOf(500)).toBe(21); // 10^(21/8) ≈ 422 ≤ 500 < 562
    expect(slicesOfAmount({ value: 500, max: null, currency: 'CNY' })).toEqual(['cny-21']);
    // 10万-50万元: 100000 sits on the boundary of slices 39 and 40, 500000 inside 45.
    expect(slicesOfAmount({ value: 100_000, max: 500_000, currency: 'CNY' })).toEqual([
      'cny-39',
      'cny-40',
      'cny-41',
      'cny-42',
      'cny-43',
      'cny-44',
      'cny-45',
    ]);
    expect(slicesOfAmount({ value: 3_000_000, max: null, currency: 'USD' })).toEqual(['usd-51']);
    expect(sliceKey('CNY', -3)).toBe('cny-m3');
  });

  it('gives a query the slices it can match, among those the build wrote', () => {
    const existing = ['cny-21', 'cny-24', 'cny-37', 'cny-40', 'cny-45', 'cny-48', 'cny-60', 'usd-51'];
    expect(slicesForTerm({ min: 500, max: 500, currency: 'CNY' }, existing)).toEqual(['cny-21']);
    // 5万元 is 50000 yuan: the query reads the slice the amount was written to.
    expect(slicesForTerm({ min: 50_000, max: 50_000, currency: 'CNY' }, existing)).toEqual(['cny-37']);
    expect(slicesForTerm({ min: 100_000, max: 500_000, currency: 'CNY' }, existing)).toEqual(['cny-40', 'cny-45']);
    // 100万元以上: every slice from 10^6 up; 300万美元 only dollars.
    expect(slicesForTerm({ min: 1_000_000, max: null, currency: 'CNY' }, existing)).toEqual(['cny-48', 'cny-60']);
    expect(slicesForTerm({ min: 3_000_000, max: 3_000_000, currency: 'USD' }, existing)).toEqual(['usd-51']);
    // 600元 matched nothing: the slices a decade either side, for the amounts nearest it.
    expect(slicesNear({ min: 600, currency: 'CNY' }, existing)).toEqual(['cny-21', 'cny-24']);
  });
});
