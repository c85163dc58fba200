// The search routes over a small fake Pagefind: words match by substring, filters support
// values, { any }, and { all } — enough to check what the engine asks Pagefind and what it
// does with the answers.
import { describe, expect, it } from 'vitest';
import { SearchEngine, type MoreSources, type PagefindLike, type PagefindResponse } from './engine.ts';
import { findEntities } from './entities.ts';
import type { AmountIndex, SideIndex, SideMeasure } from './sideIndex.ts';
import { amountSourceOf, type AmountSource } from './amountIndex.ts';
import type { SearchState } from './state.ts';

// `exactMisses`: Pagefind's exact search does not find the page (its index segmented the phrase differently).
interface Page {
  id: string;
  url: string;
  text: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  amount?: number;
  exactMisses?: boolean;
}

const TM = '天门市';
const DOC = '市人民政府关于支持纺织服装产业高质量发展的若干…';
// Like the real measure pages, a page's text includes its lead agencies (the 牵头单位 line).
const page = (id: string, text: string, extra: Partial<Page> = {}): Page => ({
  id,
  url: `/docs/${id}/`,
  text: `${text} 牵头单位${(extra.filters?.['lead'] ?? ['市人社局']).join('、')}`,
  filters: { id: [id], place: [TM], doc: [DOC], amount: ['no'], lead: ['市人社局'], ...extra.filters },
  meta: { title: id, ...extra.meta },
  ...(extra.amount !== undefined ? { amount: extra.amount } : {}),
  ...(extra.exactMisses ? { exactMisses: true } : {}),
});

const pages: Page[] = [
  page('doc', '市人民政府关于支持纺织服装产业高质量发展的若干意见 天政发〔2023〕1号', {
    filters: { amount: [], lead: [] },
    meta: { kind: 'document' },
  }),
  page('tuijian', '按500元/人的标准给予推荐者补贴,工作满1年按1000元/人的标准给予推荐者补贴', {
    filters: { amount: ['yes'] },
    amount: 1500,
  }),
  page('mention', '由市财政局统筹安排补贴资金'),
  page('peixun', '每培训结业1人给予培训机构1000元补贴 给予企业500元补助', {
    filters: { amount: ['yes'], lead: ['市财政局'] },
    amount: 1200,
  }),
  page('canzhan', '参展补贴2000元/次 10000元/次', { filters: { amount: ['yes'] }, amount: 10000 }),
  page('wengang', '失业保险稳岗返还比例', { filters: { place: ['钟祥市'], doc: ['钟祥市工作清单'] } }),
  page('fensan', '稳定岗位 返还资金', { filters: { place: ['钟祥市'], doc: ['钟祥市工作清单'] } }),
  page('weixiao', '企业规模小,微利经营', { filters: { place: ['钟祥市'] } }),
  page('zhongxiaowei', '支持中小微企业发展', { filters: { place: ['钟祥市'] }, exactMisses: true }),
];

function passes(p: Page, filters: unknown): boolean {
  if (!filters || typeof filters !== 'object') return true;
  return Object.entries(filters as Record<string, unknown>).every(([key, cond]) => {
    if (key === 'all') return (cond as unknown[]).every((c) => passes(p, c));
    if (key === 'any') return (cond as unknown[]).some((c) => passes(p, c));
    if (typeof cond === 'string') return (p.filters[key] ?? []).includes(cond);
    const c = cond as { any?: string[] };
    return (c.any ?? []).some((v) => (p.filters[key] ?? []).includes(v));
  });
}

function fakePagefind(site: Page[] = pages): PagefindLike & { calls: Array<[string | null, unknown]>; dataCalls: Record<string, number> } {
  const calls: Array<[string | null, unknown]> = [];
  const dataCalls: Record<string, number> = {};
  const respond = (found: Page[], all: Page[]): PagefindResponse => {
    const counts: Record<string, Record<string, number>> = {};
    for (const p of found)
      for (const [k, vs] of Object.entries(p.filters)) for (const v of vs) (counts[k] ??= {})[v] = (counts[k]![v] ?? 0) + 1;
    return {
      results: found.map((p, i) => ({
        id: p.id,
        score: found.length - i,
        data: async () => (
          (dataCalls[p.id] = (dataCalls[p.id] ?? 0) + 1),
          { url: p.url, excerpt: p.text, content: p.text, meta: p.meta, filters: p.filters }
        ),
      })),
      unfilteredResultCount: all.length,
      filters: counts,
    };
  };
  return {
    calls,
    dataCalls,
    async filters() {
      return respond(site, site).filters;
    },
    async search(term, options = {}) {
      calls.push([term, options]);
      const phrase = term?.match(/^"(.+)"$/)?.[1];
      const words = phrase ? [phrase] : term === null ? [] : [...term.replace(/\s+/g, '')]; // like the segmenter: characters
      const byText = site.filter((p) => words.every((w) => p.text.includes(w)) && !(phrase && p.exactMisses));
      let found = byText.filter((p) => passes(p, options.filters));
      const sort = options.sort?.['amount'];
      if (sort)
        found = found
          .filter((p) => p.amount !== undefined)
          .sort((a, b) => (sort === 'asc' ? a.amount! - b.amount! : b.amount! - a.amount!));
      return respond(found, byText);
    },
  };
}

const side = (name: string, figure: string, value: number, offset: number, lead = '市人社局'): SideMeasure => ({
  id: name,
  url: `/docs/${name}/`,
  title: name,
  doc: DOC,
  place: TM,
  lead,
  deadline: '未写明',
  text: pages.find((p) => p.id === name)!.text,
  amounts: [{ value, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure, offset, per: [] }],
  filters: { place: [TM], doc: [DOC], lead: [lead], deadline: ['未写明'], amount: ['yes'] },
});

const sideIndex: SideIndex = {
  version: 1,
  t2s: '崗岗還还穩稳',
  documents: [
    {
      id: 'doc',
      url: '/docs/doc/',
      title: '市人民政府关于支持纺织服装产业高质量发展的若干意见',
      wenhao: '天政发〔2023〕1号',
      place: TM,
      filters: { place: [TM], doc: [DOC] },
    },
  ],
  citations: [],
  thesaurus: { terms: [], printed: {} },
};

const amountIndex: AmountIndex = {
  version: 1,
  measures: [
    {
      ...side('tuijian', '500元', 500, 2),
      amounts: [
        { value: 500, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure: '500元', offset: 1, per: ['人'] },
        { value: 1000, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure: '1000元', offset: 25, per: ['人'] },
      ],
    },
    {
      ...side('peixun', '1000元', 1000, 14, '市财政局'),
      amounts: [
        { value: 1000, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure: '1000元', offset: 14, per: ['人'] },
        { value: 500, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure: '500元', offset: 25, per: [] },
      ],
    },
    side('canzhan', '10000元', 10000, 10),
  ],
};

const state = (q: string, extra: Partial<SearchState> = {}): SearchState => ({ q, filters: {}, sort: 'relevance', ...extra });

async function run(q: string, extra: Partial<SearchState> = {}) {
  const pf = fakePagefind();
  let loaded = false;
  let amountsLoaded = false;
  const memory = amountSourceOf(amountIndex.measures.map((m, order) => ({ ...m, document: 'doc', order })));
  const amounts: AmountSource = { ...memory, measures: (terms) => ((amountsLoaded = true), memory.measures(terms)) };
  const engine = new SearchEngine(sideIndex, amounts, async () => ((loaded = true), pf));
  const outcome = await engine.run(state(q, extra));
  const cards = await Promise.all(outcome.items.map((i) => i.load()));
  return { outcome, urls: cards.map((c) => c.url), cards, pf, loaded, amountsLoaded };
}

describe('SearchEngine', () => {
  it('answers an amount-only query from the amount index without loading Pagefind', async () => {
    const { urls, loaded, outcome, cards, amountsLoaded } = await run('500元');
    expect(urls).toEqual(['/docs/tuijian/', '/docs/peixun/']);
    expect(loaded).toBe(false);
    expect(amountsLoaded).toBe(true);
    expect((await run('稳岗返还')).amountsLoaded).toBe(false);
    expect(outcome.mode).toBe('amount');
    expect(outcome.counts.lead).toEqual({ 市人社局: 1, 市财政局: 1 });
    expect(cards[0]!.excerptHtml).toContain('<mark>500元</mark>');
  });
  it('filters amount results and counts them like Pagefind would', async () => {
    const { urls, outcome } = await run('1000元', { filters: { lead: '市财政局' } });
    expect(urls).toEqual(['/docs/peixun/']);
    expect(outcome.counts.lead).toEqual({ 市人社局: 1, 市财政局: 1 });
  });
  it('offers the nearest amounts when none matches', async () => {
    const { outcome } = await run('600元');
    expect(outcome.items).toEqual([]);
    expect(outcome.hints.nearest?.map((a) => a.figure)).toContain('500元');
  });
  it('finds the words of a mixed query in the texts of the measures whose amounts match, without Pagefind', async () => {
    const { urls, pf, outcome, loaded, cards } = await run('培训 1000元');
    expect(urls).toEqual(['/docs/peixun/']);
    expect(outcome.mode).toBe('mixed');
    expect(loaded).toBe(false);
    expect(pf.calls).toEqual([]);
    expect(cards[0]!.excerptHtml).toContain('<mark>培训</mark>');
  });
  it('tells a mixed query with no common result what each part finds', async () => {
    const { outcome } = await run('参展 500元');
    expect(outcome.items).toEqual([]);
    expect(outcome.hints).toMatchObject({ amountsAlone: 2, wordsAlone: 1 });
  });
  it('ranks pages holding the exact phrase above pages holding its characters apart', async () => {
    const { urls, pf } = await run('稳岗返还');
    expect(urls).toEqual(['/docs/wengang/', '/docs/fensan/']);
    expect(pf.calls.map(([t]) => t)).toContain('"稳岗返还"');
    // Pagefind's own order puts the scattered page first; without the phrase search it would stay there.
    pages.reverse();
    try {
      expect((await run('稳岗返还')).urls).toEqual(['/docs/wengang/', '/docs/fensan/']);
    } finally {
      pages.reverse();
    }
  });
  it('finds phrase holders the exact search misses by reading their text, each page read once', async () => {
    const { urls, pf, outcome } = await run('小微企业');
    expect(urls).toEqual(['/docs/zhongxiaowei/', '/docs/weixiao/']);
    expect(outcome.hints.phraseMissing).toEqual([]);
    expect(Object.values(pf.dataCalls).every((n) => n === 1)).toBe(true);
  });
  it('says when no result holds a phrase as typed', async () => {
    const { urls, outcome } = await run('微小企业');
    expect(urls).toEqual(['/docs/weixiao/', '/docs/zhongxiaowei/']);
    expect(outcome.hints.phraseMissing).toEqual(['微小企业']);
  });
  it('simplifies a traditional query', async () => {
    expect((await run('穩崗返還')).urls[0]).toBe('/docs/wengang/');
  });
  it('moves the measures a named lead agency leads above pages that only mention it', async () => {
    expect((await run('补贴 市财政局')).urls).toEqual(['/docs/peixun/', '/docs/mention/']);
    expect((await run('补贴 财政局')).urls).toEqual(['/docs/peixun/', '/docs/mention/']);
    // the boost reorders, it never adds pages
    expect((await run('培训 市财政局')).urls).toEqual(['/docs/peixun/']);
  });
  it('fetches the 文号 part of the side index only for a query holding a 文号', async () => {
    const { documents, citations, ...file } = sideIndex;
    let fetched = 0;
    const wenhao = async () => (fetched++, { documents, citations });
    const memory = amountSourceOf(amountIndex.measures.map((m, order) => ({ ...m, document: 'doc', order })));
    const engine = new SearchEngine(file, memory, async () => fakePagefind(), { wenhao });
    const words = await engine.run(state('补贴'));
    expect(words.items.length).toBeGreaterThan(0);
    expect(fetched).toBe(0);
    const named = await engine.run(state('天政发[2023]1号'));
    expect((await Promise.all(named.items.map((i) => i.load()))).map((c) => c.url)).toEqual(['/docs/doc/']);
    await engine.run(state('天政发〔2023〕1号 补贴'));
    expect(fetched).toBe(1);
  });
  it('puts the document a 文号 names first and finds nothing else for a 文号 alone', async () => {
    const { urls, cards } = await run('天政发[2023]1号');
    expect(urls).toEqual(['/docs/doc/']);
    expect(cards[0]!.wenhaoMatch).toBe(true);
    expect(cards[0]!.browseUrl).toBe(`/search/?doc=${encodeURIComponent(DOC)}`);
  });
  it('searches words within the document a 文号 names', async () => {
    const { urls } = await run('天政发〔2023〕1号 补贴', { filters: { place: TM } });
    expect(urls).toEqual(['/docs/doc/', '/docs/tuijian/', '/docs/mention/', '/docs/peixun/', '/docs/canzhan/']);
  });
  it('takes the lead agencies a query names from their list, without loading Pagefind’s filter index', async () => {
    const pf = fakePagefind();
    let filtersLoaded = 0;
    const counted: PagefindLike = {
      search: (term, options) => pf.search(term, options),
      filters: async () => (filtersLoaded++, pf.filters()),
    };
    const memory = amountSourceOf(amountIndex.measures.map((m, order) => ({ ...m, document: 'doc', order })));
    const engine = new SearchEngine(sideIndex, memory, async () => counted, { leads: async () => ['市财政局', '市人社局'] });
    const outcome = await engine.run(state('补贴 市财政局'));
    // The lead agency's measure first, as with Pagefind's own list of lead values.
    expect((await Promise.all(outcome.items.map((i) => i.load()))).map((c) => c.url)).toEqual(['/docs/peixun/', '/docs/mention/']);
    expect(filtersLoaded).toBe(0);
    expect(pf.calls.some(([, o]) => JSON.stringify(o).includes('"lead":{"any":["市财政局"]}'))).toBe(true);
  });
  it('counts a chosen facet without its own value (radio groups)', async () => {
    const { outcome, urls } = await run('返还', { filters: { place: '钟祥市' } });
    expect(urls).toEqual(['/docs/wengang/', '/docs/fensan/']);
    expect(outcome.counts.place).toEqual({ 钟祥市: 2 });
  });
  it('sorts text results by amount, pages without one after, in relevance order', async () => {
    const { urls } = await run('补贴', { sort: 'amount-desc' });
    expect(urls).toEqual(['/docs/canzhan/', '/docs/tuijian/', '/docs/peixun/', '/docs/mention/']);
  });
  it('browses by filters alone, and shows the empty state for nothing at all', async () => {
    expect((await run('', { filters: { place: '钟祥市' } })).urls).toEqual([
      '/docs/wengang/',
      '/docs/fensan/',
      '/docs/weixiao/',
      '/docs/zhongxiaowei/',
    ]);
    const empty = (await run('')).outcome;
    expect(empty.mode).toBe('empty');
    expect(empty.items).toEqual([]);
    // Browse mode: the filters with the whole site's counts, nothing typed.
    expect(empty.counts.place).toEqual({ 钟祥市: 4, 天门市: 5 });
    expect(empty.facets).toContain('place');
  });
});

describe('SearchEngine understanding everyday words', () => {
  // Measures of the 天门 heavy-pollution plan and the 钟祥 work list, shortened.
  const site: Page[] = [
    page('qixiang', '市气象局:负责天气实况和空气污染气象条件的监测,为重污染天气应急处置提供气象信息'),
    page('xianxing', '重污染天气预警期间实施机动车限行措施'),
    page('fanwei', '本预案适用于天门市行政区域内的重污染天气应对工作'),
    page('kuogang', '企业招用应届高校毕业生,发放一次性扩岗补助,与一次性吸纳就业补贴不重复享受'),
    page('fangchan', '对减免租金的房屋业主,依法减征或免征房产税'),
    page('fangzu', '对入驻企业租金减免,前三年内免收房租'),
  ];
  const side: SideIndex = {
    ...sideIndex,
    thesaurus: {
      terms: ['重污染天气 空气污染 雾霾', '就业 找工作', '租金减免 减房租', '免征 免税', '人社局 劳动局'],
      printed: { 空气污染: 1 },
    },
  };
  async function ask(q: string, more: MoreSources = {}, extra: Partial<SearchState> = {}) {
    const pf = fakePagefind(site);
    const engine = new SearchEngine(
      side,
      amountSourceOf(amountIndex.measures.map((m, order) => ({ ...m, document: 'doc', order }))),
      async () => pf,
      more,
    );
    const outcome = await engine.run(state(q, extra));
    const cards = await Promise.all(outcome.items.map((i) => i.load()));
    return { outcome, urls: cards.map((c) => c.url), cards, terms: pf.calls.map(([t]) => t) };
  }

  it('searches the official term instead of an everyday word no page prints, in one search', async () => {
    const { urls, terms, outcome } = await ask('找工作');
    expect(terms).toEqual(['就业']);
    expect(urls).toEqual(['/docs/kuogang/']);
    expect(outcome.understood?.expansions).toEqual([{ typed: '找工作', official: '就业' }]);
  });
  it('searches both when a page prints the everyday word too, the page printing it among the results', async () => {
    const { urls, terms } = await ask('空气污染');
    // The words as typed, the official term, and the typed phrase exactly (空气|污染 are two words).
    expect(terms).toEqual(['空气污染', '重污染天气', '"空气污染"']);
    expect(new Set(urls)).toEqual(new Set(['/docs/qixiang/', '/docs/xianxing/', '/docs/fanwei/']));
  });
  it('takes a word literally when asked: no expansion', async () => {
    const { terms, outcome } = await ask('空气污染', {}, { literal: ['空气污染'] });
    expect(terms).toEqual(['空气污染', '"空气污染"']);
    expect(outcome.understood?.expansions).toEqual([]);
  });
  it('gives the pages holding one of two words no page holds together, each saying which it lacks', async () => {
    const { urls, cards, outcome } = await ask('减房租 免税');
    expect(new Set(urls)).toEqual(new Set(['/docs/fangchan/', '/docs/fangzu/']));
    expect(outcome.understood?.partial).toEqual(['减房租', '免税']);
    expect(cards.find((c) => c.url === '/docs/fangzu/')?.missing).toEqual(['免税']);
    // Counted over the merged results (each search alone would count one page).
    expect(outcome.counts.place).toEqual({ 天门市: 2 });
  });
  it('corrects a typo no page holds, with the vocabulary loaded only then', async () => {
    let loaded = 0;
    const vocabulary = async () => {
      loaded++;
      return { correct: (t: string) => (t === '重污染天汽' ? { text: '重污染天气', pieces: [] } : null), fromPinyin: () => null };
    };
    const typo = await ask('重污染天汽', { vocabulary });
    expect(typo.outcome.understood?.correction).toEqual({ typed: ['重污染天汽'], text: '重污染天气' });
    expect(typo.terms.slice(-2)).toEqual(['重污染天气', '"重污染天气"']);
    expect(typo.urls).toContain('/docs/fanwei/');
    expect(loaded).toBe(1);
    const fine = await ask('重污染天气', { vocabulary });
    expect(fine.outcome.understood?.correction).toBeUndefined();
    expect(loaded).toBe(1);
  });
  it('offers cards for the agencies a query names, by their former names too', async () => {
    const entities = async () => (terms: readonly string[], whole: string, fold: (s: string) => string) =>
      findEntities(
        { version: 1, agencies: [['天门市人社局', '市人社局', '/agencies/tianmen/rensheju/', 9, 10, '天门市']], places: [], documents: [] },
        terms,
        whole,
        fold,
      );
    const { outcome } = await ask('劳动局', { entities });
    expect(outcome.entities?.map((e) => e.name)).toEqual(['天门市人社局']);
  });
});
