// The search filters (facets): which ones exist, the values a page carries, and how a
// selection narrows a list and counts what is left.
//
// A facet's name is ASCII (place, doc, lead, deadline, amount): it is at once the URL
// parameter (/search/?place=天门市) and the Pagefind filter key; readers see the label
// from the dictionary (facet.place → 地区). The values are what pages print (天门市,
// 市财政局, 2022年12月), except the amount facet's, which are yes / no.
//
// The same values are written twice at build time — as `data-pagefind-filter` on each page
// and into the search side index (/search/index.json) — so both are computed here, once.
// In the browser, Pagefind filters and counts text results; for amount-only queries, which
// never touch Pagefind, `facetCounts` does the same over side-index entries.

import { truncate } from '../lib/text.ts';
import { VALIDITY_STATUSES, type ValidityStatus } from '../../pipeline/grammar/validityStatus.ts';

export const FACETS = ['place', 'doc', 'lead', 'deadline', 'amount', 'validity'] as const;

export type Facet = (typeof FACETS)[number];

export function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

/** One value per facet at most: the UI offers each facet as a radio group. */
export type Selection = Partial<Record<Facet, string>>;
export type FacetValues = Partial<Record<Facet, string[]>>;
export type FacetCounts = Partial<Record<Facet, Record<string, number>>>;

/** The amount facet's values; their labels are facet.amount.yes / facet.amount.no. */
export const HAS_AMOUNT = 'yes';
export const NO_AMOUNT = 'no';
export type AmountValue = typeof HAS_AMOUNT | typeof NO_AMOUNT;

export function isAmountValue(value: string): value is AmountValue {
  return value === HAS_AMOUNT || value === NO_AMOUNT;
}

/** The validity facet's values are the statuses (in-force, expired …); their labels are validity.status.*. */
export function isValidityValue(value: string): value is ValidityStatus {
  return (VALIDITY_STATUSES as readonly string[]).includes(value);
}

/** Document titles are long; the doc facet and result cards use the first 24 characters. */
export function shortDocTitle(title: string): string {
  return truncate(title, 24);
}

export interface MeasureFacetInput {
  place: string;
  docTitle: string;
  leadNames: string[];
  deadline: string;
  hasAmount: boolean;
  /** its validity's status as of the site's date; null when the site has no date */
  validity: ValidityStatus | null;
}

/** The facet values of a measure page. */
export function measureFacetValues(m: MeasureFacetInput): Required<FacetValues> {
  return {
    place: [m.place],
    doc: [shortDocTitle(m.docTitle)],
    lead: [...new Set(m.leadNames)],
    deadline: [m.deadline],
    amount: [m.hasAmount ? HAS_AMOUNT : NO_AMOUNT],
    validity: m.validity ? [m.validity] : [],
  };
}

/** The facet values of a document page: where it is from, what it is, and whether it is in force. */
export function documentFacetValues(d: { place: string; title: string; validity?: ValidityStatus | null }): FacetValues {
  return { place: [d.place], doc: [shortDocTitle(d.title)], ...(d.validity ? { validity: [d.validity] } : {}) };
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

/** How the deadline values that are not dates read (deadline.ongoing, deadline.none). */
export interface DeadlineLabels {
  ongoing: string;
  none: string;
}

/** Sort key for a deadline label: dates in time order, then 持续推进, other wording, 未写明. */
function deadlineKey(label: string, labels: DeadlineLabels): string {
  const m = DEADLINE_RE.exec(label);
  if (m) return `0${m[1]}-${(m[2] ?? '99').padStart(2, '0')}-${(m[3] ?? '99').padStart(2, '0')}`;
  if (label === labels.ongoing) return '1';
  if (label === labels.none) return '3';
  return `2${label}`;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The values to show for a facet: those with results (and the selected one, even at
 * zero, so it can be unselected), deadlines in time order, amounts yes before no, the
 * rest by count and then by name.
 */
export function orderFacetValues(
  facet: Facet,
  counts: Record<string, number>,
  selected: string | undefined,
  deadlines: DeadlineLabels,
): Array<[string, number]> {
  const entries = Object.entries(counts).filter(([v, n]) => n > 0 || v === selected);
  if (selected !== undefined && !(selected in counts)) entries.push([selected, 0]);
  if (facet === 'deadline') {
    const key = (label: string) => deadlineKey(label, deadlines);
    return entries.sort((a, b) => (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : 0));
  }
  if (facet === 'amount') return entries.sort((a, b) => Number(a[0] !== HAS_AMOUNT) - Number(b[0] !== HAS_AMOUNT));
  if (facet === 'validity') {
    const rank = (v: string) => (isValidityValue(v) ? VALIDITY_STATUSES.indexOf(v) : VALIDITY_STATUSES.length);
    return entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  }
  return entries.sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}
