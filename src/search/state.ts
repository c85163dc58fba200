// The whole search state lives in the URL: /search/?q=补贴&place=天门市&sort=amount-desc.
// A search can be shared, reloaded and gone back to; the page keeps nothing else.
//
// Parameter names are ASCII (a Chinese name is percent-encoded into an unreadable link
// when shared in a chat app). Links shared before that used the facets' Chinese labels,
// /search/?q=补贴&地区=天门市&金额=有金额; those are still read (LEGACY_PARAMS), and the
// page then rewrites its URL to the ASCII form (usesLegacyParams).
import { FACETS, HAS_AMOUNT, NO_AMOUNT, isAmountValue, isValidityValue, type Facet, type Selection } from './facets.ts';
import type { AmountSort } from './amountMatch.ts';

export type Sort = AmountSort;
export const SORTS: readonly Sort[] = ['relevance', 'amount-desc', 'amount-asc', 'subsidy-desc', 'subsidy-asc'];

export function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

export interface SearchState {
  q: string;
  filters: Selection;
  sort: Sort;
  /**
   * Words of the query to search as typed: the reader undid their expansion (找工作 was
   * also searched as 就业) or their correction (稳岗反还 was searched as 稳岗返还).
   * `?literal=找工作`, one parameter per word; absent when empty.
   */
  literal?: string[];
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/**
 * The parameter names of links shared before the names were ASCII. Frozen: they are part
 * of URLs already out there, not labels (the labels may change, these may not).
 */
export const LEGACY_PARAMS: Readonly<Partial<Record<Facet, string>>> = {
  place: '地区',
  doc: '文件',
  lead: '牵头单位',
  deadline: '完成时限',
  amount: '金额',
};

/** The amount facet's values in those links. */
const LEGACY_AMOUNT_VALUES: Readonly<Record<string, string>> = { 有金额: HAS_AMOUNT, 无金额: NO_AMOUNT };

function facetValue(facet: Facet, params: URLSearchParams): string | undefined {
  const ascii = params.get(facet)?.trim();
  if (ascii) return ascii;
  const name = LEGACY_PARAMS[facet];
  const legacy = name ? params.get(name)?.trim() : undefined;
  if (!legacy) return undefined;
  return facet === 'amount' ? LEGACY_AMOUNT_VALUES[legacy] : legacy;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Selection = {};
  for (const facet of FACETS) {
    const v = facetValue(facet, params);
    if (v && (facet !== 'amount' || isAmountValue(v)) && (facet !== 'validity' || isValidityValue(v))) filters[facet] = v;
  }
  const sort = params.get('sort') ?? '';
  const state: SearchState = { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
  const literal = [...new Set(params.getAll('literal').map((w) => w.trim()))].filter(Boolean);
  if (literal.length > 0) state.literal = literal;
  return state;
}

/** Does this query string use an old Chinese parameter name (so the page should rewrite it)? */
export function usesLegacyParams(params: URLSearchParams): boolean {
  return FACETS.some((facet) => {
    const name = LEGACY_PARAMS[facet];
    return name !== undefined && params.has(name);
  });
}

/** The query string for a state ('' for the empty state): q first, facets in a fixed order, defaults left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    const v = state.filters[facet];
    if (v) params.set(facet, v);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const w of state.literal ?? []) params.append('literal', w);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The site path of the search page showing this state. */
export function searchHref(state: SearchState): string {
  return `/search/${stateToSearch(state)}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

export function withFilter(state: SearchState, facet: Facet, value: string | undefined): SearchState {
  const filters = { ...state.filters };
  if (value === undefined || value === '') delete filters[facet];
  else filters[facet] = value;
  return { ...state, filters };
}

/** The state with one more word taken as typed (the reader undid its expansion or correction). */
export function withLiteral(state: SearchState, word: string): SearchState {
  const literal = [...new Set([...(state.literal ?? []), word])];
  return { ...state, literal };
}

/** A new query: words taken as typed belong to the old one. */
export function withQuery(state: SearchState, q: string): SearchState {
  const { literal: _literal, ...rest } = state;
  return { ...rest, q };
}
