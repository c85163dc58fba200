import { describe, expect, it } from 'vitest';
import { parseT2S, serializeT2S, toSimplified } from './t2s.ts';
import { buildT2SMap, charactersOf, openccConverters } from './t2sBuild.ts';

describe('t2s map', () => {
  const corpus = charactersOf(['进一步提高失业保险稳岗返还比例', '市财政局', '乾隆', '台湾']);
  const map = buildT2SMap(corpus, openccConverters());

  it('maps traditional characters onto the simplified ones the corpus prints', () => {
    expect(toSimplified('穩崗返還', map)).toBe('稳岗返还');
    expect(toSimplified('財政局', map)).toBe('财政局');
    expect(toSimplified('臺灣', map)).toBe('台湾');
  });
  it('leaves out characters whose simplified form the corpus never prints', () => {
    expect(map.has('經')).toBe(false); // 经 is not in this corpus
    expect([...map.values()].every((s) => corpus.has(s))).toBe(true);
  });
  it('never rewrites a character the corpus itself prints (乾 is simplified in 乾隆)', () => {
    expect(toSimplified('乾隆', map)).toBe('乾隆');
  });
  it('survives its wire format, characters beyond the BMP included', () => {
    const withAstral = new Map([...map, ['𠁥', '岗']]);
    expect(parseT2S(serializeT2S(withAstral))).toEqual(withAstral);
    expect(serializeT2S(parseT2S(serializeT2S(map)))).toBe(serializeT2S(map));
  });
  it('does nothing with an empty map', () => {
    expect(toSimplified('穩崗', new Map())).toBe('穩崗');
  });
});
