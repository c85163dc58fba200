// Traditional → simplified for search queries, with a map small enough to ship.
//
// Our texts are all simplified. A reader typing 稳崗返還 (a Hong Kong or Taiwan keyboard,
// or a copy from a traditional source) should still find 稳岗返还. Pagefind knows nothing
// of this, so the query is converted before it is searched. The map is built at build time
// (t2sBuild.ts, from opencc-js) and keeps only the characters whose simplified form occurs
// in our corpus: a traditional character that maps to something we never print cannot
// help a search, so it is left out. It ships inside the search side index as one string of
// pairs: traditional, simplified, traditional, simplified, …

export type T2SMap = ReadonlyMap<string, string>;

/** Parse the pairs string into a map (code points, so characters beyond the BMP work too). */
export function parseT2S(pairs: string): T2SMap {
  const chars = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** Write a map as the pairs string, sorted so the build output is stable. */
export function serializeT2S(map: T2SMap): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
}

/** The text with every mapped traditional character replaced by its simplified form. */
export function toSimplified(text: string, map: T2SMap): string {
  if (map.size === 0) return text;
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}
