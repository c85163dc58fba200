// The search filters (facets): which ones exist, the values a page carries, and how a
// selection narrows a list and counts what is left.
//
// The same values are written twice at build time — as `data-pagefind-filter` on each page
// and into the search side index (/search/index.json) — so both are computed here, once.
// In the browser, Pagefind filters and counts text results; for amount-only queries, which
// never touch Pagefind, `facetCounts` does the same over side-index entries.

export const FACETS = ['地区', '文件', '牵头单位', '完成时限', '金额'] as const;
import { truncate } from '../lib/format.ts';

export type Facet = (typeof FACETS)[number];

/** One value per facet at most: the UI offers each facet as a radio group. */
export type Selection = Partial<Record<Facet, string>>;
export type FacetValues = Partial<Record<Facet, string[]>>;
export type FacetCounts = Partial<Record<Facet, Record<string, number>>>;

export const HAS_AMOUNT = '有金额';
export const NO_AMOUNT = '无金额';

/** Document titles are long; the 文件 facet and result cards use the first 24 characters. */
export function shortDocTitle(title: string): string {
  return truncate(title, 24);
}

export interface MeasureFacetInput {
  place: string;
  docTitle: string;
  leadNames: string[];
  deadline: string;
  hasAmount: boolean;
}

/** The facet values of a measure page. */
export function measureFacetValues(m: MeasureFacetInput): Required<FacetValues> {
  return {
    地区: [m.place],
    文件: [shortDocTitle(m.docTitle)],
    牵头单位: [...new Set(m.leadNames)],
    完成时限: [m.deadline],
    金额: [m.hasAmount ? HAS_AMOUNT : NO_AMOUNT],
  };
}

/** The facet values of a document page: only where it is from and what it is. */
export function documentFacetValues(d: { place: string; title: string }): FacetValues {
  return { 地区: [d.place], 文件: [shortDocTitle(d.title)] };
}

/** Does a page with these values pass the selection (ignoring one facet, for counting it)? */
export function matchesSelection(values: FacetValues, selection: Selection, except?: Facet): boolean {
  for (const facet of FACETS) {
    const wanted = selection[facet];
    if (wanted === undefined || facet === except) continue;
    if (!(values[facet] ?? []).includes(wanted)) return false;
  }
  return true;
}

/**
 * For every facet, how many entries each value would give if chosen instead of the
 * facet's current value (the other facets' selections still apply). This is what a radio
 * group should show: picking 钟祥市 while 天门市 is selected replaces it.
 */
export function facetCounts(entries: Array<{ filters: FacetValues }>, selection: Selection): FacetCounts {
  const counts: FacetCounts = {};
  for (const facet of FACETS) {
    const c: Record<string, number> = {};
    for (const e of entries) {
      if (!matchesSelection(e.filters, selection, facet)) continue;
      for (const v of e.filters[facet] ?? []) c[v] = (c[v] ?? 0) + 1;
    }
    counts[facet] = c;
  }
  return counts;
}

/** The selection as a Pagefind `filters` object (AND across facets), plus any extra clauses. */
export function pagefindFilters(selection: Selection, except?: Facet, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const facet of FACETS) {
    const v = selection[facet];
    if (v !== undefined && facet !== except) filters[facet] = v;
  }
  return { ...filters, ...extra };
}

const DEADLINE_RE = /^(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?$/;

/** Sort key for a deadline label: dates in time order, then 持续推进, other wording, 未写明. */
function deadlineKey(label: string): string {
  const m = DEADLINE_RE.exec(label);
  if (m) return `0${m[1]}-${(m[2] ?? '99').padStart(2, '0')}-${(m[3] ?? '99').padStart(2, '0')}`;
  if (label === '持续推进') return '1';
  if (label === '未写明') return '3';
  return `2${label}`;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The values to show for a facet: those with results (and the selected one, even at
 * zero, so it can be unselected), deadlines in time order, 金额 有 before 无, the rest by
 * count and then by name.
 */
export function orderFacetValues(facet: Facet, counts: Record<string, number>, selected?: string): Array<[string, number]> {
  const entries = Object.entries(counts).filter(([v, n]) => n > 0 || v === selected);
  if (selected !== undefined && !(selected in counts)) entries.push([selected, 0]);
  if (facet === '完成时限')
    return entries.sort((a, b) => (deadlineKey(a[0]) < deadlineKey(b[0]) ? -1 : deadlineKey(a[0]) > deadlineKey(b[0]) ? 1 : 0));
  if (facet === '金额') return entries.sort((a, b) => Number(a[0] !== HAS_AMOUNT) - Number(b[0] !== HAS_AMOUNT));
  return entries.sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}
