// What the search page shows around the result cards, as HTML strings (html.ts escapes
// every value): the filter groups and the chips of the chosen filters, the status line,
// the notices, and the no-result message with its ways on. Pure: the page (client.ts)
// puts the strings in place and wires the events.
import type { ClientTranslate } from '../i18n/zh-CN.ts';
import { formatMoney } from './explain.ts';
import { FACETS, isAmountValue, isValidityValue, orderFacetValues, type Facet } from './facets.ts';
import { html, partsHtml, type Html } from './html.ts';
import type { Outcome } from './engine.ts';
import { searchHref, withLiteral, EMPTY_STATE, type SearchState } from './state.ts';
import type { EntityCard } from './entities.ts';

/** Entity cards shown at most; the rest are a link away (the agency list). */
export const MAX_ENTITY_CARDS = 6;
/** Results shown at first, and added by each “显示更多结果”. */
export const PAGE_SIZE = 20;
/** Values a filter group shows before “显示全部 N 项”. */
export const FACET_VISIBLE = 8;

/** How a filter value reads: the amount facet's yes / no and the validity statuses have labels, other values are what pages print. */
export function facetValueLabel(facet: Facet, value: string, t: ClientTranslate): string {
  if (facet === 'amount' && isAmountValue(value)) return t(`facet.amount.${value}`);
  if (facet === 'validity' && isValidityValue(value)) return t(`validity.status.${value}`);
  return value;
}

export function toggleText(open: boolean, count: number, t: ClientTranslate): string {
  return open ? t('search.facet.collapse') : t('search.facet.expand', { count });
}

/**
 * One radio group per facet, values with counts, “全部” first; a long list shows its first
 * FACET_VISIBLE values unless the reader expanded it (or a hidden value is the chosen one).
 */
export function renderFacets(
  outcome: Pick<Outcome, 'facets' | 'counts'>,
  state: SearchState,
  expanded: ReadonlySet<Facet>,
  t: ClientTranslate,
): Html {
  const deadlines = { ongoing: t('deadline.ongoing'), none: t('deadline.none') };
  return html`${outcome.facets.map((facet, fi) => {
    const selected = state.filters[facet];
    const values = orderFacetValues(facet, outcome.counts[facet] ?? {}, selected, deadlines);
    if (values.length === 0 && selected === undefined) return '';
    const open = expanded.has(facet);
    const listId = `facet-${fi}`;
    const option = (value: string, label: string, count: number | null, i: number) => {
      const id = `${listId}-${i}`;
      const checked = (selected ?? '') === value;
      const hide = !open && i > FACET_VISIBLE && !checked;
      return html`<li${hide && html` class="search-facet-extra" hidden`}><input type="radio" name="${listId}" id="${id}" data-facet="${facet}" value="${value}"${checked && html` checked`}><label for="${id}">${label}${count !== null && html` <span class="search-count">${count}</span>`}</label></li>`;
    };
    const rows = [
      option('', t('search.facet.all'), null, 0),
      ...values.map(([v, n], i) => option(v, facetValueLabel(facet, v, t), n, i + 1)),
    ];
    const toggle =
      values.length > FACET_VISIBLE &&
      html`<button type="button" class="search-facet-toggle secondary" data-facet="${facet}" aria-controls="${listId}" aria-expanded="${String(open)}">${toggleText(open, values.length, t)}</button>`;
    return html`<fieldset class="search-facet"><legend>${t(`facet.${facet}`)}</legend><ul id="${listId}">${rows}</ul>${toggle}</fieldset>`;
  })}`;
}

/** The chosen filters as buttons that remove them (and one to remove all, when there are several). */
export function renderChips(state: SearchState, t: ClientTranslate): Html {
  const chosen = FACETS.filter((f) => state.filters[f] !== undefined);
  if (chosen.length === 0) return html``;
  const chips = chosen.map((f) => {
    const words = { facet: t(`facet.${f}`), value: facetValueLabel(f, state.filters[f]!, t) };
    return html`<li><button type="button" class="secondary" data-remove="${f}" aria-label="${t('search.chip.remove', words)}">${t('search.chip', words)} <span aria-hidden="true">×</span></button></li>`;
  });
  const clear =
    chosen.length > 1 && html`<li><button type="button" class="secondary" data-remove="*">${t('search.chip.clear')}</button></li>`;
  return html`<ul class="search-chips">${chips}${clear}</ul>`;
}

function what(state: SearchState, t: ClientTranslate): string {
  return state.q ? t('search.what.query', { q: state.q }) : t('search.what.filters');
}

/** The status line, read out by screen readers: “补贴”找到 63 条结果. */
export function statusText(state: SearchState, total: number, t: ClientTranslate): string {
  return total === 0 ? t('search.status.none', { what: what(state, t) }) : t('search.status.found', { what: what(state, t), count: total });
}

/** The phrases of the query no result holds as typed; '' when there are none. */
export function phraseNotice(missing: readonly string[], t: ClientTranslate): string {
  if (missing.length === 0) return '';
  const phrases = missing.map((phrase) => t('search.phrase', { phrase })).join(t('search.list'));
  return t('search.phraseMissing', { phrases });
}

export function renderError(t: ClientTranslate): Html {
  return html`<p>${partsHtml(t.parts('search.error'))}</p>`;
}

/** No results: say why, and offer ways on. Null when there are results (or nothing was asked). */
export function renderNone(
  outcome: Pick<Outcome, 'mode' | 'items' | 'hints' | 'parsed'>,
  state: SearchState,
  t: ClientTranslate,
): Html | null {
  if (outcome.mode === 'empty' || outcome.items.length > 0) return null;
  const { hints, parsed } = outcome;
  const href = (q: string, base: SearchState = EMPTY_STATE) => searchHref({ ...base, q });
  const tips: Html[] = [];
  if (Object.keys(state.filters).length > 0 && (hints.unfiltered ?? 0) > 0)
    tips.push(partsHtml(t.parts('search.none.unfiltered', { count: hints.unfiltered!, href: searchHref({ ...state, filters: {} }) })));
  if (hints.nearest && hints.nearest.length > 0) {
    const links = hints.nearest.map(
      (a, i) => html`${i > 0 && '、'}<a href="${href(a.figure.replace(/\s+/g, ''))}">${formatMoney(a.value, a.currency)}</a>`,
    );
    const range = t('search.none.range', { amount: parsed.amounts[0]?.raw ?? '' });
    // Two messages around the list of links, which a message's own markup cannot hold.
    tips.push(
      html`${t('search.none.nearest')}${links}${partsHtml(t.parts('search.none.nearestRange', { range, href: href(range, state) }))}`,
    );
  }
  if (outcome.mode === 'mixed') {
    const amountsQ = parsed.amounts.map((a) => a.raw).join(' ');
    const wordsQ = [parsed.text, ...parsed.wenhao].filter(Boolean).join(' ');
    if ((hints.amountsAlone ?? 0) > 0)
      tips.push(partsHtml(t.parts('search.none.amountsAlone', { q: amountsQ, href: href(amountsQ, state), count: hints.amountsAlone! })));
    if ((hints.wordsAlone ?? 0) > 0)
      tips.push(partsHtml(t.parts('search.none.wordsAlone', { q: wordsQ, href: href(wordsQ, state), count: hints.wordsAlone! })));
  }
  tips.push(html`${t('search.none.reword')}`, partsHtml(t.parts('search.none.browse')));
  return html`<p><strong>${t('search.none.title', { what: what(state, t) })}</strong></p><ul>${tips.map((tip) => html`<li>${tip}</li>`)}</ul>`;
}

/**
 * How the words were understood, each with its way back: “也搜索了：就业 ×” (the × link
 * searches the typed word only), “你要找的是不是：稳岗返还（已按此搜索）· 仍按“稳岗反还”搜索”,
 * the note on partial matches, and the hint for a query in Latin letters. Empty when
 * there is nothing to say.
 */
export function renderUnderstood(outcome: Pick<Outcome, 'understood' | 'items'>, state: SearchState, t: ClientTranslate): Html {
  const u = outcome.understood;
  if (!u) return html``;
  const lines: Html[] = [];
  if (u.correction) {
    const undo = u.correction.typed.reduce((s, w) => withLiteral(s, w), state);
    lines.push(
      html`<p class="search-correction">${t('search.correction')}<strong>${u.correction.text}</strong>${t('search.correction.searched')} · <a href="${searchHref(undo)}">${t('search.correction.original', { typed: u.correction.typed.join(' ') })}</a></p>`,
    );
  }
  if (u.expansions.length > 0) {
    const links = u.expansions.map(
      (e, i) =>
        html`${i > 0 && t('search.list')}<a class="search-also-term" href="${searchHref(withLiteral(state, e.typed))}" aria-label="${t('search.also.undo', e)}">${e.official} <span aria-hidden="true">×</span></a>`,
    );
    lines.push(html`<p class="search-also">${t('search.also')}${links}</p>`);
  }
  if (u.partial && outcome.items.length > 0) {
    const words = u.partial.map((phrase) => t('search.phrase', { phrase })).join(t('search.list'));
    lines.push(html`<p class="search-partial">${t('search.partial', { words })}</p>`);
  }
  if (u.latin) lines.push(html`<p class="search-latin">${partsHtml(t.parts('search.latin'))}</p>`);
  return html`${lines}`;
}

/** Cards for the agencies, places and documents the query names, most active first. */
export function renderEntities(entities: readonly EntityCard[], t: ClientTranslate): Html {
  if (entities.length === 0) return html``;
  const shown = entities.slice(0, MAX_ENTITY_CARDS);
  const cards = shown.map((e) => {
    const facts =
      e.kind === 'agency'
        ? t('search.entity.agency', { lead: e.lead, shared: e.shared })
        : e.kind === 'place'
          ? t('search.entity.place', { documents: e.documents, measures: e.measures })
          : t('search.entity.document', { place: e.place, measures: e.measures });
    const place = e.kind === 'agency' && !e.name.startsWith(e.place) ? html` <span class="muted">${e.place}</span>` : '';
    return html`<li class="search-entity search-entity-${e.kind}"><span class="search-kind">${t(`search.entity.kind.${e.kind}`)}</span> <a href="${e.url}">${e.name}</a>${place} <span class="search-entity-facts">${facts}</span></li>`;
  });
  const more =
    entities.length > shown.length &&
    html`<p class="search-entity-more">${partsHtml(t.parts('search.entity.more', { count: entities.length - shown.length }))}</p>`;
  return html`<ul class="search-entities" aria-label="${t('search.entities')}">${cards}</ul>${more}`;
}
