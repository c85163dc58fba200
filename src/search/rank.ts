// Re-ranking Pagefind's text results with what Pagefind cannot see on its own.
//
// Pagefind scores pages holding all the words of the query; for Chinese those words come
// from the browser's segmenter, which often splits a term into single characters
// (稳岗返还 → 稳|岗|返|还), so a page holding the characters far apart scores like one
// holding the phrase. We search each such phrase exactly as well (Pagefind's "…" search)
// and move pages holding more of the phrases up; a query naming a lead agency (市财政局)
// moves up the measures that agency leads. Within a group Pagefind's order stands.

export interface Scored {
  id: string;
  score: number;
}

export interface Boosts {
  /** one set of page ids per phrase: the pages holding that phrase exactly */
  phrases: Array<ReadonlySet<string>>;
  /** pages led by an agency the query names */
  lead?: ReadonlySet<string>;
}

export function rankResults<R extends Scored>(results: R[], boosts: Boosts): R[] {
  const phraseCount = (id: string) => boosts.phrases.reduce((n, set) => n + (set.has(id) ? 1 : 0), 0);
  return results
    .map((r, index) => ({ r, index, phrases: phraseCount(r.id), lead: boosts.lead?.has(r.id) ? 1 : 0 }))
    .sort((a, b) => b.phrases - a.phrases || b.lead - a.lead || a.index - b.index)
    .map((x) => x.r);
}

/** Results of several searches as one list, each page once, first occurrence wins. */
export function unionById<R extends { id: string }>(...lists: R[][]): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const list of lists)
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  return out;
}

/** Sorted results first (pages that have the sort key), then the rest in relevance order. */
export function sortedThenRest<R extends { id: string }>(sorted: R[], relevance: R[]): R[] {
  return unionById(sorted, relevance);
}
