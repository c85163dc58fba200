// Exact, unit-aware amount search over the side index.
//
// Pagefind sees 1000元 as the words 1000 and 元 and happily ranks 10000元/次 (which
// starts with 1000) or 1000万元 above 1000元/人; it also cannot know that 5万元 is
// 50000元. So money terms never reach Pagefind: every amount the extractor found is in the
// side index with its value in yuan (or dollars), and a query term matches by value.
import type { AmountKind } from '../../pipeline/grammar/amountKind.ts';
import type { Currency } from '../../pipeline/grammar/currency.ts';
import { perUnitsOf } from '../../pipeline/grammar/perUnits.ts';
import type { AmountQuery } from './query.ts';

export interface SideAmount {
  /** value in units of `currency`; for a printed range, its low end */
  value: number;
  /** high end of a printed range (10万-50万元), else null */
  max: number | null;
  currency: Currency;
  /** a vague figure (十余万元): `value` is only its lower bound */
  vague: boolean;
  /** what the money is: 补贴/奖励, 资金/预算, 目标, 门槛 */
  kind: AmountKind;
  /** as printed, e.g. 500元 */
  figure: string;
  /** position of `figure` in the measure's text */
  offset: number;
  /** per-units: ['人', '年'] for 每人每年 */
  per: string[];
}

/**
 * How well an amount answers a term, best first:
 * 0 — the same value is printed (5万元 for 50000元, or one end of a printed range);
 * 1 — the value lies inside a printed range (1000元 in 500-2000元);
 * 2 — the amount lies in the range the reader asked for (10万-50万, 100万元以上).
 */
export type Tier = 0 | 1 | 2;

export interface AmountHit {
  amount: SideAmount;
  tier: Tier;
}

/** Equal up to floating-point noise: 1.5亿 parsed two ways is still 150000000. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function isPointTerm(term: AmountQuery): boolean {
  return term.max !== null && sameValue(term.min, term.max);
}

export function matchAmount(amount: SideAmount, term: AmountQuery): AmountHit | null {
  if (amount.currency !== term.currency) return null;
  const lo = amount.value;
  const hi = amount.max ?? amount.value;
  if (isPointTerm(term)) {
    const v = term.min;
    // A vague figure (十余万元) only states its floor: 10万元 lies in it, it does not equal it.
    if (amount.vague) return sameValue(lo, v) || (v > lo && amount.max !== null && v < hi) ? { amount, tier: 1 } : null;
    if (sameValue(lo, v) || sameValue(hi, v)) return { amount, tier: 0 };
    if (amount.max !== null && lo < v && v < hi) return { amount, tier: 1 };
    return null;
  }
  const max = term.max ?? Infinity;
  // A printed range counts when it overlaps the asked range: 3至5万元 answers 4万元以上.
  if (hi + 1e-9 >= term.min && lo - 1e-9 <= max) return { amount, tier: 2 };
  return null;
}

// A per-unit typed in the query (1000元/人, 每人1000元) prefers amounts paid on that basis.
export { perUnitsOf };

export interface MeasureMatch<M> {
  measure: M;
  /** every amount of the measure that answers some term, in text order */
  hits: AmountHit[];
  /** the best tier reached by the worst-served term: a measure is as good as its weakest term */
  tier: Tier;
  /** how many of the measure's amounts answer the terms */
  count: number;
  /** the per-unit typed in the query is the one printed with a matching amount */
  perMatch: boolean;
  /** where the first matching figure stands in the text */
  firstOffset: number;
  /** for sorting by amount: smallest and largest matching value, in units of its currency */
  low: number;
  high: number;
}

/** Match one measure against every term (all must be answered), or null. */
export function matchMeasure<M extends { amounts: SideAmount[] }>(measure: M, terms: AmountQuery[]): MeasureMatch<M> | null {
  if (terms.length === 0) return null;
  const hits = new Map<SideAmount, AmountHit>();
  let tier: Tier = 0;
  for (const term of terms) {
    let best: Tier | null = null;
    for (const a of measure.amounts) {
      const hit = matchAmount(a, term);
      if (!hit) continue;
      const prev = hits.get(a);
      if (!prev || hit.tier < prev.tier) hits.set(a, hit);
      if (best === null || hit.tier < best) best = hit.tier;
    }
    if (best === null) return null;
    if (best > tier) tier = best;
  }
  const list = [...hits.values()].sort((a, b) => a.amount.offset - b.amount.offset);
  const wantedPer = terms.flatMap((t) => perUnitsOf(t.raw));
  const values = list.map((h) => h.amount.value);
  return {
    measure,
    hits: list,
    tier,
    count: list.length,
    perMatch: wantedPer.length > 0 && list.some((h) => h.amount.per.some((p) => wantedPer.includes(p))),
    firstOffset: list[0]!.amount.offset,
    low: Math.min(...values),
    high: Math.max(...list.map((h) => h.amount.max ?? h.amount.value)),
  };
}

/**
 * By relevance, or by value; `subsidy-*` sorts by value too, but the caller has kept only the
 * 补贴/奖励 amounts (onlySubsidies), so a 500亿元 investment target does not sort above a
 * 5万元 award.
 */
export type AmountSort = 'relevance' | 'amount-desc' | 'amount-asc' | 'subsidy-desc' | 'subsidy-asc';

/** Is this a sort by the 补贴/奖励 amounts alone? */
export function isSubsidySort(sort: AmountSort): boolean {
  return sort === 'subsidy-desc' || sort === 'subsidy-asc';
}

/** Entries with only their 补贴/奖励 amounts; those granting none are left out. */
export function onlySubsidies<M extends { amounts: SideAmount[] }>(measures: M[]): M[] {
  return measures.flatMap((m) => {
    const amounts = m.amounts.filter((a) => a.kind === 'subsidy');
    return amounts.length > 0 ? [{ ...m, amounts }] : [];
  });
}

/**
 * Relevance: exact value before a value inside a printed range before a value in the
 * asked range; then the asked per-unit; then measures printing the amount more often; then
 * the one stating it earlier (a provision leads with its main figure: 按500元/人的标准给予
 * 推荐者补贴 before …给予企业500元补助 at the end of a long paragraph); then side-index
 * (document) order, so the order is total and stable.
 */
export function compareMatches<M>(a: MeasureMatch<M>, b: MeasureMatch<M>, sort: AmountSort = 'relevance'): number {
  if ((sort === 'amount-desc' || sort === 'subsidy-desc') && a.high !== b.high) return b.high - a.high;
  if ((sort === 'amount-asc' || sort === 'subsidy-asc') && a.low !== b.low) return a.low - b.low;
  return a.tier - b.tier || Number(b.perMatch) - Number(a.perMatch) || b.count - a.count || a.firstOffset - b.firstOffset;
}

/** Every measure answering all terms, ranked. Array.prototype.sort is stable, so ties keep input order. */
export function searchAmounts<M extends { amounts: SideAmount[] }>(
  measures: M[],
  terms: AmountQuery[],
  sort: AmountSort = 'relevance',
): MeasureMatch<M>[] {
  const out: MeasureMatch<M>[] = [];
  for (const m of measures) {
    const match = matchMeasure(m, terms);
    if (match) out.push(match);
  }
  return out.sort((a, b) => compareMatches(a, b, sort));
}

/**
 * The amounts in the corpus closest to a term that found nothing (600元 → 500元, 1000元),
 * for the no-result message. Compared on a log scale: 5万 is nearer 10万 than 1000 is.
 */
export function nearestAmounts(measures: Array<{ amounts: SideAmount[] }>, term: AmountQuery, n = 3): SideAmount[] {
  const target = Math.log10(Math.max(term.min, 1e-6));
  const seen = new Map<number, SideAmount>();
  for (const m of measures)
    for (const a of m.amounts) if (a.currency === term.currency && a.max === null && !seen.has(a.value)) seen.set(a.value, a);
  return [...seen.values()]
    .sort(
      (a, b) =>
        Math.abs(Math.log10(Math.max(a.value, 1e-6)) - target) - Math.abs(Math.log10(Math.max(b.value, 1e-6)) - target) ||
        a.value - b.value,
    )
    .slice(0, n)
    .sort((a, b) => a.value - b.value);
}
