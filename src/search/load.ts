// Loading what the search needs: the side index at once (small, needed by every query),
// the amount index and Pagefind on first use (amount-only queries never load Pagefind).
import { SearchEngine, type PagefindLike } from './engine.ts';
import type { AmountIndex, SideIndex } from './sideIndex.ts';

const PAGEFIND_DIR = '/pagefind/';
const EXCERPT_LENGTH = 40;
const SIDE_INDEX_URL = '/search/index.json';
const AMOUNT_INDEX_URL = '/search/amounts.json';

async function fetchJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

/**
 * Pagefind's JS API, loaded once, on first use. `bundles` are the folders of the Pagefind
 * indexes to search (src/search/bundles.ts): the first is loaded, the others merged into it
 * with Pagefind's multisite search, so one search covers them all.
 */
export function pagefindLoader(bundles: readonly string[] = [PAGEFIND_DIR]): () => Promise<PagefindLike> {
  let pagefind: Promise<PagefindLike> | null = null;
  const [primary = PAGEFIND_DIR, ...merged] = bundles;
  return () =>
    (pagefind ??= (async () => {
      const pf = await import(/* @vite-ignore */ `${primary}pagefind.js`);
      await pf.options({ excerptLength: EXCERPT_LENGTH });
      await pf.init();
      for (const bundle of merged) await pf.mergeIndex(bundle, { excerptLength: EXCERPT_LENGTH });
      // Loading the filter indexes up front makes every search return facet counts.
      await pf.filters();
      return pf as PagefindLike;
    })());
}

/** The engine, once the side index has arrived. */
export async function loadEngine(pagefind: () => Promise<PagefindLike>): Promise<SearchEngine> {
  const side = await fetchJson<SideIndex>(SIDE_INDEX_URL);
  return new SearchEngine(side, () => fetchJson<AmountIndex>(AMOUNT_INDEX_URL), pagefind);
}
