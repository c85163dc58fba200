// npm run bench — search in Chromium over the built site (run `npm run build` first; this
// builds nothing). For each query: cold (a fresh browser context, the search URL opened
// directly: page, scripts, side index and whatever Pagefind loads) and warm (the same
// page, after an earlier search has loaded Pagefind). Prints requests, bytes and the time
// to the first results on screen. Bytes are as served by the plain test server (no
// compression); `gzip` is what a server compressing text would send (Pagefind's index
// files are already compressed). No assertions: this is for reading.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, siteContext } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';

const QUERIES: Array<[string, string]> = [
  ['500元', 'amount'],
  ['100万元以上', 'amount range'],
  ['稳岗返还', 'phrase'],
  ['补贴', 'word'],
  ['补贴 1000元', 'words + amount'],
  ['市财政局', 'agency'],
  ['天政办发〔2023〕1号', '文号'],
  ['稳崗返還', 'traditional'],
];
const WARM_UP = '就业';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('dist/ has no Pagefind index: run `npm run build` first.');
  process.exit(1);
}

const server = await serveDist('dist');
const browser = await launchBrowser();
const gzipped = new Map<string, number>();
function sizes(urls: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const u of urls) {
    let file = join('dist', decodeURIComponent(new URL(u).pathname));
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    raw += body.length;
    if (!gzipped.has(file)) gzipped.set(file, /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body).length);
    gzip += gzipped.get(file)!;
  }
  return { raw, gzip };
}

function track(page: Page): { urls: string[] } {
  const t = { urls: [] as string[] };
  page.on('requestfinished', (r) => t.urls.push(r.url()));
  return t;
}

async function waitForResults(page: Page, marks: number): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName('search:results').length >= n, marks, { timeout: 30_000 });
  return page.evaluate(() => {
    const starts = performance.getEntriesByName('search:start');
    const ends = performance.getEntriesByName('search:results');
    return ends.at(-1)!.startTime - starts.at(-1)!.startTime;
  });
}

interface Row {
  query: string;
  what: string;
  run: 'cold' | 'warm';
  requests: number;
  raw: number;
  gzip: number;
  ms: number;
  results: string;
}
const rows: Row[] = [];

for (const [query, what] of QUERIES) {
  // Cold: a fresh context (empty cache), the search URL opened directly; time from navigation start.
  {
    const { context } = await siteContext(browser, server.url, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const t = track(page);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page, 1);
    const ms = await page.evaluate(() => performance.getEntriesByName('search:results').at(-1)!.startTime);
    await page.waitForLoadState('networkidle');
    const s = sizes(t.urls);
    rows.push({ query, what, run: 'cold', requests: t.urls.length, ...s, ms, results: (await page.textContent('#search-status')) ?? '' });
    await context.close();
  }
  // Warm: the same page searched for something else first; then this query typed and submitted.
  {
    const { context } = await siteContext(browser, server.url, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(WARM_UP)}`);
    await waitForResults(page, 1);
    await page.waitForLoadState('networkidle');
    const t = track(page);
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    const ms = await waitForResults(page, 2);
    await page.waitForLoadState('networkidle');
    const s = sizes(t.urls);
    rows.push({ query, what, run: 'warm', requests: t.urls.length, ...s, ms, results: (await page.textContent('#search-status')) ?? '' });
    await context.close();
  }
}

await browser.close();
await server.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  ['query', 'kind', 'run', 'requests', 'bytes', 'gzip', 'first results', 'status'],
  ...rows.map((r) => [r.query, r.what, r.run, String(r.requests), kb(r.raw), kb(r.gzip), `${r.ms.toFixed(0)} ms`, r.results]),
];
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
const cols = table[0]!.map((_, i) => Math.max(...table.map((row) => width(row[i]!))));
const line = (row: string[]) => row.map((cell, i) => cell + ' '.repeat(cols[i]! - width(cell))).join('  ');
console.log(line(table[0]!));
console.log(cols.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(
  `\ncold: fresh context, /search/?q=… opened directly, time from navigation start; warm: same page after a search for “${WARM_UP}”, time from submit.`,
);
