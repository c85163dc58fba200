// The amount side index, sharded by value: what an amount query fetches.
//
// One file of every amount with its measure's card (/search/amounts.json) was 5.6 MB (424 KB
// gzip) at 100× the bundled corpus, fetched whole by the first amount query. Now a query
// fetches only the slices of the value axis it can match — each currency's values cut into
// eighths of a decade (…, [422, 562), [562, 750), … yuan): 500元 reads one slice, 10万-50万
// the six between — and the cards of the results it shows, from one small file per document.
//
//   /search/amounts/<currency>-<slice>.json  AmountSlice: the measures with an amount in it
//   /search/cards/<document>.json            CardFile: the card fields of that document's
//                                            measures with an amount
//   /search/amount-texts/<currency>-<slice>.json
//                                            CardFile: the cards of a slice's measures, texts
//                                            included, for mixed queries only (below)
//
// A mixed query (补贴 1000元) ranks the measures its amounts match by how much of its words
// their texts hold (engine.ts #mixed): every matched text is needed before the first result
// can be placed, which the per-document card files, fetched for the shown results only, cannot
// give without one request per matched document (hundreds at 100×). So the cards of a slice's
// measures are also written per slice: a mixed query fetches them for the slices it already
// reads — one more file per slice, its size that of the slice, never the corpus — while an
// amount-only query (500元, the ≤ 60 KB budget) still reads the small slice and a few cards.
//
// A measure with a printed range (10万-50万元) is in every slice its range crosses, so a
// point query inside the range finds it; a slice holds every amount of its measures, so a
// query with two amounts (1000元 5万元) sees all of a measure's amounts in either slice.
import type { Currency } from '../../pipeline/grammar/currency.ts';
import type { SideAmount } from './amountMatch.ts';
import type { FacetValues } from './facets.ts';
import type { AmountQuery } from './query.ts';

/** Slices per decade of value: eighths (a factor of 1.33 each). */
export const SLICES_PER_DECADE = 8;
/** Values equal up to this relative noise (amountMatch.sameValue) may sit in either neighbouring slice. */
const NOISE = 1e-6;

/** The slice a value falls in: 500 → 21 (10^(21/8) ≈ 422 ≤ 500 < 562). */
export function sliceOf(value: number): number {
  return Math.floor(Math.log10(Math.max(value, 1e-9)) * SLICES_PER_DECADE);
}

/** File key of a slice: CNY 500 → cny-21 (a negative slice, for fractions of a yuan, cny-m3). */
export function sliceKey(currency: Currency, slice: number): string {
  return `${currency.toLowerCase()}-${slice < 0 ? `m${-slice}` : slice}`;
}

/** The slices an amount lies in: every one its value, or printed range, touches. */
export function slicesOfAmount(a: Pick<SideAmount, 'value' | 'max' | 'currency'>): string[] {
  const from = sliceOf(a.value * (1 - NOISE));
  const to = sliceOf((a.max ?? a.value) * (1 + NOISE));
  const out: string[] = [];
  for (let k = from; k <= to; k++) out.push(sliceKey(a.currency, k));
  return out;
}

/**
 * The slices a query term needs, among those that exist: a point (500元) its own; a range
 * (10万-50万) every slice between; an open range (100万元以上) every slice above its floor.
 */
export function slicesForTerm(term: Pick<AmountQuery, 'min' | 'max' | 'currency'>, existing: readonly string[]): string[] {
  const from = sliceOf(term.min * (1 - NOISE));
  const to = term.max === null ? Infinity : sliceOf(term.max * (1 + NOISE));
  const prefix = `${term.currency.toLowerCase()}-`;
  return existing.filter((key) => {
    if (!key.startsWith(prefix)) return false;
    const n = key.slice(prefix.length);
    const k = n.startsWith('m') ? -Number(n.slice(1)) : Number(n);
    return k >= from && k <= to;
  });
}

/** The slices on either side of a term's own, for the amounts nearest one that matched nothing. */
export function slicesNear(term: Pick<AmountQuery, 'min' | 'currency'>, existing: readonly string[], reach = SLICES_PER_DECADE): string[] {
  const k = sliceOf(term.min);
  return slicesForTerm(
    { currency: term.currency, min: 10 ** ((k - reach) / SLICES_PER_DECADE), max: 10 ** ((k + reach + 1) / SLICES_PER_DECADE) },
    existing,
  );
}

/** A measure (or a passage: passages.ts) as an amount slice holds it: enough to match, filter and count it; its card is fetched apart. */
export interface AmountEntry {
  /** the measure's id (a passage's: the id of the page showing it, shared by a document's sections) */
  id: string;
  /** unique: the key of its card */
  url: string;
  /** its document's id: the card file to fetch */
  document: string;
  /** its place in corpus order (document order, then printed order): ties between matches keep it */
  order: number;
  amounts: SideAmount[];
  filters: FacetValues;
}

export interface AmountSlice {
  version: 1;
  measures: AmountEntry[];
}

/** What a result card shows of a measure found by its amount (render.ts cardFromSideMeasure). */
export interface MeasureCard {
  url: string;
  title: string;
  doc: string;
  place: string;
  lead: string;
  deadline: string;
  validity?: string;
  text: string;
}

export interface CardFile {
  version: 1;
  /** measure (or passage) URL → card */
  cards: Record<string, MeasureCard>;
}

/** Where the engine gets amounts and cards: the sharded files (load.ts), or a list in memory (tests). */
export interface AmountSource {
  /** the measures that may answer these terms (all of their slices), in corpus order */
  measures(terms: ReadonlyArray<Pick<AmountQuery, 'min' | 'max' | 'currency'>>): Promise<AmountEntry[]>;
  /** measures with amounts near a term that matched nothing, for the no-result message */
  near(term: Pick<AmountQuery, 'min' | 'currency'>): Promise<AmountEntry[]>;
  /** the card of a measure, fetched for the results shown */
  card(entry: AmountEntry): Promise<MeasureCard>;
  /** the cards, texts included, of every measure in these terms' slices, by URL: for ranking a mixed query by its words */
  cards(terms: ReadonlyArray<Pick<AmountQuery, 'min' | 'max' | 'currency'>>): Promise<ReadonlyMap<string, MeasureCard>>;
}

/** An AmountSource over measures held in memory (each its own card). */
export function amountSourceOf(measures: ReadonlyArray<AmountEntry & MeasureCard>): AmountSource {
  return {
    measures: async () => [...measures],
    near: async () => [...measures],
    card: async (entry) => measures.find((m) => m.url === entry.url)!,
    cards: async () => new Map(measures.map((m) => [m.url, m])),
  };
}
