// Loading what the search needs: the side index at once (small, needed by every query),
// the amount index and Pagefind on first use (amount-only queries never load Pagefind), the
// entity names with the first text query, the vocabulary only for a query to correct.
import { SearchEngine, type PagefindLike } from './engine.ts';
import type { AmountIndex, SideIndex } from './sideIndex.ts';
import type { VocabularyFile } from './vocabulary.ts';
import type { EntityIndex } from './entities.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
const SIDE_INDEX_URL = '/search/index.json';
const AMOUNT_INDEX_URL = '/search/amounts.json';
const WORDS_URL = '/search/words.json';
const ENTITIES_URL = '/search/entities.json';

async function fetchJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

/** Pagefind's JS API, loaded once, on first use. */
export function pagefindLoader(): () => Promise<PagefindLike> {
  let pagefind: Promise<PagefindLike> | null = null;
  return () =>
    (pagefind ??= (async () => {
      const pf = await import(/* @vite-ignore */ PAGEFIND_URL);
      await pf.options({ excerptLength: 40 });
      await pf.init();
      // Loading the filter indexes up front makes every search return facet counts.
      await pf.filters();
      return pf as PagefindLike;
    })());
}

/** The engine, once the side index has arrived. */
export async function loadEngine(pagefind: () => Promise<PagefindLike>): Promise<SearchEngine> {
  const side = await fetchJson<SideIndex>(SIDE_INDEX_URL);
  return new SearchEngine(side, () => fetchJson<AmountIndex>(AMOUNT_INDEX_URL), pagefind, {
    vocabulary: () => fetchJson<VocabularyFile>(WORDS_URL),
    entities: () => fetchJson<EntityIndex>(ENTITIES_URL),
  });
}
