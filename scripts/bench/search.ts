// Search in Chromium over a built site: our search page and, as the reference, bare Pagefind's
// JS API on the same dist/ (a blank page of the same origin that imports /pagefind/pagefind.js,
// searches and loads the first page of results — what Pagefind's own UI does).
//
// cold: a fresh browser context (empty cache), the page opened with the query in its URL; time
//       from navigation start to the first results on screen (ours: the `search:results` mark
//       the page sets once cards are in the DOM; bare: once the first page of results has its data).
// warm: the same page after a search for WARM_UP has loaded Pagefind; then the query, timed from
//       submit; the median of `repeats` fresh pages.
// Bytes are what the requests fetched, read from dist/: raw, and gzip as a compressing server
// would send text (Pagefind's index files are compressed already and count as they are).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { siteContext } from '../../tests/support/browser.ts';

export const WARM_UP = '就业';
/** Results loaded for the first screen: our PAGE_SIZE (src/search/view.ts). */
const FIRST_PAGE = 20;
const TIMEOUT = 120_000;

export interface BenchQuery {
  q: string;
  what: string;
  /** an amount-only query: its budget is tighter (the amount index alone should answer it) */
  amount?: boolean;
}

export const QUERIES: BenchQuery[] = [
  { q: '500元', what: 'amount', amount: true },
  { q: '5万元', what: 'amount, 万', amount: true },
  { q: '100万元以上', what: 'amount range', amount: true },
  { q: '补贴', what: 'word' },
  { q: '稳岗返还', what: 'phrase' },
  { q: '高校毕业生', what: 'phrase' },
  { q: '补贴 1000元', what: 'words + amount' },
  { q: '市财政局', what: 'agency' },
  { q: '天政办发〔2023〕1号', what: '文号' },
  { q: '稳崗返還', what: 'traditional' },
];

export type Engine = 'site' | 'bare';

export interface QueryRun {
  query: string;
  engine: Engine;
  run: 'cold' | 'warm';
  requests: number;
  raw: number;
  gzip: number;
  ms: number;
  results: number | null;
}

/**
 * The bare reference: Pagefind's JS API alone, over every bundle the build wrote (the first
 * imported, the others merged, as Pagefind's documentation says to search several).
 */
const barePage = (
  bundles: string[],
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bare</title></head><body><script type="module">
let pf;
window.bare = async (q) => {
  const t0 = performance.now();
  if (!pf) {
    pf = await import('${bundles[0]}pagefind.js');
    for (const b of ${JSON.stringify(bundles.slice(1))}) await pf.mergeIndex(b);
  }
  const r = await pf.search(q);
  await Promise.all(r.results.slice(0, ${FIRST_PAGE}).map((x) => x.data()));
  return { ms: performance.now() - t0, count: r.results.length };
};
const q = new URLSearchParams(location.search).get('q');
if (q) { const r = await window.bare(q); window.bareCount = r.count; performance.mark('bare:results'); }
</script></body></html>`;

export class FileSizes {
  readonly #gzip = new Map<string, number>();
  readonly dist: string;
  constructor(dist: string) {
    this.dist = dist;
  }

  of(urls: string[]): { raw: number; gzip: number } {
    let raw = 0;
    let gzip = 0;
    for (const u of urls) {
      let file = join(this.dist, decodeURIComponent(new URL(u).pathname));
      if (file.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      const body = readFileSync(file);
      raw += body.length;
      if (!this.#gzip.has(file)) this.#gzip.set(file, /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body).length);
      gzip += this.#gzip.get(file)!;
    }
    return { raw, gzip };
  }
}

function track(page: Page): string[] {
  const urls: string[] = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  return urls;
}

/** The Pagefind bundles of a built site, as its search page lists them (data-bundles). */
export function siteBundles(dist: string): string[] {
  const page = readFileSync(join(dist, 'search/index.html'), 'utf8');
  const attr = /data-bundles="([^"]*)"/.exec(page)?.[1];
  return attr ? (JSON.parse(attr.replace(/&quot;/g, '"').replace(/&#34;/g, '"')) as string[]) : ['/pagefind/'];
}

let bundles = ['/pagefind/'];

async function newPage(browser: Browser, site: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await siteContext(browser, site, { viewport: { width: 1280, height: 900 } });
  const body = barePage(bundles);
  await context.route('**/__bench/bare.html*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

const marks = (page: Page, name: string, n: number) =>
  page.waitForFunction(([m, k]) => performance.getEntriesByName(m as string).length >= (k as number), [name, n] as const, {
    timeout: TIMEOUT,
  });

async function siteResults(page: Page): Promise<number | null> {
  // search.status.found: '{what}找到 {count} 条结果'; anything else (none, an error) is 0.
  const status = (await page.textContent('#search-status')) ?? '';
  const m = /找到 (\d+) 条/.exec(status);
  return m ? Number(m[1]) : 0;
}

async function cold(browser: Browser, site: string, sizes: FileSizes, q: string, engine: Engine): Promise<QueryRun> {
  const { page, close } = await newPage(browser, site);
  try {
    const urls = track(page);
    const mark = engine === 'site' ? 'search:results' : 'bare:results';
    await page.goto(
      engine === 'site' ? `${site}/search/?q=${encodeURIComponent(q)}` : `${site}/__bench/bare.html?q=${encodeURIComponent(q)}`,
    );
    await marks(page, mark, 1);
    const ms = await page.evaluate((m) => performance.getEntriesByName(m).at(-1)!.startTime, mark);
    await page.waitForLoadState('networkidle');
    const results =
      engine === 'site' ? await siteResults(page) : await page.evaluate(() => (window as unknown as { bareCount: number }).bareCount);
    return { query: q, engine, run: 'cold', requests: urls.length, ...sizes.of(urls), ms, results };
  } finally {
    await close();
  }
}

async function warm(browser: Browser, site: string, sizes: FileSizes, q: string, engine: Engine): Promise<QueryRun> {
  const { page, close } = await newPage(browser, site);
  try {
    if (engine === 'site') {
      await page.goto(`${site}/search/?q=${encodeURIComponent(WARM_UP)}`);
      await marks(page, 'search:results', 1);
      await page.waitForLoadState('networkidle');
      const urls = track(page);
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await marks(page, 'search:results', 2);
      const ms = await page.evaluate(() => {
        const start = performance.getEntriesByName('search:start').at(-1)!.startTime;
        return performance.getEntriesByName('search:results').at(-1)!.startTime - start;
      });
      await page.waitForLoadState('networkidle');
      return { query: q, engine, run: 'warm', requests: urls.length, ...sizes.of(urls), ms, results: await siteResults(page) };
    }
    await page.goto(`${site}/__bench/bare.html?q=${encodeURIComponent(WARM_UP)}`);
    await marks(page, 'bare:results', 1);
    await page.waitForLoadState('networkidle');
    const urls = track(page);
    const r = await page.evaluate(
      (query) => (window as unknown as { bare: (q: string) => Promise<{ ms: number; count: number }> }).bare(query),
      q,
    );
    await page.waitForLoadState('networkidle');
    return { query: q, engine, run: 'warm', requests: urls.length, ...sizes.of(urls), ms: r.ms, results: r.count };
  } finally {
    await close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every query, cold and warm (median of `repeats`), on our page and on bare Pagefind. */
export async function benchQueries(browser: Browser, site: string, dist: string, queries: BenchQuery[], repeats = 3): Promise<QueryRun[]> {
  const sizes = new FileSizes(dist);
  bundles = siteBundles(dist);
  const runs: QueryRun[] = [];
  for (const { q } of queries) {
    for (const engine of ['site', 'bare'] as const) {
      runs.push(await cold(browser, site, sizes, q, engine));
      const warms: QueryRun[] = [];
      for (let i = 0; i < repeats; i++) warms.push(await warm(browser, site, sizes, q, engine));
      const mid = median(warms.map((w) => w.ms));
      runs.push(warms.find((w) => w.ms === mid)!);
    }
  }
  return runs;
}

export interface EmptyPage {
  /** requests for an index (Pagefind, /search/*.json) before the reader typed */
  beforeTyping: string[];
  /** the same once a character was typed */
  afterTyping: string[];
}

/** The empty search page: what it fetches before and after the reader types one character. */
export async function emptySearchPage(browser: Browser, site: string): Promise<EmptyPage> {
  const { page, close } = await newPage(browser, site);
  try {
    const urls = track(page);
    await page.goto(`${site}/search/`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const isIndex = (u: string) => /\/pagefind\/|\/search\/[^/]+\.json/.test(new URL(u).pathname);
    const beforeTyping = urls.filter(isIndex).map((u) => new URL(u).pathname);
    await page.focus('#search-q');
    await page.keyboard.type('补');
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const afterTyping = urls.filter(isIndex).map((u) => new URL(u).pathname);
    return { beforeTyping, afterTyping };
  } finally {
    await close();
  }
}
