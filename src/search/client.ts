// <search-app>, the /search/ page in the browser: a thin custom element that finds its
// parts, reads the state from the URL, runs the search (engine.ts), puts the rendered
// cards, filters and messages (render.ts, view.ts) in place, and keeps the URL and
// history in step. Its messages come from the page (data-messages), not from a bundled
// dictionary.
//
// History: a search the reader commits (Enter, a filter, the sort, a suggestion link) is a
// new history entry, so Back returns to the previous search. While typing, the first
// keystroke's search makes an entry and later ones replace it, so Back does not step
// through every character. A link shared with the old Chinese parameter names
// (?地区=天门市) is read, and the URL rewritten to the ASCII form in place.
import { translator } from '../i18n/translate.ts';
import type { ClientMessages, ClientTranslate } from '../i18n/zh-CN.ts';
import type { Item, Outcome, SearchEngine } from './engine.ts';
import { parseQuery } from './query.ts';
import { amountLoader, loadEngine, pagefindLoader } from './load.ts';
import { FACETS, isFacet, type Facet, type FacetCounts } from './facets.ts';
import { closestTarget, required } from './dom.ts';
import { explainQuery } from './explain.ts';
import { renderCard, type Card } from './render.ts';
import {
  isSort,
  sameState,
  stateFromParams,
  stateToSearch,
  usesLegacyParams,
  withFilter,
  withQuery,
  EMPTY_STATE,
  type SearchState,
} from './state.ts';
import {
  PAGE_SIZE,
  phraseNotice,
  renderChips,
  renderEntities,
  renderError,
  renderFacets,
  renderNone,
  renderUnderstood,
  statusText,
  toggleText,
} from './view.ts';

const TYPING_DELAY = 300;
/** A number with a money unit being typed (500元, 5万, 3萬, 两千元, 港币): worth fetching the amount index already. */
const TYPING_AMOUNT = /[\d０-９一二两兩三四五六七八九十百千][ ]?[万亿元萬億币]/;

type HistoryMode = 'push' | 'replace' | 'none';
type FocusTarget = 'results' | 'filters' | { facet: Facet; value: string } | null;

/** The messages the page hands over as JSON in data-messages. */
function readMessages(el: HTMLElement): ClientTranslate {
  const json: unknown = JSON.parse(el.dataset['messages'] ?? 'null');
  if (typeof json !== 'object' || json === null || Object.values(json).some((v) => typeof v !== 'string'))
    throw new Error('search page: data-messages must be an object of strings');
  // Checked to be strings; a key the page did not send throws “no such message” on first use.
  return translator(json as ClientMessages);
}

const isEmptyState = (state: SearchState) => !state.q && Object.keys(state.filters).length === 0;
/** What the engine answers for an empty state (examples shown), without loading it. */
/** An empty query: browse mode, the filters with the site's counts the page carries (browse.ts) — no index loaded. */
const emptyOutcome = (counts: FacetCounts): Outcome => ({
  parsed: parseQuery(''),
  mode: 'empty',
  items: [],
  counts,
  facets: FACETS.filter((f) => Object.keys(counts[f] ?? {}).length > 0),
  hints: {},
});

const queryOf = (input: HTMLInputElement) => input.value.replace(/\s+/g, ' ').trim();

class SearchApp extends HTMLElement {
  #t!: ClientTranslate;
  /** Loaded on first need (a query in the URL, or the reader typing): the empty page fetches no index. */
  #engine: Promise<SearchEngine> | null = null;
  #loadPagefind!: ReturnType<typeof pagefindLoader>;
  #ui!: ReturnType<SearchApp['findParts']>;
  #current: SearchState = EMPTY_STATE;
  #generation = 0;
  #typingEntry = false;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #items: Item[] = [];
  #shown = 0;
  readonly #expanded = new Set<Facet>();

  findParts() {
    const $ = <T extends Element>(selector: string, type: abstract new (...args: never[]) => T) => required(this, selector, type);
    const resultsHeading = $('#search-results-h', HTMLElement);
    return {
      form: $('#search-form', HTMLFormElement),
      input: $('#search-q', HTMLInputElement),
      app: $('#search-app', HTMLElement),
      explain: $('#search-explain', HTMLElement),
      resultsHeading,
      results: required(this, 'section.search-results', HTMLElement),
      status: $('#search-status', HTMLElement),
      sortBox: $('#search-sort-box', HTMLElement),
      sort: $('#search-sort', HTMLSelectElement),
      list: $('#search-list', HTMLOListElement),
      more: $('#search-more', HTMLButtonElement),
      none: $('#search-none', HTMLElement),
      empty: $('#search-empty', HTMLElement),
      filters: $('#search-filters', HTMLElement),
      filtersHeading: $('#search-filters-h', HTMLElement),
      active: $('#search-active', HTMLElement),
      facets: $('#search-facets', HTMLElement),
      toFilters: $('#search-to-filters', HTMLElement),
      toolbar: $('#search-toolbar', HTMLElement),
      notice: $('#search-notice', HTMLElement),
      understood: $('#search-understood', HTMLElement),
      entities: $('#search-entities', HTMLElement),
    };
  }

  connectedCallback(): void {
    this.#t = readMessages(this);
    this.#ui = this.findParts();
    const list = (name: string, fallback: string[]) => (JSON.parse(this.dataset[name] ?? 'null') as string[] | null) ?? fallback;
    this.#loadPagefind = pagefindLoader(list('bundles', ['/pagefind/']), list('shards', []));
    const ui = this.#ui;
    ui.app.hidden = false;
    ui.filtersHeading.tabIndex = -1;
    this.#wire();
    const params = new URLSearchParams(location.search);
    const state = stateFromParams(params);
    void this.show(state, usesLegacyParams(params) ? 'replace' : 'none');
    if (!state.q && Object.keys(state.filters).length === 0) ui.input.focus();
  }

  /** Show a state: URL and history, the controls, then the results when they arrive. */
  async show(state: SearchState, mode: HistoryMode, focus: FocusTarget = null): Promise<void> {
    const ui = this.#ui;
    const gen = ++this.#generation;
    this.#current = state;
    // For `npm run bench`: time from here to the first results on screen.
    performance.mark('search:start');
    const url = location.pathname + stateToSearch(state);
    if (mode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
    else if (mode === 'replace') history.replaceState(null, '', url);
    if (queryOf(ui.input) !== state.q) ui.input.value = state.q;
    ui.sort.value = state.sort;
    document.title = state.q ? this.#t('search.docTitle', { q: state.q }) : this.#t('search.docTitle.empty');
    ui.results.setAttribute('aria-busy', 'true');
    try {
      const outcome = isEmptyState(state)
        ? emptyOutcome(JSON.parse(this.dataset['browse'] ?? '{}') as FacetCounts)
        : await (await this.#getEngine()).run(state);
      if (gen !== this.#generation) return;
      this.#items = outcome.items;
      const cards = await this.#cards(0, PAGE_SIZE);
      if (gen !== this.#generation) return;
      this.#render(outcome, state, cards);
    } catch (error) {
      if (gen !== this.#generation) return;
      this.#showError(error);
    } finally {
      if (gen === this.#generation) ui.results.removeAttribute('aria-busy');
    }
    if (gen !== this.#generation) return;
    if (focus === 'results') ui.resultsHeading.focus();
    else if (focus === 'filters') ui.filtersHeading.focus();
    else if (focus) ui.facets.querySelector<HTMLElement>(`input[data-facet="${focus.facet}"][value="${CSS.escape(focus.value)}"]`)?.focus();
  }

  #getEngine(): Promise<SearchEngine> {
    this.#engine ??= loadEngine(this.#loadPagefind, amountLoader(JSON.parse(this.dataset['amountSlices'] ?? '[]') as string[]));
    this.#engine.catch(() => (this.#engine = null));
    return this.#engine;
  }

  #cards(from: number, to: number): Promise<Card[]> {
    return Promise.all(this.#items.slice(from, to).map((item) => item.load()));
  }

  #render(outcome: Awaited<ReturnType<SearchEngine['run']>>, state: SearchState, cards: Card[]): void {
    const ui = this.#ui;
    const t = this.#t;
    this.#shown = cards.length;
    const isEmpty = outcome.mode === 'empty';
    const explained = explainQuery(state.q, outcome.parsed, t);
    ui.explain.hidden = explained.length === 0;
    ui.explain.textContent = explained.join(t('search.explain.separator'));
    const hasFacets = outcome.facets.length > 0 || Object.keys(state.filters).length > 0;
    ui.empty.hidden = !isEmpty;
    ui.toolbar.hidden = isEmpty;
    ui.sortBox.hidden = this.#items.length === 0 && state.sort === 'relevance';
    // With an empty query the filters are still offered (browse mode): start from a facet.
    ui.filters.hidden = !hasFacets;
    ui.toFilters.hidden = isEmpty || !hasFacets;
    ui.list.innerHTML = cards.map((c) => renderCard(c, t).value).join('');
    const understood = renderUnderstood(outcome, state, t).value;
    ui.understood.hidden = understood === '';
    ui.understood.innerHTML = understood;
    const entities = renderEntities(outcome.entities ?? [], t).value;
    ui.entities.hidden = entities === '';
    ui.entities.innerHTML = entities;
    // A corrected or partial query already says what it found; the phrase notice would repeat it.
    const notice =
      this.#items.length > 0 && !outcome.understood?.correction && !outcome.understood?.partial
        ? phraseNotice(outcome.hints.phraseMissing ?? [], t)
        : '';
    ui.notice.hidden = notice === '';
    ui.notice.textContent = notice;
    this.#updateMore();
    ui.facets.innerHTML = renderFacets(outcome, state, this.#expanded, t).value;
    ui.active.innerHTML = renderChips(state, t).value;
    const none = renderNone(outcome, state, t);
    ui.none.hidden = none === null;
    ui.none.innerHTML = none?.value ?? '';
    ui.status.textContent = isEmpty ? '' : statusText(state, this.#items.length, t);
    performance.mark('search:results');
  }

  #updateMore(): void {
    const left = this.#items.length - this.#shown;
    this.#ui.more.hidden = left <= 0;
    this.#ui.more.textContent = this.#t('search.more.left', { count: left });
  }

  #showError(error: unknown): void {
    const ui = this.#ui;
    console.error(error);
    this.#items = [];
    ui.notice.hidden = true;
    ui.understood.hidden = true;
    ui.entities.hidden = true;
    ui.list.innerHTML = '';
    ui.more.hidden = true;
    ui.empty.hidden = true;
    ui.none.hidden = false;
    ui.none.innerHTML = renderError(this.#t).value;
    ui.status.textContent = this.#t('search.status.error');
  }

  /** A search the reader committed: a new history entry. */
  #commit(state: SearchState, focus: FocusTarget = null): void {
    this.#typingEntry = false;
    void this.show(state, 'push', focus);
  }

  #scheduleTyping(): void {
    const ui = this.#ui;
    clearTimeout(this.#typingTimer);
    // The reader is typing: time to fetch what the search needs, and the amount index for an amount.
    const engine = this.#getEngine();
    void this.#loadPagefind().catch(() => {});
    if (TYPING_AMOUNT.test(ui.input.value)) void engine.then((e) => e.amountMeasures(e.parse(ui.input.value).amounts)).catch(() => {});
    this.#typingTimer = setTimeout(() => {
      const q = queryOf(ui.input);
      if (q === this.#current.q) return;
      void this.show(withQuery(this.#current, q), this.#typingEntry ? 'replace' : 'push');
      this.#typingEntry = true;
    }, TYPING_DELAY);
  }

  #wire(): void {
    const ui = this.#ui;
    ui.facets.addEventListener('change', (event) => {
      const input = closestTarget(event, 'input[type="radio"][data-facet]', HTMLInputElement);
      const facet = input?.dataset['facet'];
      if (!input || !facet || !isFacet(facet)) return;
      this.#commit(withFilter(this.#current, facet, input.value || undefined), { facet, value: input.value });
    });

    ui.facets.addEventListener('click', (event) => {
      const button = closestTarget(event, 'button.search-facet-toggle', HTMLButtonElement);
      const facet = button?.dataset['facet'];
      if (!button || !facet || !isFacet(facet)) return;
      const open = !this.#expanded.has(facet);
      if (open) this.#expanded.add(facet);
      else this.#expanded.delete(facet);
      const list = required(ui.facets, `#${button.getAttribute('aria-controls')}`, HTMLUListElement);
      for (const li of list.querySelectorAll<HTMLElement>('.search-facet-extra')) li.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = toggleText(open, list.children.length - 1, this.#t);
    });

    ui.active.addEventListener('click', (event) => {
      const remove = closestTarget(event, 'button[data-remove]', HTMLButtonElement)?.dataset['remove'];
      if (remove === '*') this.#commit({ ...this.#current, filters: {} }, 'filters');
      else if (remove && isFacet(remove)) this.#commit(withFilter(this.#current, remove, undefined), 'filters');
    });

    ui.input.addEventListener('input', (event) => {
      if (event instanceof InputEvent && event.isComposing) return; // an IME is still composing: wait for compositionend
      this.#scheduleTyping();
    });
    ui.input.addEventListener('compositionend', () => this.#scheduleTyping());

    ui.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      const q = queryOf(ui.input);
      const next = q === this.#current.q ? this.#current : withQuery(this.#current, q);
      const wasTyping = this.#typingEntry;
      this.#typingEntry = false;
      if (sameState(next, this.#current)) {
        // Already shown while typing: say the result again for screen readers.
        if (wasTyping) {
          const text = ui.status.textContent;
          ui.status.textContent = '';
          requestAnimationFrame(() => (ui.status.textContent = text));
        }
        return;
      }
      void this.show(next, wasTyping ? 'replace' : 'push');
    });

    ui.sort.addEventListener('change', () => {
      if (isSort(ui.sort.value)) this.#commit({ ...this.#current, sort: ui.sort.value });
    });

    ui.more.addEventListener('click', async () => {
      const gen = this.#generation;
      const from = this.#shown;
      const cards = await this.#cards(from, from + PAGE_SIZE);
      if (gen !== this.#generation) return;
      ui.list.insertAdjacentHTML('beforeend', cards.map((c) => renderCard(c, this.#t).value).join(''));
      this.#shown = from + cards.length;
      this.#updateMore();
      const status = statusText(this.#current, this.#items.length, this.#t);
      ui.status.textContent = this.#t('search.status.shown', { status, shown: this.#shown });
      ui.list.children[from]?.querySelector('a')?.focus();
    });

    // Links to other searches (examples, suggestions) stay on the page.
    this.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = closestTarget(event, 'a[href]', HTMLAnchorElement);
      if (!link) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || url.pathname !== location.pathname || url.hash) return;
      event.preventDefault();
      this.#commit(stateFromParams(url.searchParams), 'results');
    });

    window.addEventListener('popstate', () => {
      clearTimeout(this.#typingTimer);
      this.#typingEntry = false;
      void this.show(stateFromParams(new URLSearchParams(location.search)), 'none');
    });
  }
}

customElements.define('search-app', SearchApp);
