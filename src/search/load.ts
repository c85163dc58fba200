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
 * Pagefind's JS API, loaded once, on first use. `bundles` are the folders of this site's
 * Pagefind indexes (src/search/bundles.ts): the first is loaded, the others merged into it with
 * Pagefind's multisite search, so one search covers them all; so are the bundles of the other
 * shards' sites (`shards`, each listing its own in /search/bundles.json). A merged index's
 * results link to its own site: Pagefind prefixes their URLs with the bundle's site, and the
 * path is the permalink any build of that document gives it. A shard that does not answer is
 * left out (and said so in the console); the others are searched.
 */
export function pagefindLoader(bundles: readonly string[] = [PAGEFIND_DIR], shards: readonly string[] = []): () => Promise<PagefindLike> {
  let pagefind: Promise<PagefindLike> | null = null;
  const [primary = PAGEFIND_DIR, ...merged] = bundles;
  return () =>
    (pagefind ??= (async () => {
      const pf = await import(/* @vite-ignore */ `${primary}pagefind.js`);
      await pf.options({ excerptLength: EXCERPT_LENGTH });
      await pf.init();
      for (const bundle of merged) await pf.mergeIndex(bundle, { excerptLength: EXCERPT_LENGTH });
      for (const site of shards) {
        try {
          const remote = await fetchJson<{ bundles: string[] }>(new URL('search/bundles.json', site).href);
          for (const bundle of remote.bundles) await pf.mergeIndex(new URL(bundle, site).href, { excerptLength: EXCERPT_LENGTH });
        } catch (error) {
          console.warn(`search: shard ${site} left out:`, error);
        }
      }
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
