// Accessibility: axe-core finds zero violations on every page type, at desktop
// and phone width; the keyboard reaches the skip link first, it moves focus to
// <main>, and focus is visibly outlined.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteContext, type GuardedContext } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { axeRuleIds, axeViolations } from '../support/axe.ts';

// One page of every type.
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'documents index': '/docs/',
  'document: work list': '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/',
  'document: gazette': '/docs/tianzhengfa-2023-1/',
  'document: gazette plan with deep numbering': '/docs/tianzhengbanfa-2023-2/',
  'measure: gazette': '/docs/tianzhengfa-2023-1/2-7/',
  'measure: work list': '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/',
  'policy chain': '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-7/',
  'agencies index': '/agencies/',
  agency: '/agencies/zhongxiang/caizhengju/',
  'places index': '/places/',
  place: '/places/zhongxiang/',
  'place without documents of its own': '/places/zhongyang/',
  'measure: work list, with a diff': '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/7/',
  'measure: work list, own wording (diff folded)': '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/43/',
  'place with unconfirmed agencies only': '/places/zhonglou/',
  deadlines: '/deadlines/',
  compare: '/compare/',
  data: '/data/',
  quality: '/quality/',
  about: '/about/',
  '404': '/no-such-page/',
};

let server: StaticServer;
let browser: Browser;
const contexts: GuardedContext[] = [];
const pageAt: Record<number, Page> = {};

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchBrowser();
  for (const width of [1280, 390]) {
    const guard = await siteContext(browser, server.url, { viewport: { width, height: 900 } });
    contexts.push(guard);
    pageAt[width] = await guard.context.newPage();
  }
});

afterAll(async () => {
  for (const g of contexts) expect(g.offsite).toEqual([]);
  await browser?.close();
  await server?.close();
});

async function axe(page: Page, path: string): Promise<string[]> {
  await page.goto(server.url + path);
  return axeViolations(page);
}

describe('axe-core', () => {
  for (const width of [1280, 390]) {
    it.each(Object.entries(PAGE_TYPES))(`%s at ${width}px has zero violations`, async (_type, path) => {
      expect(await axe(pageAt[width]!, path)).toEqual([]);
    });
  }
  it('reports a violation when there is one (the check is live)', async () => {
    const page = pageAt[1280]!;
    await page.goto(server.url + '/about/');
    await page.evaluate(() => {
      document.querySelector('main h1')!.insertAdjacentHTML('afterend', '<img src="/favicon.svg"><a href="/"></a>');
    });
    const ids = await axeRuleIds(page);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
  });
});

describe('keyboard', () => {
  it('reaches the skip link first; it is visible when focused and moves focus to main', async () => {
    const page = pageAt[1280]!;
    await page.goto(server.url + '/docs/tianzhengfa-2023-1/2-7/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      const s = getComputedStyle(a);
      return {
        text: a.textContent,
        href: a.getAttribute('href'),
        left: r.left,
        top: r.top,
        width: r.width,
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
      };
    });
    expect(skip).toMatchObject({ text: '跳到正文', href: '#main', outline: 'solid 3px' });
    expect(skip.left).toBeGreaterThanOrEqual(0);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.width).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main') && document.activeElement?.tagName)).toBe('A');
  });

  it('outlines every focusable control it tabs through', async () => {
    const page = pageAt[1280]!;
    await page.goto(server.url + '/docs/tianzhengfa-2023-1/2-7/');
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        if (a === document.body) return null; // tabbed past the end of the page
        const s = getComputedStyle(a);
        return {
          what: `${a.tagName} ${(a.textContent || (a as HTMLInputElement).placeholder || '').trim().slice(0, 20)}`,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      if (!f) break;
      expect(f.outline, f.what).toBe(true);
      seen.push(f.what);
    }
    // The walk covered the header search, the agencies, the copy buttons and the footer.
    expect(seen.length).toBeGreaterThan(20);
    expect(seen).toEqual(
      expect.arrayContaining(['INPUT 搜索：补贴、1000元、市财政局…', 'A 市交通运输局', 'BUTTON 复制链接', 'A 关于本站']),
    );
  });
});
