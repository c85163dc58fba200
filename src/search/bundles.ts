// The Pagefind bundles one build writes, and which documents each indexes.
//
// Pagefind builds its whole index in memory, and since 1.5 it first builds a word map per page
// for all pages at once (in parallel) before merging them: ~130 KB per page of our Chinese
// measures, 6.6 GiB for the 51,000 pages of a 100× corpus. So a large build indexes in parts,
// one Pagefind index per part written one after the other (each freed before the next), and
// the search page merges them in the browser with Pagefind's multisite search (mergeIndex) —
// the same mechanism that merges the bundles of separately built shards.
//
// A part holds whole documents (a document page and its measure pages), provinces kept
// together where they fit, in registry order; a corpus below the limit is one bundle at
// /pagefind/, as before. Which bundle indexes a page changes nothing a reader sees: page
// URLs do not depend on it.

/** Pages per bundle: ~2.6 GiB of Pagefind's memory at ~130 KB a page, well inside the 4 GiB budget. */
export const PAGES_PER_BUNDLE = 20_000;

export interface BundleDocument {
  id: string;
  jurisdiction: string;
  measureCount: number;
}

export interface Bundle {
  /** site-relative path of the bundle folder, with a trailing slash: /pagefind/, /pagefind-2/, … */
  path: string;
  /** ids of the documents whose pages it indexes */
  documents: string[];
  /** pages it indexes: each document's page and its measures' */
  pages: number;
}

export const bundlePath = (part: number) => (part === 0 ? '/pagefind/' : `/pagefind-${part + 1}/`);

/**
 * Documents packed into bundles of at most `limit` pages, in the order of `sortKey` (a
 * province's documents next to each other, so that a province usually lies in one bundle);
 * a single document larger than the limit gets a bundle of its own.
 */
export function planBundles(
  documents: readonly BundleDocument[],
  sortKey: (d: BundleDocument) => string,
  limit = PAGES_PER_BUNDLE,
): Bundle[] {
  const sorted = [...documents].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const bundles: Bundle[] = [];
  let current: Bundle | null = null;
  for (const d of sorted) {
    const pages = 1 + d.measureCount;
    if (!current || (current.pages + pages > limit && current.pages > 0)) {
      current = { path: bundlePath(bundles.length), documents: [], pages: 0 };
      bundles.push(current);
    }
    current.documents.push(d.id);
    current.pages += pages;
  }
  return bundles.length > 0 ? bundles : [{ path: bundlePath(0), documents: [], pages: 0 }];
}

/** The sort key placing a document with its province: the place's code (GB/T 2260) or, lacking one, its chain of ids. */
export function provinceOrder(
  places: ReadonlyMap<string, { id: string; parent: string | null; code: string | null }>,
): (d: BundleDocument) => string {
  return (d) => {
    const chain: string[] = [];
    for (let p = places.get(d.jurisdiction); p && chain.length < 8; p = p.parent ? places.get(p.parent) : undefined)
      chain.unshift(p.code ?? p.id);
    return chain.join('/');
  };
}

/**
 * The other shards' sites from SEARCH_SHARDS (comma-separated URLs), each ending in a slash:
 * `https://hubei.example.org, https://hunan.example.org/` → both with their trailing slash.
 * A value that is not an absolute http(s) URL stops the build.
 */
export function searchShards(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      let url: URL;
      try {
        url = new URL(s);
      } catch {
        throw new Error(`SEARCH_SHARDS: "${s}" is not a URL (expected e.g. https://hubei.example.org/)`);
      }
      if (!/^https?:$/.test(url.protocol)) throw new Error(`SEARCH_SHARDS: "${s}" is not an http(s) URL`);
      return url.href.endsWith('/') ? url.href : `${url.href}/`;
    });
}
