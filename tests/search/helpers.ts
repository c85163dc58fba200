// Shared by the search tests: the built site served from dist/, one Chromium, and a few
// ways to drive /search/ and read what it shows. Expected results are named by text from
// the sources and looked up in content/generated/ (which `npm run build` just wrote), so a
// test says "the measure that says 按500元/人的标准给予推荐者补贴", not a URL.
import { readFileSync } from 'node:fs';
import { foldText } from '../../pipeline/text/fold.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Document, Measure, PolicyChain } from '../../pipeline/schema.ts';
import { chainTexts, searchPassages } from '../../src/search/passages.ts';
import { launchBrowser, siteContext, type GuardedContext } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';

export const measures: Measure[] = JSON.parse(readFileSync('content/generated/measures.json', 'utf8'));
export const documents: Document[] = JSON.parse(readFileSync('content/generated/documents.json', 'utf8'));
export const policies: PolicyChain[] = JSON.parse(readFileSync('content/generated/policies.json', 'utf8'));

/** The URL of the one measure whose text contains `snippet`. */
export function measureSaying(snippet: string): string {
  const found = measures.filter((m) => m.text.includes(snippet));
  if (found.length !== 1) throw new Error(`${found.length} measures contain “${snippet}”: ${found.map((m) => m.id).join(', ')}`);
  return found[0]!.url;
}

/** The URL of the document with this 文号. */
export function documentNumbered(wenhao: string): string {
  const d = documents.find((x) => x.wenhao === wenhao);
  if (!d) throw new Error(`no document ${wenhao}`);
  return d.url;
}

/**
 * Does the page at `url` print `phrase` whole, anywhere Pagefind indexes it? For a measure:
 * its text, heading, central policy and agency cells; for a document: its title and the
 * paragraphs that are not measures (those are indexed on the measures' own pages); for a
 * central-policy chain page: its title and the upper-level texts it indexes (passages.ts).
 */
export function printsPhrase(url: string, phrase: string): boolean {
  // A page printed in traditional characters prints the phrase in its traditional form
  // (小微企業 for 小微企业); its folded copy is what the index holds.
  const has = (t: string) => foldText(t).includes(phrase);
  const m = measures.find((x) => x.url === url);
  if (m) return [m.text, m.title ?? '', m.policy?.title ?? '', m.leadRaw ?? '', m.responsibleRaw ?? ''].some(has);
  const d = documents.find((x) => x.url === url);
  if (d) return has(d.title) || d.blocks.some((b) => !b.measure && has(b.text));
  const p = policies.find((x) => x.url === url);
  if (p) return has(p.title) || chainTexts(p, new Map(measures.map((x) => [x.id, x]))).some((c) => has(c.text));
  throw new Error(`${url} is neither a measure, a document nor a chain page`);
}

/** The searchable texts that are not measures: chain pages' upper-level texts, section headings (with their amounts). */
export const passages = searchPassages({
  documents,
  policies,
  measure: new Map(measures.map((m) => [m.id, m])),
  chainTitle: (p) => p.title,
});

/**
 * URLs of the pages printing a money amount satisfying `test` (value and range end, in units
 * of its currency): measures, and the chain pages and section headings whose texts print one.
 */
export function measuresWithAmount(test: (a: Measure['amounts'][number]) => boolean): Set<string> {
  return new Set([...measures, ...passages].filter((m) => m.amounts.some(test)).map((m) => m.url));
}

export interface Harness {
  server: StaticServer;
  browser: Browser;
  guard: GuardedContext;
  page: Page;
  /** script errors and dialogs (alert, confirm …) seen on any page */
  errors: string[];
}

export async function startHarness(options: Parameters<Browser['newContext']>[0] = {}): Promise<Harness> {
  const server = await serveDist('dist');
  const browser = await launchBrowser();
  const guard = await siteContext(browser, server.url, { viewport: { width: 1280, height: 900 }, ...options });
  const page = await guard.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { server, browser, guard, page, errors };
}

/**
 * One harness per test file: started before its tests; after them, no request may
 * have left the site and no page may have thrown or opened a dialog.
 */
export function useHarness(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness());
  });
  afterAll(async () => {
    expect(h.guard.offsite).toEqual([]);
    expect(h.errors).toEqual([]);
    await stopHarness(h);
  });
  return h;
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

/** Every result of a search, pressing “显示更多结果” until all are shown. */
export async function allResults(h: Harness, q: string, params: Record<string, string> = {}): Promise<string[]> {
  await search(h.page, h.server.url, q, params);
  while (await h.page.isVisible('#search-more')) {
    const before = (await resultUrls(h.page)).length;
    await h.page.click('#search-more');
    await h.page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
  }
  await settled(h.page);
  return resultUrls(h.page);
}

export function searchPath(q: string, params: Record<string, string> = {}): string {
  const p = new URLSearchParams({ ...(q ? { q } : {}), ...params });
  const s = p.toString();
  return `/search/${s ? `?${s}` : ''}`;
}

/** Wait until the page has finished the search it is running (results, no results, or the empty state). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.getElementById('search-results-h')?.parentElement;
    if (!section || section.hasAttribute('aria-busy')) return false;
    const empty = document.getElementById('search-empty');
    return (document.getElementById('search-status')?.textContent ?? '') !== '' || (empty !== null && !empty.hidden);
  });
}

export async function search(page: Page, base: string, q: string, params: Record<string, string> = {}): Promise<string[]> {
  await page.goto(base + searchPath(q, params));
  await settled(page);
  return resultUrls(page);
}

/** The result links, in order (decoded, relative to the site). */
export async function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('#search-list .search-card-title a', (as) =>
    as.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)),
  );
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('#search-status')) ?? '';
}

/** The current URL's search state as plain key/values. */
export function stateOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}
