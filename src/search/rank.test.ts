import { describe, expect, it } from 'vitest';
import { rankResults, unionById } from './rank.ts';

const r = (id: string, score = 1) => ({ id, score });

describe('rankResults', () => {
  const results = [r('scattered', 40), r('phrase', 26), r('both', 20), r('lead', 10)];
  it('puts pages holding more of the phrases first, keeping Pagefind order within a group', () => {
    const phrases = [new Set(['phrase', 'both']), new Set(['both'])];
    expect(rankResults(results, { phrases }).map((x) => x.id)).toEqual(['both', 'phrase', 'scattered', 'lead']);
  });
  it('then pages led by the agency the query names', () => {
    expect(rankResults(results, { phrases: [], lead: new Set(['lead']) }).map((x) => x.id)).toEqual([
      'lead',
      'scattered',
      'phrase',
      'both',
    ]);
  });
  it('leaves the order alone without boosts', () => {
    expect(rankResults(results, { phrases: [] })).toEqual(results);
  });
});

describe('unionById', () => {
  it('keeps each page once, at its first place', () => {
    expect(unionById([r('a'), r('b')], [r('c'), r('a')], [r('b'), r('d')]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
