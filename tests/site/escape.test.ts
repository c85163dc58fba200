// Every source text is HTML-escaped. A site is built from a fixture gazette whose
// title, provisions and headings contain <script> and <img onerror>; in Chromium
// they show as visible text, no element is created from them and no dialog fires.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';
import { launchBrowser, siteContext, type GuardedContext } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { buildSite } from '../support/site-build.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

let root: string;
let server: StaticServer;
let browser: Browser;
let guard: GuardedContext;
let page: Page;
const dialogs: string[] = [];
let docUrl: string;
let imgMeasure: { url: string };
let scriptMeasure: { url: string; lead: string[] };

beforeAll(async () => {
  root = buildSite([
    {
      file: 'xiantao-gongbao-escape.txt',
      bytes: readFileSync('tests/fixtures/gazette-escape.txt'),
      entry: {
        file: 'xiantao-gongbao-escape.txt',
        originalFile: 'escape.txt',
        format: 'gazette',
        jurisdiction: '仙桃市',
        title: '仙桃市人民政府公报2024年第2期',
        date: '2024-04-10',
      },
    },
  ]);
  const measures: Array<{ url: string; text: string; lead: string[]; document: string }> = JSON.parse(
    readFileSync(join(root, 'dist/data/measures.json'), 'utf8'),
  );
  const docs: Array<{ id: string; url: string; title: string }> = JSON.parse(readFileSync(join(root, 'dist/data/documents.json'), 'utf8'));
  docUrl = docs.find((d) => d.title.includes(SCRIPT))!.url;
  imgMeasure = measures.find((m) => m.text.includes(IMG))!;
  scriptMeasure = measures.find((m) => m.text.includes(SCRIPT))!;
  server = await serveDist(join(root, 'dist'));
  browser = await launchBrowser();
  guard = await siteContext(browser, server.url);
  page = await guard.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** What a reader sees, and what the DOM holds, after the page has run. */
async function look(path: string) {
  await page.goto(server.url + path, { waitUntil: 'load' });
  return page.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
    injectedScripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
    onerrorAttributes: document.querySelectorAll('[onerror]').length,
  }));
}

describe('a source text containing markup', () => {
  it('ingests the fixture with the markup kept verbatim in the data', () => {
    expect(docUrl).toMatch(/^\/docs\/xianzhengfa-2024-3\/$/);
    expect(imgMeasure.url).toBe('/docs/xianzhengfa-2024-3/2-1/');
    expect(scriptMeasure.url).toBe('/docs/xianzhengfa-2024-3/2-2/');
  });

  it('shows <script> as text on the measure page, in the heading, body and <title>', async () => {
    const seen = await look(scriptMeasure.url);
    expect(seen.text).toContain(`支持建设无纺布产品质量检测中心${SCRIPT}，写作 &lt;b&gt; 与 &amp; 的原样保留`);
    expect(seen.text).toContain(`关于促进无纺布产业${SCRIPT}集群发展的实施意见`);
    expect(seen).toMatchObject({ injectedImages: 0, injectedScripts: 0, onerrorAttributes: 0 });
  });

  it('shows <img onerror> as text on the measure page, in the <h1> and the <title>', async () => {
    const seen = await look(imgMeasure.url);
    // The heading is the provision's leading clause, cut at 24 characters.
    expect(await page.locator('h1').innerText()).toBe('（一） 做强龙头企业<img src=x onerro…');
    expect(seen.title.startsWith('（一） 做强龙头企业<img src=x onerro…')).toBe(true);
    expect(seen.text).toContain(`（一）做强龙头企业${IMG}。对年产值首次突破10亿元`);
    expect(seen).toMatchObject({ injectedImages: 0, injectedScripts: 0, onerrorAttributes: 0 });
  });

  it('shows both on the document page, including in a section heading and the document title', async () => {
    const seen = await look(docUrl);
    expect(seen.title).toContain(`关于促进无纺布产业${SCRIPT}集群发展的实施意见`);
    expect(await page.locator('h1').innerText()).toContain(SCRIPT);
    expect(seen.text).toContain(`三、职责分工${IMG}`);
    expect(seen.text).toContain(`做强龙头企业${IMG}。对年产值`);
    expect(seen).toMatchObject({ injectedImages: 0, injectedScripts: 0, onerrorAttributes: 0 });
  });

  it('escapes them on every other page that quotes the texts', async () => {
    const agency = JSON.parse(readFileSync(join(root, 'dist/data/agencies.json'), 'utf8')).find(
      (a: { id: string }) => a.id === scriptMeasure.lead[0],
    );
    for (const path of ['/', '/docs/', '/places/xiantao/', agency.url, '/quality/']) {
      const seen = await look(path);
      expect(seen, path).toMatchObject({ injectedImages: 0, injectedScripts: 0, onerrorAttributes: 0 });
    }
    expect((await look('/')).text).toContain(`关于促进无纺布产业${SCRIPT}集群发展的实施意见`);
    expect((await look(agency.url)).text).toContain(`检测中心${SCRIPT}`);
  });

  it('fires no dialog and fetches nothing off-site', () => {
    expect(dialogs).toEqual([]);
    expect(guard.offsite).toEqual([]);
  });

  it('never writes the markup as markup into any built page', () => {
    const pages = builtPages(join(root, 'dist'));
    expect(pages.length).toBeGreaterThan(10);
    // Parsed as a browser would: no element came from the source texts' markup…
    const injected = pages.flatMap((p) =>
      [...p.doc.querySelectorAll('img[src="x"], [onerror], script')]
        .filter((el) => el.tagName !== 'SCRIPT' || (el.textContent ?? '').includes('alert(1)'))
        .map((el) => `${p.path}: <${el.tagName.toLowerCase()}>`),
    );
    expect(injected).toEqual([]);
    // …while the markup is there as text, in the page and in meta attributes alike.
    const doc = pages.find((p) => p.path === docUrl)!;
    expect(doc.doc.querySelector('h1')?.textContent).toContain(SCRIPT);
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(SCRIPT);
  });

  it('writes a title that prints <script> into the Atom feed as escaped HTML, so a feed reader shows it as text', () => {
    const xml = readFileSync(join(root, 'dist/feed.xml'), 'utf8');
    const titles = [...xml.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]!);
    expect(titles.some((t) => t.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
    expect(titles.some((t) => t.includes(SCRIPT))).toBe(false);
  });
});
