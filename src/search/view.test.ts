// The search page's filters and messages, rendered to HTML and read back with a parser.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/support/html.ts';
import { t } from '../i18n/zh-CN.ts';
import { parseQuery } from './query.ts';
import { EMPTY_STATE, type SearchState } from './state.ts';
import {
  FACET_VISIBLE,
  MAX_ENTITY_CARDS,
  phraseNotice,
  renderChips,
  renderEntities,
  renderError,
  renderFacets,
  renderNone,
  renderUnderstood,
  statusText,
} from './view.ts';
import type { EntityCard } from './entities.ts';
import type { Html } from './html.ts';

const dom = (html: Html) => parsePage(`<!doctype html><html><body>${html.value}</body></html>`);
const state = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ ...EMPTY_STATE, q, filters });
const noHints = { parsed: parseQuery(''), items: [], hints: {} };

describe('filter groups', () => {
  const counts = {
    place: { 天门市: 40, 钟祥市: 23 },
    amount: { no: 50, yes: 13 },
    lead: Object.fromEntries(
      ['市财政局', '市人社局', '市商务局', '市经信局', '市发改委', '市税务局', '市住建局', '市农业农村局', '市文旅局', '市医保局'].map(
        (n, i) => [n, 10 - i],
      ),
    ),
  };
  it('offers each value with its count under the facet’s label, ASCII names in the markup', () => {
    const doc = dom(renderFacets({ facets: ['place', 'amount'], counts }, state('补贴', { place: '天门市' }), new Set(), t));
    expect([...doc.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['地区', '金额']);
    const place = [...doc.querySelectorAll('input[data-facet="place"]')];
    expect(place.map((i) => i.getAttribute('value'))).toEqual(['', '天门市', '钟祥市']);
    expect(doc.querySelector('input[data-facet="place"][value="天门市"]')?.hasAttribute('checked')).toBe(true);
    expect(doc.querySelector('label[for="facet-0-0"]')?.textContent).toBe('全部');
    expect(doc.querySelector('label[for="facet-0-2"]')?.textContent).toBe('钟祥市 23');
    // The amount filter's values are yes / no; readers see 有金额 / 无金额, 有 first.
    expect([...doc.querySelectorAll('input[data-facet="amount"]')].map((i) => i.getAttribute('value'))).toEqual(['', 'yes', 'no']);
    expect(doc.querySelector('label[for="facet-1-1"]')?.textContent).toBe('有金额 13');
  });
  it('shows the first values of a long list and a button for the rest, unless expanded', () => {
    const closed = dom(renderFacets({ facets: ['lead'], counts }, state('补贴'), new Set(), t));
    expect(closed.querySelectorAll('li[hidden]').length).toBe(10 - FACET_VISIBLE);
    expect(closed.querySelector('button.search-facet-toggle')?.textContent).toBe('显示全部 10 项');
    const open = dom(renderFacets({ facets: ['lead'], counts }, state('补贴'), new Set(['lead']), t));
    expect(open.querySelectorAll('li[hidden]').length).toBe(0);
    expect(open.querySelector('button.search-facet-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });
  it('escapes values that hold markup', () => {
    const doc = dom(renderFacets({ facets: ['lead'], counts: { lead: { '<img src=x onerror=alert(1)>': 1 } } }, state('x'), new Set(), t));
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('label[for="facet-0-1"]')?.textContent).toBe('<img src=x onerror=alert(1)> 1');
  });
});

describe('chips of the chosen filters', () => {
  it('name the facet and value in Chinese and remove by ASCII name; several get a clear-all', () => {
    const doc = dom(renderChips(state('补贴', { place: '天门市', amount: 'yes' }), t));
    const buttons = [...doc.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('data-remove'))).toEqual(['place', 'amount', '*']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['去掉筛选条件 地区：天门市', '去掉筛选条件 金额：有金额', null]);
    expect(buttons[2]!.textContent).toBe('清除全部筛选');
    expect(renderChips(state('补贴'), t).value).toBe('');
  });
});

describe('messages', () => {
  it('say what was found, for a query or for filters alone', () => {
    expect(statusText(state('补贴'), 63, t)).toBe('“补贴”找到 63 条结果');
    expect(statusText(state('', { doc: '通知' }), 0, t)).toBe('所选条件没有找到结果');
    expect(phraseNotice(['以工代赈'], t)).toBe('没有找到连在一起的“以工代赈”；下面的结果含有其中的字词，但不相连。');
    expect(phraseNotice([], t)).toBe('');
  });
  it('offer ways on when nothing matched: without the filters, the browsable lists', () => {
    const doc = dom(renderNone({ ...noHints, mode: 'text', hints: { unfiltered: 5 } }, state('稳岗返还', { place: '天门市' }), t)!);
    expect(doc.querySelector('strong')?.textContent).toBe('没有找到与“稳岗返还”相符的结果。');
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['去掉全部筛选', `/search/?q=${encodeURIComponent('稳岗返还')}`],
      ['按文件浏览', '/docs/'],
      ['按单位浏览', '/agencies/'],
    ]);
  });
  it('offer the nearest amounts when an amount matched nothing', () => {
    const parsed = parseQuery('600元');
    const nearest = [
      { value: 500, max: null, currency: 'CNY' as const, vague: false, kind: 'subsidy' as const, figure: '500元', offset: 0, per: ['人'] },
    ];
    const doc = dom(renderNone({ parsed, mode: 'amount', items: [], hints: { nearest } }, state('600元'), t)!);
    const links = [...doc.querySelectorAll('li:first-child a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['500元', `/search/?q=${encodeURIComponent('500元')}`],
      ['600元以上', `/search/?q=${encodeURIComponent('600元以上')}`],
    ]);
    expect(doc.querySelector('li')?.textContent).toBe(
      '金额按数额精确匹配，没有措施写着这个数额。最接近的数额：500元；也可以搜一个范围，如600元以上',
    );
  });
  it('say nothing when there are results, and point to the lists when search fails', () => {
    expect(
      renderNone(
        { ...noHints, mode: 'text', items: [{ key: 'a', load: async () => ({ url: '/', title: '', kind: 'measure', excerptHtml: '' }) }] },
        state('x'),
        t,
      ),
    ).toBeNull();
    expect(dom(renderError(t)).querySelectorAll('a[href="/docs/"], a[href="/agencies/"]').length).toBe(2);
  });
});

describe('how the words were understood', () => {
  const item = { key: 'a', load: async () => ({ url: '/', title: '', kind: 'measure' as const, excerptHtml: '' }) };
  it('names each official term also searched, with a link that searches the typed word only', () => {
    const understood = {
      concepts: [],
      expansions: [
        { typed: '找工作', official: '就业' },
        { typed: '开店', official: '个体工商户' },
      ],
    };
    const doc = dom(renderUnderstood({ understood, items: [item] }, state('找工作 开店'), t));
    expect(doc.querySelector('.search-also')?.textContent).toBe('也搜索了：就业 ×、个体工商户 ×');
    const links = [...doc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
    expect(links).toEqual([
      [
        `/search/?${new URLSearchParams([
          ['q', '找工作 开店'],
          ['literal', '找工作'],
        ])}`,
        '不再搜索“就业”，只搜“找工作”',
      ],
      [
        `/search/?${new URLSearchParams([
          ['q', '找工作 开店'],
          ['literal', '开店'],
        ])}`,
        '不再搜索“个体工商户”，只搜“开店”',
      ],
    ]);
  });
  it('offers the correction it searched, and the way back to the words as typed', () => {
    const understood = { concepts: [], expansions: [], correction: { typed: ['稳岗反还'], text: '稳岗返还' } };
    const doc = dom(renderUnderstood({ understood, items: [item] }, state('稳岗反还'), t));
    expect(doc.querySelector('.search-correction')?.textContent).toBe('你要找的是不是：稳岗返还（已按此搜索） · 仍按“稳岗反还”搜索');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(
      `/search/?q=${encodeURIComponent('稳岗反还')}&literal=${encodeURIComponent('稳岗反还')}`,
    );
  });
  it('says when the results hold only part of the words, and hints in Chinese at a query in Latin letters', () => {
    const partial = dom(
      renderUnderstood(
        { understood: { concepts: [], expansions: [], partial: ['减房租', '免税'] }, items: [item] },
        state('减房租 免税'),
        t,
      ),
    );
    expect(partial.querySelector('.search-partial')?.textContent).toBe(
      '没有同时含有“减房租”、“免税”的结果；下面是含有其中一部分的结果，每条注明不含的词。',
    );
    const latin = dom(renderUnderstood({ understood: { concepts: [], expansions: [], latin: true }, items: [] }, state('noise'), t));
    expect([...latin.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/docs/', '/agencies/', '/places/']);
    expect(renderUnderstood({ items: [] }, state('补贴'), t).value).toBe('');
  });
});

describe('entity cards', () => {
  const agency = (name: string, lead: number): EntityCard => ({
    kind: 'agency',
    name,
    url: '/agencies/x/',
    lead,
    shared: 1,
    place: '钟祥市',
  });
  it('say what each agency, place or document does, escaped', () => {
    const doc = dom(
      renderEntities(
        [
          agency('钟祥市财政局', 29),
          { kind: 'place', name: '钟祥市', url: '/places/zhongxiang/', documents: 1, measures: 173 },
          { kind: 'document', name: '<b>预案</b>', url: '/docs/x/', wenhao: '', measures: 72, place: '天门市' },
        ],
        t,
      ),
    );
    expect([...doc.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      '单位 钟祥市财政局 牵头 29 · 参与 1',
      '地区 钟祥市 文件 1 · 措施 173',
      '文件 <b>预案</b> 天门市 · 措施 72',
    ]);
    expect(doc.querySelector('b')).toBeNull();
  });
  it('show a few and point to the list for the rest', () => {
    const many = Array.from({ length: MAX_ENTITY_CARDS + 2 }, (_, i) => agency(`钟祥市局${i}`, i));
    const doc = dom(renderEntities(many, t));
    expect(doc.querySelectorAll('li')).toHaveLength(MAX_ENTITY_CARDS);
    expect(doc.querySelector('.search-entity-more')?.textContent).toBe('还有 2 个同名单位：查看单位列表');
    expect(renderEntities([], t).value).toBe('');
  });
});
