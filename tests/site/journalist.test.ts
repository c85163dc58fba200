// The site as a journalist checks it: what falls due when (/deadlines/), who copied whose
// wording (/compare/, the counts that link there, the character diffs), agency tables to
// sort and download, a chart per place, the Atom feed, the JSON Schemas of the open data,
// and a /quality/ page that leads from every problem to where it is. Expected values are
// read from the sources (钟祥 work list, 天门 gazette), named in the comments.
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Agency, Document } from '../../pipeline/schema.ts';
import { measures, useHarness } from '../search/helpers.ts';

const h = useHarness();
const WORKLIST = '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/';
const documents: Document[] = JSON.parse(readFileSync('content/generated/documents.json', 'utf8'));
const agencies: Agency[] = JSON.parse(readFileSync('content/generated/agencies.json', 'utf8'));
const page = () => h.page;
const go = (path: string) => page().goto(h.server.url + path);
const hrefs = (selector: string) => page().$$eval(selector, (as) => as.map((a) => a.getAttribute('href') ?? ''));

describe('/deadlines/', () => {
  it('groups by month in time order, then 持续推进, with counts that add up per place', async () => {
    await go('/deadlines/');
    const groups = await page().$$eval('table.deadline-overview tbody tr', (trs) =>
      (trs as HTMLTableRowElement[]).map((tr) => [
        tr.cells[0]!.textContent!.trim(),
        Number(tr.cells[1]!.textContent),
        tr.cells[2]!.textContent!.trim(),
      ]),
    );
    const labels = groups.map((g) => g[0]);
    // 钟祥 row 7 (2022年6月, source line 103) before row 1's 2022年12月; 持续推进 after every date.
    expect(labels.indexOf('2022年6月')).toBeLessThan(labels.indexOf('2022年12月'));
    expect(labels.indexOf('2022年12月')).toBeLessThan(labels.indexOf('持续推进'));
    expect(labels.at(-1)).toBe('未写明');
    expect(groups.reduce((n, g) => n + (g[1] as number), 0)).toBe(measures.length);
    for (const [, count, places] of groups) {
      const sum = [...(places as string).matchAll(/ (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(sum).toBe(count);
    }
  });

  it('lists 钟祥第43项 (首贷户, 银保监钟祥监管组, 持续推进 — source lines 540–551) under its agency', async () => {
    await go('/deadlines/');
    const row = page().locator('[id="d-ongoing-zhongxiang"] ~ .table-scroll tr', {
      has: page().locator('a[href="/agencies/zhongxiang/yinbaojianzhongxiangjianguanzu/"]'),
    });
    expect(await row.locator(`a[href="${WORKLIST}43/"]`).count()).toBe(1);
    // The month links to the search page filtered to it (browse mode).
    await page().click('a:text-is("在搜索页按“2022年6月”筛选")');
    await page().waitForURL('**/search/?deadline=*');
    await page().waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    const urls = await hrefs('#search-list .search-card-title a');
    expect(urls).toContain(`${WORKLIST}7/`);
  });
});

describe('copied wording', () => {
  it('the work list’s counts link to /compare/, whose lists hold exactly that many rows, most copied first', async () => {
    await go(WORKLIST);
    const links = await page().$$eval('main p a[href^="/compare/#"]', (as) =>
      as.map((a) => [a.getAttribute('href')!, Number(a.textContent!.match(/^(\d+)/)![1])] as const),
    );
    expect(links.map(([href]) => href.split('#')[1])).toEqual([
      'zhongxiang-2022-wenzhu-jingji-qingdan-identical',
      'zhongxiang-2022-wenzhu-jingji-qingdan-near-identical',
      'zhongxiang-2022-wenzhu-jingji-qingdan-adapted',
      'zhongxiang-2022-wenzhu-jingji-qingdan-own',
    ]);
    await go('/compare/');
    let previous = 101;
    for (const [href, count] of links) {
      const id = href.split('#')[1]!;
      const rows = await page().$$eval(`[id="${id}"] ~ .table-scroll tbody tr`, (trs) =>
        (trs as HTMLTableRowElement[]).map(
          (tr) => [tr.cells[0]!.querySelector('a')!.getAttribute('href')!, Number(tr.cells[2]!.textContent!.replace('%', ''))] as const,
        ),
      );
      expect(rows, id).toHaveLength(count);
      for (const [, percent] of rows) {
        expect(percent).toBeLessThanOrEqual(previous);
        previous = percent;
      }
    }
    // 钟祥第7项 repeats 荆门第7项 but for 合理安排债券发行，: near-identical, not identical.
    expect(await hrefs('[id="zhongxiang-2022-wenzhu-jingji-qingdan-near-identical"] ~ .table-scroll a')).toContain(`${WORKLIST}7/#chain-h`);
  });

  it('the measure page shows what 钟祥第7项 left out of 荆门第7项, struck through, with a legend in words', async () => {
    await go(`${WORKLIST}7/`);
    const diff = page().locator('.wording-diff');
    expect(await diff.locator('.diff-text del').allTextContents()).toEqual(['［删去：合理安排债券发行，］']);
    expect(await diff.locator('.diff-text ins').count()).toBe(0);
    expect(await diff.locator('.diff-legend').textContent()).toContain('逐字对比（荆门市第7项 → 钟祥市第7项）');
    expect(await diff.locator('.diff-legend').textContent()).toContain('（删除线）为上一级原文有、本级删去的文字');
    // Readable without colour: the deletion is struck through, not only tinted.
    const style = await diff.locator('.diff-text del').evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toBe('line-through');
  });

  it('the chain page lists its rows by verdict, each count a link to its list, with the diffs', async () => {
    // 中央政策 9: 钟祥 45 and 46 rewrite 荆门 42 (推进各县（市、区）政府采购部门…); 41–44 say 严格按政策要求完成此项工作.
    await go(`${WORKLIST}policy-9/`);
    const counts = await page().$$eval('#wording-h + p a[href^="#wording-"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(counts).toEqual(['#wording-identical', '#wording-near-identical', '#wording-adapted', '#wording-own']);
    const adapted = await page().$$eval('[id="wording-adapted"] ~ ol .card-title a', (as) => as.map((a) => a.textContent));
    expect(adapted).toEqual(['钟祥市第46项', '钟祥市第45项']);
    expect(await page().locator('[id="wording-adapted"] ~ ol del', { hasText: '各县（市、区）' }).count()).toBeGreaterThan(0);
  });
});

describe('agency pages', () => {
  it('name each item by its subject, sort by amount, and offer a CSV of everything the agency leads and shares', async () => {
    await go('/agencies/zhongxiang/caizhengju/');
    const names = await page().$$eval('#led + .table-scroll tbody tr td:first-child a', (as) => as.map((a) => a.textContent!.trim()));
    // 钟祥第7项 (市财政局 leads, source line 101): 抢抓我省今年对专项债券发行开通“绿色通道”的政策机遇…
    expect(names.find((n) => n.startsWith('钟祥市第7项 '))).toMatch(/^钟祥市第7项 抢抓我省今年对专项债券发行/);
    expect(names.every((n) => /^钟祥市第\d+项 \S/.test(n))).toBe(true);
    await page().click('#led + .table-scroll th[data-key="amount"] button');
    const values = await page().$$eval('#led + .table-scroll tbody tr td.amounts', (tds) =>
      tds.map((td) => (td as HTMLElement).dataset['value'] ?? ''),
    );
    const numbers = values.filter((v) => v !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(values.slice(numbers.length).every((v) => v === '')).toBe(true);

    const csvHref = await page().getAttribute('a[href$="measures.csv"]', 'href');
    expect(csvHref).toBe('/agencies/zhongxiang/caizhengju/measures.csv');
    const csv = readFileSync('dist/agencies/zhongxiang/caizhengju/measures.csv', 'utf8');
    const lines = csv.trim().split('\r\n');
    const led = measures.filter((m) => m.lead.includes('zhongxiang-caizhengju')).length;
    const shared = measures.filter((m) => m.responsible.includes('zhongxiang-caizhengju')).length;
    expect(lines.filter((l) => l.startsWith('lead,'))).toHaveLength(led);
    expect(lines.filter((l) => l.startsWith('responsible,'))).toHaveLength(shared);
    expect(csv).toContain(`lead,zhongxiang-2022-wenzhu-jingji-qingdan-7,https://zhengce.example.org${WORKLIST}7/,钟祥市第7项`);
  });

  it('the place page charts measures led and shared per agency as a build-time SVG, numbers in the bars’ rows', async () => {
    await go('/places/zhongxiang/');
    const chart = page().locator('figure.agency-chart svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').textContent()).toBe('钟祥市各单位牵头、参与的措施数');
    const led = measures.filter((m) => m.lead.includes('zhongxiang-caizhengju')).length;
    const shared = measures.filter((m) => m.responsible.includes('zhongxiang-caizhengju')).length;
    expect(await chart.locator('desc').textContent()).toContain(`市财政局：牵头 ${led} 项，参与 ${shared} 项`);
    expect(await chart.locator('.chart-value').first().textContent()).toBe(`${led} · ${shared}`);
    // Drawn at build time: the page loads no script for it.
    const html = readFileSync('dist/places/zhongxiang/index.html', 'utf8');
    expect(html).toContain('<svg');
    expect(await page().$$eval('script[src]', (s) => s.map((x) => x.getAttribute('src')))).toEqual([]);
  });

  it('a place whose agencies are all unconfirmed (钟楼区) gets its chart too, and every place page builds', async () => {
    await go('/places/zhonglou/');
    expect(await page().locator('figure.agency-chart svg').count()).toBe(1);
    const places = new Set(agencies.map((a) => a.jurisdiction));
    for (const place of places) expect(existsSync(`dist/places/${place}/index.html`), place).toBe(true);
  });
});

describe('feed and schemas', () => {
  const xml = readFileSync('dist/feed.xml', 'utf8');
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
    id: m[1]!.match(/<id>(.*?)<\/id>/)![1]!,
    updated: m[1]!.match(/<updated>(.*?)<\/updated>/)![1]!,
  }));

  it('the Atom feed lists every document once, those signed on a known day newest first', () => {
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(entries.map((e) => new URL(e.id).pathname).sort()).toEqual(documents.map((d) => d.url).sort());
    const dated = documents.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date ?? '')).sort((a, b) => b.date!.localeCompare(a.date!));
    // 谯城区's task breakdown, a saved page published 2025-03-28 (its 发布日期), is the newest; then
    // 天津 津政办规〔2023〕4号, signed 2023年4月11日; 天门 天政发〔2023〕1号 (2023年1月6日) comes after 天政办发〔2023〕1号 (1月9日).
    expect(new URL(entries[0]!.id).pathname).toBe('/docs/qiaocheng-2025-03-28-qcq2025nzfgzbgzd/');
    expect(new URL(entries[1]!.id).pathname).toBe('/docs/jinzhengbangui-2023-4/');
    expect(entries.slice(0, dated.length).map((e) => new URL(e.id).pathname)).toEqual(dated.map((d) => d.url));
    const order = entries.map((e) => new URL(e.id).pathname);
    expect(order.indexOf('/docs/tianzhengbanfa-2023-1/')).toBeLessThan(order.indexOf('/docs/tianzhengfa-2023-1/'));
    expect(entries[0]!.updated).toBe('2025-03-28T00:00:00.000Z');
    expect(entries[1]!.updated).toBe('2023-04-11T00:00:00.000Z');
  });

  it('every page announces the feed', async () => {
    await go('/');
    expect(await page().getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe('/feed.xml');
  });

  it('each open-data JSON file validates against its JSON Schema, linked from /data/; a wrong record does not', async () => {
    await go('/data/');
    const linked = await hrefs('a[href$=".schema.json"]');
    expect(linked).toEqual([
      '/data/measures.schema.json',
      '/data/agencies.schema.json',
      '/data/documents.schema.json',
      '/data/issues.schema.json',
    ]);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const href of linked) {
      const schema = JSON.parse(readFileSync(`dist${href}`, 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const validate = ajv.compile(schema);
      const data = JSON.parse(readFileSync(`dist${href.replace('.schema', '')}`, 'utf8'));
      expect(validate(data), `${href}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    const measuresSchema = ajv.getSchema('https://zhengce.example.org/data/measures.schema.json')!;
    const data = JSON.parse(readFileSync('dist/data/measures.json', 'utf8'));
    const withAmount = data.find((m: { amounts: unknown[] }) => m.amounts.length > 0);
    withAmount.amounts[0].kind = 'gift';
    expect(measuresSchema(data)).toBe(false);
    expect(JSON.stringify(measuresSchema.errors)).toContain('/amounts/0/kind');
  });
});

describe('/quality/', () => {
  it('reports the garbled 每家奖励6万元5万元 (天门 gazette line 81), linked to its line and to （十一）', async () => {
    await go('/quality/');
    const row = page().locator('[id="amount-unsure"] ~ .table-scroll tr', { hasText: '6万元5万元' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('a', { hasText: '第81行' }).getAttribute('href')).toBe('/docs/tianzhengfa-2023-1/#3-11');
    expect(await row.locator('td[data-label="措施"] a').getAttribute('href')).toBe('/docs/tianzhengfa-2023-1/3-11/');
    expect(await row.locator('td[data-label="措施"] a').textContent()).toBe('（十一）');
  });

  it('lists every alias merge with its reason and every note shown on a measure page', async () => {
    await go('/quality/');
    const aliases = await page().$$eval('#aliases + p + .table-scroll tbody tr', (trs) =>
      (trs as HTMLTableRowElement[]).map((tr) => [tr.cells[0]!.textContent, tr.cells[2]!.textContent]),
    );
    expect(aliases).toHaveLength(agencies.reduce((n, a) => n + a.aliases.length, 0));
    // content/agencies.yaml: 人行市钟祥支行 is a typo of the source (one 市 too many).
    expect(aliases).toContainEqual(['人行市钟祥支行', '源文件笔误，多一个“市”字；钟祥只有一家人民银行支行']);
    expect(await page().textContent('#errata')).toBe(`措施页上的说明（${measures.reduce((n, m) => n + m.notes.length, 0)}）`);
  });

  it('links every anomaly with a line to a place that exists', async () => {
    await go('/quality/');
    const lineLinks = await page().$$eval('td[data-label="位置"] a', (as) =>
      as.filter((a) => /第\d+行/.test(a.textContent ?? '')).map((a) => a.getAttribute('href')!),
    );
    expect(lineLinks.length).toBeGreaterThan(100);
    expect(lineLinks.every((href) => href.startsWith('/docs/'))).toBe(true);
  });
});
