// Loading what the search needs: the side index at once (small, needed by every query),
// the amount index and Pagefind on first use (amount-only queries never load Pagefind), the
// entity names and lead agencies with the first text query, the 文号 only for a query holding
// one, the vocabulary only for a query to correct.
import { SearchEngine, type PagefindLike } from './engine.ts';
import { FACETS } from './facets.ts';
import type { SideIndexFile, WenhaoIndex } from './sideIndex.ts';
import {
  slicesForTerm,
  slicesNear,
  type AmountEntry,
  type AmountSlice,
  type AmountSource,
  type CardFile,
  type MeasureCard,
} from './amountIndex.ts';
import type { VocabularyFile } from './vocabulary.ts';
import type { EntityIndex } from './entities.ts';
import type { FiledAgency } from './entityShards.ts';

const PAGEFIND_DIR = '/pagefind/';
/** A filter value no page carries. */
const NONE = '\u0000';
const EXCERPT_LENGTH = 40;
const SIDE_INDEX_URL = '/search/index.json';
const AMOUNT_SLICE_URL = (key: string) => `/search/amounts/${key}.json`;
const AMOUNT_TEXTS_URL = (key: string) => `/search/amount-texts/${key}.json`;
const CARD_FILE_URL = (doc: string) => `/search/cards/${encodeURIComponent(doc)}.json`;
const WORDS_URL = '/search/words.json';
const ENTITIES_URL = (part: string) => `/search/entities/${part}.json`;
const LEADS_URL = '/search/leads.json';
const WENHAO_URL = '/search/wenhao.json';

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
      // Loading the facets' filter indexes up front makes every search return their counts. Only
      // the facets the page counts: not the 文号 `id` filter (a value per document) nor
      // amountKind (the 补贴 sort's), which Pagefind would count for every search too. A search
      // naming a filter loads it; no page carries NONE.
      await pf.search(null, { filters: Object.fromEntries(FACETS.map((f) => [f, NONE])) });
      const api = pf as PagefindLike;
      return {
        // Each search leaves a mark, so the bench and the tests can count what a query costs.
        search: (term, options) => (performance.mark('search:pagefind'), api.search(term, options)),
        filters: () => api.filters(),
      } satisfies PagefindLike;
    })());
}

/**
 * The amount slices and cards (amountIndex.ts), each file fetched once, on first need. `slices`
 * are the slice files this build wrote (the search page lists them), so a query asks for no file
 * that does not exist.
 */
export function amountLoader(slices: readonly string[]): AmountSource {
  const files = new Map<string, Promise<unknown>>();
  const once = <T>(url: string): Promise<T> => {
    let file = files.get(url);
    if (!file) {
      file = fetchJson<T>(url);
      files.set(url, file);
      file.catch(() => files.delete(url));
    }
    return file as Promise<T>;
  };
  const measuresIn = async (keys: string[]): Promise<AmountEntry[]> => {
    const loaded = await Promise.all([...new Set(keys)].map((key) => once<AmountSlice>(AMOUNT_SLICE_URL(key))));
    // By URL: a document's sections share its id (passages.ts).
    const byUrl = new Map<string, AmountEntry>();
    for (const slice of loaded) for (const m of slice.measures) byUrl.set(m.url, m);
    return [...byUrl.values()].sort((a, b) => a.order - b.order);
  };
  const keysOf = (terms: Parameters<AmountSource['measures']>[0]) => [...new Set(terms.flatMap((t) => slicesForTerm(t, slices)))];
  return {
    measures: (terms) => measuresIn(keysOf(terms)),
    near: (term) => measuresIn(slicesNear(term, slices)),
    card: async (entry) => {
      const file = await once<CardFile>(CARD_FILE_URL(entry.document));
      const card = file.cards[entry.url];
      if (!card) throw new Error(`${CARD_FILE_URL(entry.document)}: no card for ${entry.url}`);
      return card;
    },
    cards: async (terms) => {
      const files = await Promise.all(keysOf(terms).map((key) => once<CardFile>(AMOUNT_TEXTS_URL(key))));
      return new Map<string, MeasureCard>(files.flatMap((f) => Object.entries(f.cards)));
    },
  };
}

/** The engine, once the side index has arrived. */
export async function loadEngine(pagefind: () => Promise<PagefindLike>, amounts: AmountSource = amountLoader([])): Promise<SearchEngine> {
  const side = await fetchJson<SideIndexFile>(SIDE_INDEX_URL);
  return new SearchEngine(side, amounts, pagefind, {
    // Code and data both on first need: most queries never correct a typo.
    vocabulary: async () => {
      const [{ Vocabulary }, file] = await Promise.all([import('./vocabulary.ts'), fetchJson<VocabularyFile>(WORDS_URL)]);
      return new Vocabulary(file);
    },
    // The places with the code; the agency shards and the documents a query's words may name as it asks (entityShards.ts).
    entities: async () => {
      const files = new Map<string, Promise<unknown>>();
      const once = <T>(part: string): Promise<T> => {
        if (!files.has(part))
          files.set(
            part,
            fetchJson<T>(ENTITIES_URL(part)).catch((e: unknown) => (files.delete(part), Promise.reject(e))),
          );
        return files.get(part) as Promise<T>;
      };
      const [{ findEntities }, shards] = await Promise.all([
        import('./entities.ts'),
        import('./entityShards.ts'),
        once<EntityIndex['places']>('places'),
      ]);
      return async (terms, whole, fold) => {
        const [agencies, places, documents] = await Promise.all([
          Promise.all(shards.queryShards(terms).map((s) => once<FiledAgency[]>(`a${s}`))),
          once<EntityIndex['places']>('places'),
          Array.from(whole).length >= shards.DOCUMENT_QUERY_MIN ? once<EntityIndex['documents']>('documents') : [],
        ]);
        return findEntities(shards.joinEntities(agencies, places, documents), terms, whole, fold);
      };
    },
    leads: () => fetchJson<string[]>(LEADS_URL),
    wenhao: () => fetchJson<WenhaoIndex>(WENHAO_URL),
  });
}
