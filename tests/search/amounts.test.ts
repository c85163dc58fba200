// Amount search is exact and unit-aware: for each query the result set is exactly the
// measures printing a matching amount (computed here from the extracted amounts), written
// however the source wrote it, and never a neighbouring value.
import { describe, expect, it } from 'vitest';
import {
  allResults,
  measureSaying,
  measures,
  measuresWithAmount,
  passages,
  resultUrls,
  search,
  settled,
  statusText,
  useHarness,
} from './helpers.ts';

const h = useHarness();

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, a, b);
const CNY = (test: (lo: number, hi: number) => boolean) =>
  measuresWithAmount((a) => a.currency === 'CNY' && test(a.value, a.valueMax ?? a.value));
const equalsValue = (v: number) => CNY((lo, hi) => near(lo, v) || near(hi, v) || (lo < v && v < hi));
const inRange = (min: number, max: number) => CNY((lo, hi) => hi >= min && lo <= max);

describe('result sets are exactly the measures printing the amount', () => {
  const cases: Array<[string, Set<string>]> = [
    ['500元', equalsValue(500)],
    ['1000元', equalsValue(1000)],
    ['5万元', equalsValue(50000)],
    ['50万', equalsValue(500000)],
    ['100万元', equalsValue(1e6)],
    ['2000万元', equalsValue(2e7)],
    ['10亿元', equalsValue(1e9)],
    ['300万美元', measuresWithAmount((a) => a.currency === 'USD' && near(a.value, 3e6))],
    ['10万-50万', inRange(1e5, 5e5)],
    ['100万元以上', inRange(1e6, Infinity)],
    ['不超过5000元', inRange(0, 5000)],
  ];
  it.each(cases)('%s', async (q, expected) => {
    expect(expected.size).toBeGreaterThan(0);
    const urls = await allResults(h, q);
    expect(new Set(urls)).toEqual(expected);
    expect(urls).toHaveLength(expected.size);
    expect(await statusText(h.page)).toContain(`找到 ${expected.size} 条结果`);
  });
});

describe('units and neighbours', () => {
  it('5万元, 50000元, 50000 元 and ５万元 are the same search', async () => {
    const a = await allResults(h, '5万元');
    for (const q of ['50000元', '50000 元', '５万元', '五万元', '0.0005亿元']) expect(await allResults(h, q), q).toEqual(a);
  });
  it('1000元 never lists a measure whose only near amount is 10000元 or 1000万元', async () => {
    const urls = await allResults(h, '1000元');
    expect(urls).not.toContain(measureSaying('省外4000元/次')); // 2000元/次, 4000元/次, 10000元/次
    expect(urls).not.toContain(measureSaying('税收过千万元企业6家'));
    // and every card marks a 1000元 figure
    const marked = await h.page.$$eval('#search-list .search-card', (cards) =>
      cards.map((c) => [...c.querySelectorAll('.search-card-meta mark')].map((m) => m.textContent)),
    );
    for (const m of marked) expect(m).toContain('1000元');
  });
  it('500元 lists the 500元/人 measure first', async () => {
    const urls = await allResults(h, '500元');
    expect(urls[0]).toBe(measureSaying('按500元/人的标准给予推荐者补贴'));
    // Plain text search would have put 5000万元 or 500亿元 here; exact search lists neither.
    expect(urls).not.toContain(measureSaying('投资过100亿元项目1个、50亿元项目4个'));
  });
  it('an amount inside a printed range finds that range (1.5亿元 in 1亿元至10亿元), and nothing else', async () => {
    expect(await allResults(h, '1.5亿元')).toEqual([measureSaying('1亿元至10亿元项目2个')]);
  });
  it('an amount that no measure prints finds nothing and offers the nearest amounts', async () => {
    await search(h.page, h.server.url, '600元');
    expect(await resultUrls(h.page)).toEqual([]);
    const links = await h.page.$$eval('#search-none a', (as) => as.map((a) => a.textContent));
    expect(links).toEqual(expect.arrayContaining(['500元', '1000元', '600元以上']));
    await h.page.click('#search-none a:text-is("500元")');
    await settled(h.page);
    expect(new URL(h.page.url()).searchParams.get('q')).toBe('500元');
    expect((await resultUrls(h.page))[0]).toBe(measureSaying('按500元/人的标准给予推荐者补贴'));
  });
});

describe('sorting amount results', () => {
  const matched = async () =>
    h.page.$$eval('#search-list .search-card', (cards) =>
      cards.map((c) => [...c.querySelectorAll('.search-card-meta mark')].map((m) => m.textContent ?? '')),
    );
  // The value a card sorts by: its highest matched amount (a range by its top) going down,
  // its lowest (a range by its bottom) going up.
  const sortValue = (url: string, figures: string[], desc: boolean) => {
    const m = [...measures, ...passages].find((x) => x.url === url)!;
    const hit = m.amounts.filter((a) => figures.includes(a.figure));
    return desc ? Math.max(...hit.map((a) => a.valueMax ?? a.value)) : Math.min(...hit.map((a) => a.value));
  };
  it('by matched amount, high to low and low to high', async () => {
    for (const [sort, ok] of [
      ['amount-desc', (a: number, b: number) => a >= b],
      ['amount-asc', (a: number, b: number) => a <= b],
    ] as const) {
      const urls = await allResults(h, '100万元以上', { sort });
      const figures = await matched();
      const values = urls.map((u, i) => sortValue(u, figures[i]!, sort === 'amount-desc'));
      for (let i = 1; i < values.length; i++)
        expect(ok(values[i - 1]!, values[i]!), `${sort} at ${i}: ${values[i - 1]} then ${values[i]}`).toBe(true);
      expect(urls).toHaveLength(inRange(1e6, Infinity).size);
    }
  });
});
