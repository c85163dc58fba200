// A reader in Chromium over the built site: open measures by permalink, follow
// agency, document and chain links, land on item anchors, step through
// previous/next, copy the link and the citation, hit an unknown URL. Every
// request that leaves the site is blocked and fails the test; so does any
// same-site request that errors, any script error and any dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { launchBrowser, siteContext, type GuardedContext } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';

const SITE = new URL(config.site!).origin;
let server: StaticServer;
let browser: Browser;
let guard: GuardedContext;
let page: Page;
const failures: string[] = [];
const visited = new Set<string>();

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchBrowser();
  guard = await siteContext(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await guard.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await guard.context.newPage();
  page.on('pageerror', (e) => failures.push(`script error: ${e.message}`));
  page.on('dialog', (d) => {
    failures.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) visited.add(new URL(f.url()).pathname);
  });
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.status() >= 400 && path !== '/no-such-page/') failures.push(`${r.status()} ${path}`);
  });
});

afterEach(() => {
  expect(guard.offsite, 'off-site requests').toEqual([]);
  expect(failures).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (path: string) => {
  const response = await page.goto(server.url + path);
  return response!;
};
const here = () => new URL(page.url()).pathname + new URL(page.url()).hash;
const h1 = () => page.locator('h1').innerText();
/** The <dd> after the <dt> with this text in the measure's fact list. */
const fact = (label: string) =>
  page.locator('dl.meta-list dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
const linksIn = (scope: ReturnType<Page['locator']>) =>
  scope.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));

describe('a gazette measure: /docs/tianzhengfa-2023-1/2-7/', () => {
  it('shows item (七) with its amounts highlighted and its agencies linked', async () => {
    expect((await open('/docs/tianzhengfa-2023-1/2-7/')).status()).toBe(200);
    expect(await h1()).toBe('（七） 降低物流成本');
    const text = page.locator('article > .source-text');
    expect(await text.locator('mark').allInnerTexts()).toEqual(['0.2元', '100万元']);
    expect(await text.evaluate((el) => el.innerHTML)).toContain('按实际发货量每单补贴<mark class="amount">0.2元</mark>(不含口罩等纺织品)');
    expect(await fact('牵头单位').innerText()).toBe('未写明');
    expect(await linksIn(fact('责任单位'))).toEqual([
      ['市交通运输局', '/agencies/tianmen/jiaotongyunshuju/'],
      ['市商务局', '/agencies/tianmen/shangwuju/'],
      ['市财政局', '/agencies/tianmen/caizhengju/'],
    ]);
    expect(await fact('完成时限').innerText()).toBe('未写明');
    expect(await fact('金额').innerText()).toBe('每单补贴0.2元（补贴/奖励）；每年最高补贴100万元（补贴/奖励）');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${SITE}/docs/tianzhengfa-2023-1/2-7/`);
  });

  it('follows 责任单位 to the agency, which lists the measure among those it shares', async () => {
    await open('/docs/tianzhengfa-2023-1/2-7/');
    await fact('责任单位').getByRole('link', { name: '市交通运输局' }).click();
    await page.waitForURL('**/agencies/tianmen/jiaotongyunshuju/');
    expect(await h1()).toBe('天门市交通运输局');
    const shared = page.locator('h2#shared + .table-scroll');
    await shared.getByRole('link', { name: '（七） 降低物流成本' }).click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/2-7/');
  });

  it('lands on the provision’s anchor in the document page, highlighted as :target', async () => {
    await open('/docs/tianzhengfa-2023-1/2-7/');
    await fact('出处').getByRole('link').click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/#2-7');
    expect(here()).toBe('/docs/tianzhengfa-2023-1/#2-7');
    expect(await h1()).toBe('市人民政府关于支持纺织服装产业高质量发展的若干意见');
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target');
      const other = document.getElementById('2-6')!;
      const box = t?.getBoundingClientRect();
      return (
        t && {
          id: t.id,
          text: t.textContent!.trim().slice(0, 9),
          bg: getComputedStyle(t).backgroundColor,
          otherBg: getComputedStyle(other).backgroundColor,
          top: box!.top,
          bottom: box!.bottom,
        }
      );
    });
    expect(target).toMatchObject({ id: '2-7', text: '(七)降低物流成本', bg: 'rgb(255, 248, 225)', otherBg: 'rgba(0, 0, 0, 0)' });
    // In view: scrolled to the top of the viewport, give or take the sub-pixel rounding of the scroll position.
    expect(target!.top).toBeGreaterThanOrEqual(-1);
    expect(target!.bottom).toBeLessThanOrEqual(900);
    // …and from the document page back to the measure's own page.
    await page.locator('[id="2-7"]').getByRole('link', { name: '（七）的单独页面' }).click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/2-7/');
  });

  it('steps to the previous and next measure of the same document', async () => {
    await open('/docs/tianzhengfa-2023-1/2-7/');
    await page.locator('a[rel=next]').click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/3-8/');
    expect(await h1()).toBe('（八） 支持返乡创业');
    await page.locator('a[rel=prev]').click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/2-7/');
    await page.locator('a[rel=prev]').click();
    await page.waitForURL('**/docs/tianzhengfa-2023-1/2-6/');
    expect(await h1()).toBe('（六） 社会保险补贴');
  });

  it('copies the link and the citation to the clipboard, with the reader’s own 引用日期', async () => {
    // The reader's clock says 2027-03-01 (Beijing time); the page prints the site's date without JavaScript.
    const reader = await guard.context.newPage();
    await reader.clock.setFixedTime(new Date('2027-03-01T10:00:00+08:00'));
    await reader.goto(server.url + '/docs/tianzhengfa-2023-1/2-7/');
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await reader.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => reader.locator('.copy-status').innerText()).toBe('已复制');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/docs/tianzhengfa-2023-1/2-7/`);
    await reader.getByRole('button', { name: '复制引用' }).click();
    await expect
      .poll(() => reader.evaluate(() => navigator.clipboard.readText()))
      .toBe(
        `天门市人民政府. 《天门市人民政府关于支持纺织服装产业高质量发展的若干意见》（天政发〔2023〕1号）第二部分第（七）条[A/OL]. 载《天门市人民政府公报》2023年第1号（总第44号）. 2023-01-06. ${SITE}/docs/tianzhengfa-2023-1/2-7/（引用日期：2027-03-01）`,
      );
    await reader.close();
  });
});

describe('a work-list measure: /docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/', () => {
  it('shows lead agencies, deadline and the chain of policies above it', async () => {
    expect((await open('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/')).status()).toBe(200);
    expect(await h1()).toBe('钟祥市第1项 强化内部培训');
    expect(await fact('牵头单位').innerText()).toBe('市财政局、市税务局');
    expect(await linksIn(fact('牵头单位'))).toEqual([
      ['市财政局', '/agencies/zhongxiang/caizhengju/'],
      ['市税务局', '/agencies/zhongxiang/shuiwuju/'],
    ]);
    expect(await linksIn(fact('责任单位'))).toEqual([['人行钟祥支行', '/agencies/zhongxiang/renhang-zhongxiang-zhihang/']]);
    expect(await fact('完成时限').innerText()).toBe('2022年12月');
    const levels = await page
      .locator('ol.chain > li')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.split('\n').slice(0, 2).join(' ')));
    expect(levels).toHaveLength(4);
    expect(levels[0]).toBe('中央政策 1 进一步加大增值税留抵退税政策力度');
    expect(levels[1]!.startsWith('省落实举措 全面摸清底数，依托税收大数据')).toBe(true);
    expect(levels[2]!.startsWith('荆门市落实举措 1 全面摸清底数，科学测算每月预计退税金额')).toBe(true);
    expect(levels[3]!.startsWith('钟祥市 · 钟祥市第1项（本条） 强化内部培训')).toBe(true);
    // The chain sits above the citation and below the facts.
    const order = await page.evaluate(() =>
      ['dl.meta-list', 'ol.chain', '#citation'].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('copies the citation of a work-list row (钟祥市第144项) exactly', async () => {
    const reader = await guard.context.newPage();
    await reader.clock.setFixedTime(new Date('2027-03-01T10:00:00+08:00'));
    await reader.goto(server.url + '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/144/');
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await reader.getByRole('button', { name: '复制引用' }).click();
    await expect
      .poll(() => reader.evaluate(() => navigator.clipboard.readText()))
      .toBe(
        `钟祥市人民政府. 《钟祥市贯彻落实中央和省、荆门市扎实稳住经济一揽子政策措施工作清单》钟祥市第144项[A/OL]. 2022. ${SITE}/docs/zhongxiang-2022-wenzhu-jingji-qingdan/144/（引用日期：2027-03-01）`,
      );
    await reader.close();
  });

  it('follows 中央政策 to the four-level chain page, row by row', async () => {
    await open('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/');
    await fact('中央政策').getByRole('link').click();
    await page.waitForURL('**/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-1/');
    expect(await h1()).toBe('中央政策 1：进一步加大增值税留抵退税政策力度');
    expect(await page.locator('table.chain-table thead th').allInnerTexts()).toEqual([
      '中央',
      '湖北省',
      '荆门市',
      '钟祥市',
      '牵头单位',
      '完成时限',
    ]);
    const row = page.locator('table.chain-table tr[id="1"]');
    expect(await linksIn(row)).toEqual([
      ['钟祥市第1项', '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/'],
      ['市财政局', '/agencies/zhongxiang/caizhengju/'],
      ['市税务局', '/agencies/zhongxiang/shuiwuju/'],
    ]);
    await row.getByRole('link', { name: '钟祥市第1项' }).click();
    await page.waitForURL('**/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/');
    // From the measure straight to its row in the table.
    await page.getByRole('link', { name: '在四级对照表中查看这一行 ›' }).click();
    await page.waitForURL('**/policy-1/#1');
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('TR');
  });

  it('follows the document link to the work list, where the row is anchored', async () => {
    await open('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/');
    await page
      .locator('nav.crumbs')
      .getByRole('link', { name: /^钟祥市贯彻落实/ })
      .click();
    await page.waitForURL('**/docs/zhongxiang-2022-wenzhu-jingji-qingdan/');
    expect(await h1()).toBe('钟祥市贯彻落实中央和省、荆门市扎实稳住经济一揽子政策措施工作清单');
    expect(await page.locator('li[id="1"] a').first().getAttribute('href')).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/');
    await open('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/#163');
    expect(await page.evaluate(() => document.querySelector(':target')?.querySelector('a')?.textContent)).toBe('钟祥市第163项');
  });

  it('has a next but no previous measure at the start of the list', async () => {
    await open('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/');
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
    expect(await page.locator('a[rel=next]').getAttribute('href')).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/2/');
  });
});

describe('elsewhere', () => {
  it('answers an unknown URL with the 404 page and links onward', async () => {
    const response = await open('/no-such-page/');
    expect(response.status()).toBe(404);
    expect(await h1()).toBe('找不到这个页面');
    await page.locator('main').getByRole('link', { name: '全部文件' }).click();
    await page.waitForURL('**/docs/');
    expect(await h1()).toBe('全部文件');
  });

  it('is readable with JavaScript turned off', async () => {
    const { context, offsite } = await siteContext(browser, server.url, { javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.url}/docs/tianzhengfa-2023-1/2-7/`);
    expect(await p.locator('h1').innerText()).toBe('（七） 降低物流成本');
    expect(await p.locator('#citation').innerText()).toContain('天政发〔2023〕1号');
    await p.goto(`${server.url}/agencies/zhongxiang/caizhengju/`);
    expect(await p.locator('h1').innerText()).toBe('钟祥市财政局');
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('visited every kind of page on the way', () => {
    expect([...visited].sort()).toEqual(
      expect.arrayContaining([
        '/agencies/tianmen/jiaotongyunshuju/',
        '/docs/tianzhengfa-2023-1/',
        '/docs/tianzhengfa-2023-1/2-7/',
        '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-1/',
        '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/',
        '/no-such-page/',
        '/docs/',
      ]),
    );
  });
});
