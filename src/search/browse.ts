// Browse mode without an index: the filters an empty /search/ offers, with the whole site's
// counts, counted at build time from the same facet values the pages give Pagefind.
//
// Browse mode (an empty query shows the filters, so a reader can start from 完成时限 2022年6月
// or a place) first read the counts from Pagefind's filter index; at 100× the bundled corpus
// that is 686 KB loaded before the reader has asked anything, and the empty page is to load no
// index until the reader types. The counts are known when the site is built: the search page
// carries them. Each filter lists its BROWSE_VALUES commonest values (the ones a reader starts
// from; at 100× a filter has thousands); the first search brings the full lists.
import { FACETS, type FacetCounts, type FacetValues } from './facets.ts';

export const BROWSE_VALUES = 60;

/** Pages (their facet values) → per facet, its commonest values with how many pages carry each. */
export function browseCounts(pages: Iterable<FacetValues>, limit = BROWSE_VALUES): FacetCounts {
  const all = new Map<string, Map<string, number>>();
  for (const page of pages)
    for (const facet of FACETS) {
      const counts = all.get(facet) ?? all.set(facet, new Map()).get(facet)!;
      for (const v of new Set(page[facet] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  const out: FacetCounts = {};
  for (const facet of FACETS) {
    const counts = [...(all.get(facet) ?? [])].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    if (counts.length > 0) out[facet] = Object.fromEntries(counts.slice(0, limit));
  }
  return out;
}
