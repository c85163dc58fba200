// The whole search state lives in the URL: /search/?q=补贴&地区=天门市&sort=amount-desc.
// A search can be shared, reloaded and gone back to; the page keeps nothing else.
import { FACETS, type Selection } from './facets.ts';
import type { AmountSort } from './amountMatch.ts';

export type Sort = AmountSort;
export const SORTS: readonly Sort[] = ['relevance', 'amount-desc', 'amount-asc'];

export interface SearchState {
  q: string;
  filters: Selection;
  sort: Sort;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Selection = {};
  for (const facet of FACETS) {
    const v = params.get(facet)?.trim();
    if (v) filters[facet] = v;
  }
  const sort = params.get('sort') as Sort | null;
  return { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
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
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

export function withFilter(state: SearchState, facet: keyof Selection, value: string | undefined): SearchState {
  const filters = { ...state.filters };
  if (value === undefined || value === '') delete filters[facet];
  else filters[facet] = value;
  return { ...state, filters };
}
