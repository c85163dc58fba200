// The /search/ page in the browser: reads the state from the URL, runs the search
// (engine.ts), renders cards, facets and messages, and keeps the URL and history in step.
//
// History: a search the reader commits (Enter, a filter, the sort, a suggestion link) is a
// new history entry, so Back returns to the previous search. While typing, the first
// keystroke's search makes an entry and later ones replace it, so Back does not step
// through every character.
import { SearchEngine, type Item, type Outcome, type PagefindLike } from './engine.ts';
import { stateFromParams, stateToSearch, sameState, withFilter, type SearchState, type Sort } from './state.ts';
import { FACETS, orderFacetValues, type Facet } from './facets.ts';
import { escapeHtml, renderCard, type Card } from './render.ts';
import { explainQuery, formatMoney } from './explain.ts';
import type { AmountIndex, SideIndex } from './sideIndex.ts';

const PAGE_SIZE = 20;
const FACET_VISIBLE = 8;
const TYPING_DELAY = 300;
const PAGEFIND_URL = '/pagefind/pagefind.js';
const SIDE_INDEX_URL = '/search/index.json';
const AMOUNT_INDEX_URL = '/search/amounts.json';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  form: byId<HTMLFormElement>('search-form'),
  input: byId<HTMLInputElement>('search-q'),
  app: byId('search-app'),
  explain: byId('search-explain'),
  resultsHeading: byId('search-results-h'),
  results: byId('search-results-h').parentElement!,
  status: byId('search-status'),
  sortBox: byId('search-sort-box'),
  sort: byId<HTMLSelectElement>('search-sort'),
  list: byId<HTMLOListElement>('search-list'),
  more: byId<HTMLButtonElement>('search-more'),
  none: byId('search-none'),
  empty: byId('search-empty'),
  filters: byId('search-filters'),
  filtersHeading: byId('search-filters-h'),
  active: byId('search-active'),
  facets: byId('search-facets'),
  toFilters: byId('search-to-filters'),
  toolbar: byId('search-toolbar'),
  notice: byId('search-notice'),
};
ui.app.hidden = false;
ui.filtersHeading.tabIndex = -1;

// ---------------------------------------------------------------------------
// Loading: the side index at once (small, needed by every query), Pagefind on demand
// (amount-only queries never need it).

let pagefind: Promise<PagefindLike> | null = null;
function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= (async () => {
    const pf = await import(/* @vite-ignore */ PAGEFIND_URL);
    await pf.options({ excerptLength: 40 });
    await pf.init();
    // Loading the filter indexes up front makes every search return facet counts.
    await pf.filters();
    return pf as PagefindLike;
  })();
  return pagefind;
}

async function fetchJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

const engine: Promise<SearchEngine> = fetchJson<SideIndex>(SIDE_INDEX_URL).then(
  (side) => new SearchEngine(side, () => fetchJson<AmountIndex>(AMOUNT_INDEX_URL), loadPagefind),
);

// ---------------------------------------------------------------------------
// Running a search

let current: SearchState = stateFromParams(new URLSearchParams(location.search));
let generation = 0;
let typingEntry = false;
let items: Item[] = [];
let shown = 0;
const expanded = new Set<Facet>();

type HistoryMode = 'push' | 'replace' | 'none';
type FocusTarget = 'results' | 'filters' | { facet: Facet; value: string } | null;

async function show(state: SearchState, mode: HistoryMode, focus: FocusTarget = null): Promise<void> {
  const gen = ++generation;
  current = state;
  // For `npm run bench`: time from here to the first results on screen.
  performance.mark('search:start');
  const url = location.pathname + stateToSearch(state);
  if (mode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
  else if (mode === 'replace') history.replaceState(null, '', url);
  syncControls(state);
  document.title = state.q ? `${state.q} · 搜索 · 政策清单` : '搜索 · 政策清单';
  ui.results.setAttribute('aria-busy', 'true');
  try {
    const outcome = await (await engine).run(state);
    if (gen !== generation) return;
    await render(outcome, state, gen);
  } catch (error) {
    if (gen !== generation) return;
    showError(error);
  } finally {
    if (gen === generation) ui.results.removeAttribute('aria-busy');
  }
  if (gen !== generation) return;
  if (focus === 'results') ui.resultsHeading.focus();
  else if (focus === 'filters') ui.filtersHeading.focus();
  else if (focus)
    ui.facets.querySelector<HTMLInputElement>(`input[data-facet="${focus.facet}"][value="${CSS.escape(focus.value)}"]`)?.focus();
}

function syncControls(state: SearchState): void {
  if (ui.input.value.replace(/\s+/g, ' ').trim() !== state.q) ui.input.value = state.q;
  ui.sort.value = state.sort;
}

function loadCards(from: number, to: number): Promise<Card[]> {
  return Promise.all(items.slice(from, to).map((item) => item.load()));
}

async function render(outcome: Outcome, state: SearchState, gen: number): Promise<void> {
  items = outcome.items;
  const cards = await loadCards(0, PAGE_SIZE);
  if (gen !== generation) return;
  shown = cards.length;

  const isEmpty = outcome.mode === 'empty';
  const explained = explainQuery(state.q, outcome.parsed);
  ui.explain.hidden = explained.length === 0;
  ui.explain.textContent = explained.join('；');
  const hasFacets = outcome.facets.length > 0 || Object.keys(state.filters).length > 0;
  ui.empty.hidden = !isEmpty;
  ui.toolbar.hidden = isEmpty;
  ui.sortBox.hidden = items.length === 0 && state.sort === 'relevance';
  ui.filters.hidden = isEmpty || !hasFacets;
  ui.toFilters.hidden = isEmpty || !hasFacets;
  ui.list.innerHTML = cards.map(renderCard).join('');
  const missing = items.length > 0 ? (outcome.hints.phraseMissing ?? []) : [];
  ui.notice.hidden = missing.length === 0;
  ui.notice.textContent = missing.length
    ? `没有找到连在一起的${missing.map((p) => `“${p}”`).join('、')}；下面的结果含有其中的字词，但不相连。`
    : '';
  updateMore();
  renderFacets(outcome, state);
  renderNone(outcome, state);
  ui.status.textContent = isEmpty ? '' : statusText(state, items.length);
  performance.mark('search:results');
}

function statusText(state: SearchState, total: number): string {
  const what = state.q ? `“${state.q}”` : '所选条件';
  return total === 0 ? `${what}没有找到结果` : `${what}找到 ${total} 条结果`;
}

function updateMore(): void {
  const left = items.length - shown;
  ui.more.hidden = left <= 0;
  ui.more.textContent = `显示更多结果（还有 ${left} 条）`;
}

function showError(error: unknown): void {
  console.error(error);
  items = [];
  ui.notice.hidden = true;
  ui.list.innerHTML = '';
  ui.more.hidden = true;
  ui.empty.hidden = true;
  ui.none.hidden = false;
  ui.none.innerHTML = '<p>搜索暂时无法使用。可以<a href="/docs/">按文件浏览</a>或<a href="/agencies/">按单位浏览</a>。</p>';
  ui.status.textContent = '搜索出错';
}

// ---------------------------------------------------------------------------
// Facets: one radio group per facet, values with counts; long lists collapse.

function renderFacets(outcome: Outcome, state: SearchState): void {
  const groups = outcome.facets.map((facet, fi) => {
    const selected = state.filters[facet];
    const values = orderFacetValues(facet, outcome.counts[facet] ?? {}, selected);
    if (values.length === 0 && selected === undefined) return '';
    const open = expanded.has(facet);
    const listId = `facet-${fi}`;
    const option = (value: string, label: string, count: number | null, i: number) => {
      const id = `${listId}-${i}`;
      const checked = (selected ?? '') === value;
      const hide = !open && i > FACET_VISIBLE && !checked;
      return `<li${hide ? ' class="search-facet-extra" hidden' : ''}><input type="radio" name="${listId}" id="${id}" data-facet="${facet}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(label)}${count === null ? '' : ` <span class="search-count">${count}</span>`}</label></li>`;
    };
    const rows = [option('', '全部', null, 0), ...values.map(([v, n], i) => option(v, v, n, i + 1))];
    const more =
      values.length > FACET_VISIBLE
        ? `<button type="button" class="search-facet-toggle secondary" data-facet="${facet}" aria-controls="${listId}" aria-expanded="${open}">${open ? '收起' : `显示全部 ${values.length} 项`}</button>`
        : '';
    return `<fieldset class="search-facet"><legend>${facet}</legend><ul id="${listId}">${rows.join('')}</ul>${more}</fieldset>`;
  });
  ui.facets.innerHTML = groups.join('');
  const chosen = FACETS.filter((f) => state.filters[f] !== undefined);
  ui.active.innerHTML =
    chosen.length === 0
      ? ''
      : [
          '<ul class="search-chips">',
          ...chosen.map(
            (f) =>
              `<li><button type="button" class="secondary" data-remove="${f}" aria-label="去掉筛选条件 ${f}：${escapeHtml(state.filters[f]!)}">${f}：${escapeHtml(state.filters[f]!)} <span aria-hidden="true">×</span></button></li>`,
          ),
          chosen.length > 1 ? '<li><button type="button" class="secondary" data-remove="*">清除全部筛选</button></li>' : '',
          '</ul>',
        ].join('');
}

ui.facets.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const facet = input.dataset['facet'] as Facet | undefined;
  if (!facet || input.type !== 'radio') return;
  typingEntry = false;
  void show(withFilter(current, facet, input.value || undefined), 'push', { facet, value: input.value });
});

ui.facets.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.search-facet-toggle');
  if (!button) return;
  const facet = button.dataset['facet'] as Facet;
  const open = !expanded.has(facet);
  if (open) expanded.add(facet);
  else expanded.delete(facet);
  const list = document.getElementById(button.getAttribute('aria-controls')!)!;
  for (const li of list.querySelectorAll<HTMLElement>('.search-facet-extra')) li.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? '收起' : `显示全部 ${list.children.length - 1} 项`;
});

ui.active.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
  if (!button) return;
  const facet = button.dataset['remove']!;
  typingEntry = false;
  const next = facet === '*' ? { ...current, filters: {} } : withFilter(current, facet as Facet, undefined);
  void show(next, 'push', 'filters');
});

// ---------------------------------------------------------------------------
// No results: say why, and offer ways on.

function searchHref(q: string, base: SearchState = { q: '', filters: {}, sort: 'relevance' }): string {
  return `/search/${stateToSearch({ ...base, q })}`;
}

function renderNone(outcome: Outcome, state: SearchState): void {
  if (outcome.mode === 'empty' || outcome.items.length > 0) {
    ui.none.hidden = true;
    ui.none.innerHTML = '';
    return;
  }
  const { hints, parsed } = outcome;
  const tips: string[] = [];
  const hasFilters = Object.keys(state.filters).length > 0;
  if (hasFilters && (hints.unfiltered ?? 0) > 0) {
    tips.push(
      `去掉筛选条件后有 ${hints.unfiltered} 条结果：<a href="${escapeHtml(searchHref(state.q, { ...state, filters: {} }))}">去掉全部筛选</a>`,
    );
  }
  if (hints.nearest && hints.nearest.length > 0) {
    const links = hints.nearest.map(
      (a) => `<a href="${escapeHtml(searchHref(a.figure.replace(/\s+/g, '')))}">${escapeHtml(formatMoney(a.value, a.currency))}</a>`,
    );
    const range = `${parsed.amounts[0]?.raw ?? ''}以上`;
    tips.push(
      `金额按数额精确匹配，没有措施写着这个数额。最接近的数额：${links.join('、')}；也可以搜一个范围，如<a href="${escapeHtml(searchHref(range, state))}">${escapeHtml(range)}</a>`,
    );
  }
  if (outcome.mode === 'mixed') {
    const amountsQ = parsed.amounts.map((a) => a.raw).join(' ');
    const wordsQ = [parsed.text, ...parsed.wenhao].filter(Boolean).join(' ');
    if ((hints.amountsAlone ?? 0) > 0)
      tips.push(
        `只按金额搜索：<a href="${escapeHtml(searchHref(amountsQ, state))}">${escapeHtml(amountsQ)}</a>（${hints.amountsAlone} 条）`,
      );
    if ((hints.wordsAlone ?? 0) > 0)
      tips.push(`只按词语搜索：<a href="${escapeHtml(searchHref(wordsQ, state))}">${escapeHtml(wordsQ)}</a>（${hints.wordsAlone} 条）`);
  }
  tips.push('换个说法，或只留两三个关键字，如“补贴”“就业”“担保”');
  tips.push('或者直接<a href="/docs/">按文件浏览</a>、<a href="/agencies/">按单位浏览</a>');
  ui.none.hidden = false;
  ui.none.innerHTML = `<p><strong>没有找到与${state.q ? `“${escapeHtml(state.q)}”` : '所选条件'}相符的结果。</strong></p><ul>${tips.map((t) => `<li>${t}</li>`).join('')}</ul>`;
}

// ---------------------------------------------------------------------------
// Input: typing, submitting, sorting, links to other searches, Back and Forward.

let typingTimer: ReturnType<typeof setTimeout> | undefined;

function queryFromInput(): string {
  return ui.input.value.replace(/\s+/g, ' ').trim();
}

ui.input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });

ui.input.addEventListener('input', (event) => {
  if ((event as InputEvent).isComposing) return; // an IME is still composing: wait for compositionend
  scheduleTyping();
});
ui.input.addEventListener('compositionend', scheduleTyping);

function scheduleTyping(): void {
  clearTimeout(typingTimer);
  // A number with a money unit (500元, 5万): fetch the amount index while the reader types.
  if (/[\d０-９一二三四五六七八九十百千][ ]?[万亿元]/.test(ui.input.value)) void engine.then((e) => e.amountMeasures()).catch(() => {});
  typingTimer = setTimeout(() => {
    const q = queryFromInput();
    if (q === current.q) return;
    void show({ ...current, q }, typingEntry ? 'replace' : 'push');
    typingEntry = true;
  }, TYPING_DELAY);
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  const next = { ...current, q: queryFromInput() };
  const wasTyping = typingEntry;
  typingEntry = false;
  if (sameState(next, current)) {
    // Already shown while typing: say the result again for screen readers.
    if (wasTyping) {
      const text = ui.status.textContent;
      ui.status.textContent = '';
      requestAnimationFrame(() => (ui.status.textContent = text));
    }
    return;
  }
  void show(next, wasTyping ? 'replace' : 'push');
});

ui.sort.addEventListener('change', () => {
  typingEntry = false;
  void show({ ...current, sort: ui.sort.value as Sort }, 'push');
});

ui.more.addEventListener('click', async () => {
  const gen = generation;
  const from = shown;
  const cards = await loadCards(from, from + PAGE_SIZE);
  if (gen !== generation) return;
  ui.list.insertAdjacentHTML('beforeend', cards.map(renderCard).join(''));
  shown = from + cards.length;
  updateMore();
  ui.status.textContent = `${statusText(current, items.length)}，已显示 ${shown} 条`;
  ui.list.children[from]?.querySelector('a')?.focus();
});

// Links to other searches (examples, suggestions) stay on the page.
document.querySelector('.search-page')!.addEventListener('click', (event) => {
  const e = event as MouseEvent;
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const link = (e.target as Element).closest<HTMLAnchorElement>('a[href]');
  if (!link) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname || url.hash) return;
  e.preventDefault();
  typingEntry = false;
  void show(stateFromParams(url.searchParams), 'push', 'results');
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  void show(stateFromParams(new URLSearchParams(location.search)), 'none');
});

void show(current, 'none');
if (!current.q && Object.keys(current.filters).length === 0) ui.input.focus();
