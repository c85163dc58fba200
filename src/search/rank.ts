// Ranking results by how much of the question they answer. Pagefind finds pages holding
// all the words of one search; a citizen's question becomes several searches (the words as
// typed, their official terms, each word alone when no page holds them all), so the pages
// are put in one order here: most of the query's concepts first, weighted by how specific
// each is (weightOf: 重污染天气 counts more than 车), then pages holding the typed phrases
// exactly, then the measures a named lead agency leads, then the searches' own order.
//
// What a page covers is read from its text where it was read (the first results always
// are), and otherwise assumed from the searches that found it: a one-word term a search
// required is on the page; a phrase only if the exact-phrase search found it there.
import { formsOf, weightOf, type Concept } from './understand.ts';

export interface Ranked<R> {
  r: R;
  /** position in the searches' merged order */
  order: number;
  /** concepts the page's own words hold (a measure's heading and text; a document's title) */
  covered: ReadonlySet<number>;
  /**
   * concepts held only elsewhere on the page (the central policy a work-list row answers,
   * its agencies, a document's sections), or assumed from the searches for a page not read
   */
  context?: ReadonlySet<number>;
  /** typed phrases the page holds exactly */
  phrases: number;
  /** led by an agency the query names */
  lead: boolean;
  /** concepts not on the page whole, but some of whose words are: the share of them */
  part?: ReadonlyMap<number, number>;
}

/** The text of a page as searched: zero-width spaces (Pagefind's word marks) out, case folded. */
export function searchableText(text: string): string {
  return text.replace(/\u200b/g, '').toLowerCase();
}

/** The concepts whose some form the text holds. */
export function coveredIn(text: string, concepts: readonly Concept[]): Set<number> {
  const t = searchableText(text);
  const out = new Set<number>();
  concepts.forEach((c, i) => formsOf(c).some((f) => t.includes(f.toLowerCase())) && out.add(i));
  return out;
}

/**
 * The words of two characters or more that each form of each concept splits into, for
 * part credit: 汽车限行 → [汽车, 限行]. A form that is one word has none.
 */
export function conceptWords(concepts: readonly Concept[], segmenter: Intl.Segmenter): string[][][] {
  return concepts.map((c) =>
    formsOf(c).map((f) => {
      const segments = [...segmenter.segment(f.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
      if (segments.length < 2) return [];
      // Single characters in a row are one word the segmenter did not know (汽车|限|行 → 限行);
      // a lone one says too little (坐公交 → 公交).
      const words: string[] = [];
      let run = '';
      for (const s of [...segments, '']) {
        if (Array.from(s).length === 1) {
          run += s;
          continue;
        }
        if (Array.from(run).length > 1) words.push(run);
        run = '';
        if (s) words.push(s);
      }
      return words.length > 1 || words[0] !== f.toLowerCase() ? words : [];
    }),
  );
}

/**
 * For the concepts a text does not hold whole, the largest share of one form's words it
 * holds: a page saying 机动车限行 holds half of 汽车限行 (限行). Shares of 0 are left out.
 */
export function partIn(text: string, concepts: readonly Concept[], words: string[][][], covered: ReadonlySet<number>): Map<number, number> {
  const t = searchableText(text);
  const out = new Map<number, number>();
  concepts.forEach((_, i) => {
    if (covered.has(i)) return;
    const share = Math.max(0, ...(words[i] ?? []).map((ws) => (ws.length === 0 ? 0 : ws.filter((w) => t.includes(w)).length / ws.length)));
    if (share > 0) out.set(i, share);
  });
  return out;
}

// A concept held only around the measure (its central policy, its agencies) answers less
// than one its own text holds: 钟祥 row 38 says only 严格按政策要求完成此项工作 under a
// policy title naming 个体工商户 and 贷款. A part of a concept counts less again, so a page
// holding a phrase anywhere stays above one holding only its words apart.
const CONTEXT_CREDIT = 0.6;
const PART_CREDIT = 0.5;

export function coverageScore(row: Pick<Ranked<unknown>, 'covered' | 'context' | 'part'>, concepts: readonly Concept[]): number {
  let score = 0;
  concepts.forEach((c, i) => {
    const w = weightOf(c);
    if (row.covered.has(i)) score += w;
    else if (row.context?.has(i)) score += CONTEXT_CREDIT * w;
    else score += PART_CREDIT * (row.part?.get(i) ?? 0) * w;
  });
  return score;
}

/** The concepts a page holds anywhere (its own words or around them). */
export function heldAnywhere(row: Pick<Ranked<unknown>, 'covered' | 'context'>): Set<number> {
  return new Set([...row.covered, ...(row.context ?? [])]);
}

export function rankByCoverage<R>(rows: ReadonlyArray<Ranked<R>>, concepts: readonly Concept[]): Array<Ranked<R>> {
  const score = new Map(rows.map((x) => [x, coverageScore(x, concepts)]));
  return [...rows].sort(
    (a, b) => score.get(b)! - score.get(a)! || b.phrases - a.phrases || Number(b.lead) - Number(a.lead) || a.order - b.order,
  );
}

/** Several ranked lists as one: first of each, then second of each …, each item once (by key). */
export function interleave<R>(lists: ReadonlyArray<readonly R[]>, key: (r: R) => string): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) {
      const r = list[i];
      if (r === undefined || seen.has(key(r))) continue;
      seen.add(key(r));
      out.push(r);
    }
  return out;
}

/** Results of several searches as one list, each page once, first occurrence wins. */
export function unionById<R extends { id: string }>(...lists: R[][]): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const list of lists)
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  return out;
}
