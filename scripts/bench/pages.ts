// Bytes per page type of a built site: what a reader downloads for one page of each kind,
// raw and gzip (what a server compressing text sends), and what the search index weighs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = [
  'home',
  'measure',
  'document',
  'policy',
  'agency',
  'place',
  'list',
  'search',
  'other',
  'search-side',
  'pagefind',
  'data',
  'sitemap',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The kind of a file of dist/ by its path (site-relative, forward slashes). */
export function pageType(path: string): PageType {
  if (path === 'index.html') return 'home';
  if (/^pagefind(-\d+)?\//.test(path)) return 'pagefind';
  if (path.startsWith('search/') && path.endsWith('.json')) return 'search-side';
  if (path === 'search/index.html') return 'search';
  if (path.startsWith('data/')) return 'data';
  if (/^sitemap.*\.xml$/.test(path)) return 'sitemap';
  if (!path.endsWith('.html')) return 'other';
  if (/^docs\/[^/]+\/policy-[^/]+\/index\.html$/.test(path)) return 'policy';
  if (/^docs\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'measure';
  if (/^docs\/[^/]+\/index\.html$/.test(path)) return 'document';
  if (/^agencies\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'agency';
  if (/^places\/[^/]+\/index\.html$/.test(path)) return 'place';
  if (/^(docs|agencies|places)\/index\.html$/.test(path)) return 'list';
  return 'other';
}

export interface TypeBytes {
  type: PageType;
  files: number;
  raw: number;
  /** gzip of all files, estimated from up to SAMPLE of them for large types */
  gzip: number;
  /** the largest file, raw */
  max: number;
}

const SAMPLE = 400;
/** Pagefind's own files are compressed already; a server sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

function walk(dir: string, root: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

export function siteBytes(dist: string): TypeBytes[] {
  const byType = new Map<PageType, string[]>();
  for (const path of walk(dist, dist, [])) {
    const t = pageType(path);
    (byType.get(t) ?? byType.set(t, []).get(t)!).push(path);
  }
  return PAGE_TYPES.filter((t) => byType.has(t)).map((type) => {
    const files = byType.get(type)!;
    const sizes = files.map((f) => statSync(join(dist, f)).size);
    const raw = sizes.reduce((a, b) => a + b, 0);
    // Every n-th file, so a sample spreads over the whole corpus.
    const step = Math.max(1, Math.floor(files.length / SAMPLE));
    const sample = files.filter((_, i) => i % step === 0);
    let sampledRaw = 0;
    let sampledGzip = 0;
    for (const f of sample) {
      const body = readFileSync(join(dist, f));
      sampledRaw += body.length;
      sampledGzip += PRECOMPRESSED.test(f) ? body.length : gzipSync(body).length;
    }
    const gzip = sampledRaw === 0 ? 0 : Math.round((raw * sampledGzip) / sampledRaw);
    return { type, files: files.length, raw, gzip, max: Math.max(...sizes) };
  });
}
