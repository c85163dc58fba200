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
      const api = pf as PagefindLike;
      return {
        // Each search leaves a mark, so the bench and the tests can count what a query costs.
        search: (term, options) => (performance.mark('search:pagefind'), api.search(term, options)),
        filters: () => api.filters(),
      } satisfies PagefindLike;
    })());
}

/** The engine, once the side index has arrived. */
export async function loadEngine(pagefind: () => Promise<PagefindLike>): Promise<SearchEngine> {
  const side = await fetchJson<SideIndex>(SIDE_INDEX_URL);
  return new SearchEngine(side, () => fetchJson<AmountIndex>(AMOUNT_INDEX_URL), pagefind, {
    // Code and data both on first need: most queries never correct a typo.
    vocabulary: async () => {
      const [{ Vocabulary }, file] = await Promise.all([import('./vocabulary.ts'), fetchJson<VocabularyFile>(WORDS_URL)]);
      return new Vocabulary(file);
    },
    entities: async () => {
      const [{ findEntities }, index] = await Promise.all([import('./entities.ts'), fetchJson<EntityIndex>(ENTITIES_URL)]);
      return (terms, whole, fold) => findEntities(index, terms, whole, fold);
    },
  });
}
