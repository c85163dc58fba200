// What a journalist searches for beyond the measures: words and amounts that only the
// 中央/省/荆门 texts of the work list print (shown on the central-policy chain page) or
// that a section heading prints (shown at its anchor); and amounts with their kind, sorted
// by 补贴/奖励 alone when asked.
import { describe, expect, it } from 'vitest';
import { allResults, measures, passages, resultUrls, search, settled, useHarness } from './helpers.ts';

const h = useHarness();
const CHAIN = '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-';

describe('texts above the work list’s measures', () => {
  it('首贷户 (only in the 省 and 荆门 texts of 中央政策 9) finds that chain page', async () => {
    // No measure of the work list prints it: the local measures say 严格按政策要求完成此项工作.
    expect(measures.some((m) => m.text.includes('首贷户'))).toBe(false);
    const urls = await allResults(h, '首贷户');
    expect(urls).toContain(`${CHAIN}9/`);
    await h.page.click(`#search-list a[href="${CHAIN}9/"]`);
    await h.page.waitForURL(`**${CHAIN}9/`);
    expect(await h.page.textContent('main')).toContain('努力提升小微企业贷款户中首贷户的比重');
  });

  it('1420亿元 (the 中央 text of 中央政策 1: 预计新增留抵退税1420亿元) is found as an amount, and 1420亿 too', async () => {
    expect(await allResults(h, '1420亿元')).toEqual([`${CHAIN}1/`]);
    expect(await allResults(h, '1420亿')).toEqual([`${CHAIN}1/`]);
    const card = await h.page.textContent('#search-list .search-card');
    expect(card).toContain('1420亿元');
    expect(card).toContain('中央政策 1：进一步加大增值税留抵退税政策力度');
  });

  it('the chain page indexes each text once: 荆门 40 repeats the 省 text word for word', async () => {
    await search(h.page, h.server.url, '首贷户');
    // Pagefind's own record of the page's indexed text (a string, so that Vite leaves the import alone).
    const content: string = await h.page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      for (const r of (await pf.search('首贷户')).results) {
        const d = await r.data();
        if (d.url === '${CHAIN}9/') return d.content;
      }
      return '';
    })()`);
    expect(content.split('努力提升小微企业贷款户中首贷户的比重').length - 1).toBe(1);
    // The local measure (钟祥第43项, indexed on its own page) is not indexed here again.
    expect(content).not.toContain('严格按政策要求完成此项工作');
  });

  it('a section heading’s amount leads to its anchor: 76亿元 (天政办函〔2023〕5号 （七）)', async () => {
    expect(await allResults(h, '76亿元')).toEqual(['/docs/tianzhengbanhan-2023-5/#2-7']);
    await h.page.click('#search-list .search-card-title a');
    await h.page.waitForURL('**/docs/tianzhengbanhan-2023-5/#2-7');
    // The heading's short title carries the anchor; its long text follows it as a paragraph.
    expect(await h.page.textContent('[id="2-7"]')).toBe('(七)全力开展金融助企惠融资活动。');
    expect(await h.page.textContent('[id="2-7"] + p')).toContain('力争全年新增贷款76亿元以上');
  });
});

describe('amount kinds on cards and in the amount sort', () => {
  it('cards say what each amount is', async () => {
    await search(h.page, h.server.url, '100万元以上', { sort: 'amount-desc' });
    const first = await h.page.textContent('#search-list .search-card-meta');
    // 天门 天政办函〔2023〕5号 (七) is a 目标: 力争全年新增贷款76亿元以上 — not money handed out.
    expect(first).toMatch(/亿元（目标）|亿元（资金\/预算）/);
  });

  it('sorting by 补贴/奖励 high to low starts with the largest award, not an investment target', async () => {
    const all = await allResults(h, '100万元以上', { sort: 'amount-desc' });
    const subsidies = await allResults(h, '100万元以上', { sort: 'subsidy-desc' });
    expect(subsidies.length).toBeGreaterThan(0);
    expect(subsidies.length).toBeLessThan(all.length);
    const kinds = await h.page.$$eval('#search-list .search-card-meta dd', (dds) =>
      dds.filter((d) => d.querySelector('mark')).map((d) => d.textContent ?? ''),
    );
    // Every marked (matching) amount of every card is an award.
    for (const k of kinds) expect(k).toContain('（补贴/奖励）');
    // The first grants the largest award of the corpus.
    // (中央政策 19's 中央 text, on its chain page: 在前期已发放200亿元农资补贴的基础上…)
    const pages = [...measures, ...passages];
    const awards = (p: (typeof pages)[number]) =>
      p.amounts.filter((a) => a.kind === 'subsidy' && a.yuan !== null).map((a) => a.valueMax ?? a.yuan!);
    expect(Math.max(...awards(pages.find((p) => p.url === subsidies[0])!))).toBe(Math.max(...pages.flatMap(awards)));
  });

  it('sorting words by 补贴/奖励 lists only pages granting one, in that order', async () => {
    await search(h.page, h.server.url, '企业', { sort: 'subsidy-desc' });
    await settled(h.page);
    const urls = await resultUrls(h.page);
    expect(urls.length).toBeGreaterThan(0);
    const top = (url: string) =>
      Math.max(
        ...measures
          .find((m) => m.url === url)!
          .amounts.filter((a) => a.kind === 'subsidy')
          .map((a) => a.valueMax ?? a.yuan ?? 0),
      );
    const values = urls.map(top);
    expect(values.every((v) => v > 0)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
