// /amounts/ as a journalist uses it: "which measures give 100万元 or more?" — the whole
// table without JavaScript; with it, filters by kind, place and range, sorting, the state in
// the URL, and a CSV of exactly the rows in view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measures, useHarness } from '../search/helpers.ts';
import { axeViolations } from '../support/axe.ts';

const h = useHarness();
const allAmounts = measures.flatMap((m) => m.amounts.map((a) => ({ m, a })));

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${h.server.url}/amounts/${query}`);
  await page.waitForFunction(() => (document.querySelector('.explorer-status')?.textContent ?? '') !== '');
}
const visible = (page: Page) =>
  page.$$eval('.amount-table tbody tr:not([hidden])', (trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({
      key: tr.dataset['key']!,
      yuan: (tr.cells[0] as HTMLElement).dataset['value'] ?? '',
      figure: tr.cells[1]!.querySelector('b')!.textContent!,
      kind: tr.cells[3]!.textContent!.trim(),
      place: tr.cells[6]!.textContent!.trim(),
    })),
  );

describe('without JavaScript', () => {
  it('the whole table is there, largest yuan first', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/amounts/`);
    const rows = await page.$$eval('.amount-table tbody tr', (trs) =>
      (trs as HTMLTableRowElement[]).map((tr) => (tr.cells[0] as HTMLElement).dataset['value'] ?? ''),
    );
    expect(rows).toHaveLength(allAmounts.length);
    const yuan = rows.filter((v) => v !== '').map(Number);
    expect(yuan).toEqual([...yuan].sort((a, b) => b - a));
    // 天门 天政办发〔2023〕1号 3-38: 新签约500亿元以上项目 — the largest figure, a target.
    expect(await page.textContent('.amount-table tbody tr:first-child')).toContain('500亿元');
    expect(await page.textContent('.amount-table tbody tr:first-child')).toContain('目标');
    expect(await page.isVisible('form.explorer-filters')).toBe(false);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('filtered to 补贴/奖励 and sorted high to low, it starts with a subsidy: 天津 给予最高5000万元支持', async () => {
    const page = h.page;
    await open(page);
    await page.selectOption('#amounts-kind', 'subsidy');
    await page.click('th[data-key="yuan"] button');
    expect(await page.getAttribute('th[data-key="yuan"]', 'aria-sort')).toBe('descending');
    const rows = await visible(page);
    expect(rows).toHaveLength(allAmounts.filter((x) => x.a.kind === 'subsidy').length);
    expect(rows.every((r) => r.kind === '补贴/奖励')).toBe(true);
    expect(rows[0]!.figure).toBe('5000万元');
    expect(measures.find((m) => rows[0]!.key.startsWith(m.id + '#'))!.text).toContain('给予最高5000万元支持');
    expect(await page.textContent('.explorer-status')).toBe(`显示 ${rows.length} 笔金额，共 ${allAmounts.length} 笔`);
    // The view is in the URL: reloading it gives the same rows.
    expect(new URL(page.url()).search).toBe('?kind=subsidy&sort=yuan&dir=descending');
    await open(page, '?kind=subsidy&sort=yuan&dir=descending');
    expect((await visible(page)).map((r) => r.key)).toEqual(rows.map((r) => r.key));
  });

  it('sorts low to high on a second click, amounts in other currencies last', async () => {
    const page = h.page;
    await open(page, '?sort=yuan&dir=descending');
    await page.click('th[data-key="yuan"] button');
    expect(await page.getAttribute('th[data-key="yuan"]', 'aria-sort')).toBe('ascending');
    const rows = await visible(page);
    const yuan = rows.map((r) => r.yuan);
    const numbers = yuan.filter((v) => v !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(yuan.slice(numbers.length).every((v) => v === '')).toBe(true);
  });

  it('filters by place and by a range written as money (100万 to 1亿)', async () => {
    const page = h.page;
    await open(page);
    await page.selectOption('#amounts-place', 'tianmen');
    await page.fill('#amounts-min', '100万');
    await page.fill('#amounts-max', '1亿');
    const rows = await visible(page);
    const expected = allAmounts.filter(
      ({ m, a }) => m.jurisdiction === 'tianmen' && a.yuan !== null && (a.valueMax ?? a.yuan) >= 1e6 && a.yuan <= 1e8,
    );
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r.place === '天门市')).toBe(true);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ place: 'tianmen', min: '100万', max: '1亿' });
    // An unreadable bound is said so, and filters nothing.
    await page.fill('#amounts-max', '很多');
    expect(await page.getAttribute('#amounts-max', 'aria-invalid')).toBe('true');
    expect(await page.isVisible('.explorer-invalid')).toBe(true);
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => document.querySelectorAll('.amount-table tbody tr[hidden]').length === 0);
    expect(await page.isVisible('.explorer-invalid')).toBe(false);
  });

  it('filters by validity: 已到期 keeps the textile opinion’s awards (天政发〔2023〕1号, 有效期暂定3年 from 2023-01-06)', async () => {
    const page = h.page;
    await open(page, '?kind=subsidy&validity=expired');
    const rows = await visible(page);
    const expected = allAmounts.filter(({ m, a }) => a.kind === 'subsidy' && m.validity.status === 'expired');
    expect(rows).toHaveLength(expected.length);
    expect(expected.some(({ m }) => m.document === 'tianzhengfa-2023-1')).toBe(true);
    const cells = await page.$$eval('.amount-table tbody tr:not([hidden]) td[data-label="有效期"]', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(cells.every((c) => c!.startsWith('已到期'))).toBe(true);
  });

  it('downloads a CSV of exactly the rows in view, in their order', async () => {
    const page = h.page;
    await open(page, '?kind=threshold&sort=yuan&dir=ascending');
    const rows = await visible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-csv]')]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFyuan,yuan_max,value,currency,figure,raw,per,kind')).toBe(true);
    const lines = text.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(rows.length);
    // Column 10 is the measure id; each line is the row in view at its place.
    const ids = lines.map((l) => l.match(/,(?:true|false),([a-z0-9-]+),/)![1]);
    expect(ids).toEqual(rows.map((r) => r.key.split('#')[0]));
    expect(lines.every((l) => l.includes(',threshold,'))).toBe(true);
  });
});

describe('accessibility', () => {
  for (const width of [1280, 390]) {
    it(`has no axe violations at ${width}px, with and without a filter`, async () => {
      const context = await h.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await open(page);
      expect(await axeViolations(page)).toEqual([]);
      await open(page, '?kind=subsidy&min=abc');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
