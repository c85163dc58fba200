import { describe, expect, it } from 'vitest';
import { conceptWords, coverageScore, coveredIn, interleave, partIn, rankByCoverage, unionById, type Ranked } from './rank.ts';
import type { Concept } from './understand.ts';

const concepts: Concept[] = [{ typed: '空气污染', official: '重污染天气', typedPages: 1 }, { typed: '汽车限行' }];
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

describe('what a page holds', () => {
  it('a concept in any of its forms', () => {
    expect(coveredIn('重污染天气预警期间实施机动车限行', concepts)).toEqual(new Set([0]));
    expect(coveredIn('AQI>200', [{ typed: 'aqi' }])).toEqual(new Set([0]));
  });
  it('part of a phrase: 机动车限行 holds 限行, half of 汽车限行', () => {
    const words = conceptWords(concepts, segmenter);
    expect(words[1]).toEqual([['汽车', '限行']]);
    expect(partIn('实施机动车限行', concepts, words, new Set())).toEqual(new Map([[1, 0.5]]));
  });
});

describe('rankByCoverage', () => {
  const row = (id: string, order: number, extra: Partial<Ranked<string>> = {}): Ranked<string> => ({
    r: id,
    order,
    covered: new Set(),
    phrases: 0,
    lead: false,
    ...extra,
  });
  it('puts a measure whose own text answers above one answering only around it, and that above a part', () => {
    const rows = [
      row('part', 0, { part: new Map([[1, 0.5]]), covered: new Set([0]) }),
      row('context', 1, { covered: new Set([0]), context: new Set([0, 1]) }),
      row('own', 2, { covered: new Set([0, 1]) }),
      row('none', 3),
    ];
    expect(rankByCoverage(rows, concepts).map((x) => x.r)).toEqual(['own', 'context', 'part', 'none']);
    expect(coverageScore(rows[2]!, concepts)).toBe(9);
  });
  it('then phrases held, the named lead agency, and the searches’ order', () => {
    const rows = [row('a', 0), row('b', 1, { lead: true }), row('c', 2, { phrases: 1 })];
    expect(rankByCoverage(rows, []).map((x) => x.r)).toEqual(['c', 'b', 'a']);
  });
});

describe('interleave', () => {
  it('takes the first of each list, then the second …, each once', () => {
    expect(interleave([['a', 'b', 'c'], ['x', 'a'], ['y']], (s) => s)).toEqual(['a', 'x', 'y', 'b', 'c']);
  });
});

describe('unionById', () => {
  it('keeps each page once, at its first place', () => {
    const r = (id: string) => ({ id });
    expect(unionById([r('a'), r('b')], [r('c'), r('a')], [r('b'), r('d')]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
