import { describe, expect, it } from 'vitest';
import type { Measure } from '../../pipeline/schema.ts';
import { compareHref, comparedRows, textAbove, verdictCounts, wordingDiff } from './wording.ts';

describe('wordingDiff', () => {
  // 钟祥 work list: 荆门 asks the 市直 agencies, 钟祥 copies it with its own place name.
  it('marks what a level added and what it left out, character by character', () => {
    expect(wordingDiff('荆门市财政局牵头落实', '钟祥市财政局牵头落实')).toEqual([
      { kind: 'removed', text: '荆门' },
      { kind: 'added', text: '钟祥' },
      { kind: 'same', text: '市财政局牵头落实' },
    ]);
  });
  it('gives one unchanged part for a word-for-word copy, and keeps every character of both texts', () => {
    const text = '严格按政策要求完成此项工作。';
    expect(wordingDiff(text, text)).toEqual([{ kind: 'same', text }]);
    const parts = wordingDiff('加大信用贷款投放力度', '加大普惠贷款投放');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('加大信用贷款投放力度');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('加大普惠贷款投放');
  });
});

const row = (anchor: string, level: string, similarity: number | null) =>
  ({
    anchor,
    level,
    lineage: [],
    wording:
      similarity === null
        ? null
        : {
            comparedWith: 'jingmen',
            number: '1',
            similarity,
            verdict: similarity === 1 ? 'identical' : similarity >= 0.85 ? 'near-identical' : similarity >= 0.5 ? 'adapted' : 'own',
          },
  }) as unknown as Measure;

describe('comparedRows', () => {
  it('keeps the local numbered rows with a level above, most copied first, ties in printed order', () => {
    const rows = [
      row('1', 'zhongxiang', 0.6),
      row('2', 'zhongxiang', 1),
      row('2-a', 'zhongxiang', 1),
      row('3', 'jingmen', 1),
      row('4', 'zhongxiang', 1),
      row('5', 'zhongxiang', null),
    ];
    const kept = comparedRows(rows, 'zhongxiang');
    expect(kept.map((m) => m.anchor)).toEqual(['2', '4', '1']);
    expect(verdictCounts(kept)).toEqual({ identical: 2, 'near-identical': 0, adapted: 1, own: 0 });
    expect(compareHref('doc', 'near-identical')).toBe('/compare/#doc-near-identical');
  });
  it('compares with the nearest level above that has text', () => {
    expect(textAbove({ lineage: [{ text: '中央' }, { text: '荆门' }] } as unknown as Measure)?.text).toBe('荆门');
    expect(textAbove({ lineage: [{ text: ' ' }] } as unknown as Measure)).toBeNull();
  });
});
