// A country's corpus in shards: two shards of one manifest, each built on its own (ingest,
// Astro, Pagefind — as two CI jobs on two machines would), each served from its own origin,
// and one site's search finding the pages of both with Pagefind's multisite search. Small
// shards (天津's policy, 2 measures; 西宁's opinion, 3) keep the two builds fast.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { realSource } from '../support/project.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { buildSite } from '../support/site-build.ts';

/** The results' links as the reader follows them, origin included. */
const resultHrefs = (page: Page) => page.$$eval('#search-list .search-card-title a', (as) => as.map((a) => (a as HTMLAnchorElement).href));

const SOURCES = [
  realSource('tianjin-2023-zhizaoye-gaozhiliang-zhengce.txt'),
  realSource('qinghai-xining-2017-liutongye-shishi-yijian.txt'),
];
const measuresOf = (root: string): Array<{ url: string; text: string }> =>
  JSON.parse(readFileSync(join(root, 'dist/data/measures.json'), 'utf8'));

let xining: { root: string; server: StaticServer };
let tianjin: { root: string; server: StaticServer };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const offsite: string[] = [];

beforeAll(async () => {
  // The 青海省 shard first: the 天津市 shard's search page is built knowing where it is served.
  const xiningRoot = buildSite(SOURCES, { args: ['--strict', '--shard', '青海省'] });
  xining = { root: xiningRoot, server: await serveDist(join(xiningRoot, 'dist'), 0, { cors: true }) };
  const tianjinRoot = buildSite(SOURCES, { args: ['--strict', '--shard', '天津市'], env: { SEARCH_SHARDS: `${xining.server.url}/` } });
  tianjin = { root: tianjinRoot, server: await serveDist(join(tianjinRoot, 'dist')) };
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  // Only the two shards' origins may be reached.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(tianjin.server.url) || url.startsWith(xining.server.url)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = await context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await tianjin?.server.close();
  await xining?.server.close();
});

describe('shards built separately, searched together', () => {
  it('builds each shard from its own part of the manifest', () => {
    expect(measuresOf(tianjin.root).map((m) => m.url.split('/')[2])).toEqual(['jinzhengbangui-2023-4', 'jinzhengbangui-2023-4']);
    expect(new Set(measuresOf(xining.root).map((m) => m.url.split('/')[2]))).toEqual(new Set(['xining-undated-jkxnsltyfzssyj']));
  });

  it('finds, from the 天津 site, the measures of both shards, each linking to the site that publishes it', async () => {
    await page.goto(`${tianjin.server.url}/search/?q=${encodeURIComponent('发展')}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, null, { timeout: 60_000 });
    const urls = await resultHrefs(page);
    // 天津's measure 1 (支持工业企业高质量投资…) is its own; 西宁's 1 (提高流通管理部门管理效能…) comes from the other shard.
    const own = measuresOf(tianjin.root).find((m) => m.text.includes('支持工业企业高质量投资'))!;
    const other = measuresOf(xining.root).find((m) => m.text.includes('提高流通管理部门管理效能'))!;
    expect(urls).toContain(`${tianjin.server.url}${own.url}`);
    expect(urls).toContain(`${xining.server.url}${other.url}`);
    expect(offsite).toEqual([]);
  });

  it('links to the other shard by the permalink a build of the whole corpus gives the page', async () => {
    // dist/ is `npm run build` of all the bundled sources, one site: the same paths.
    const whole = new Set((JSON.parse(readFileSync('dist/data/measures.json', 'utf8')) as Array<{ url: string }>).map((m) => m.url));
    for (const m of [...measuresOf(xining.root), ...measuresOf(tianjin.root)]) expect(whole.has(m.url), m.url).toBe(true);
    const remote = (await resultHrefs(page)).filter((u) => u.startsWith(xining.server.url));
    expect(remote.length).toBeGreaterThan(0);
    for (const u of remote) expect((await fetch(u)).status, u).toBe(200);
  });
});
