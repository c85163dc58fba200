// Build-time half of t2s.ts: derive the traditional → simplified character map from
// opencc-js, restricted to the characters our corpus actually contains.
import OpenCC from 'opencc-js';
import type { T2SMap } from './t2s.ts';

type Convert = (text: string) => string;

// CJK Unified Ideographs, Extension A and the compatibility block: every character a
// reader's input method can produce for the texts we hold.
const RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Every character that at least one converter changes into a single character of the
 * corpus. A character the corpus itself prints is never mapped: 乾 or 著 in our texts are
 * simplified characters in their own right, and rewriting them would break searches.
 */
export function buildT2SMap(corpusChars: ReadonlySet<string>, converters: Convert[]): T2SMap {
  const map = new Map<string, string>();
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (corpusChars.has(c)) continue;
      for (const convert of converters) {
        const s = convert(c);
        if (s !== c && Array.from(s).length === 1 && corpusChars.has(s)) {
          map.set(c, s);
          break;
        }
      }
    }
  }
  return map;
}

/** Converters from the three traditional standards OpenCC knows (generic, Taiwan, Hong Kong). */
export function openccConverters(): Convert[] {
  return (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
}

/** The set of distinct characters in some texts. */
export function charactersOf(texts: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of texts) for (const c of t) set.add(c);
  return set;
}
