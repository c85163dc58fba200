// The thesaurus as the browser uses it: everyday word → official term, and how many
// published pages hold the everyday word itself. Built from content/thesaurus.yaml
// (thesaurusFile.ts) at build time, keeping only entries whose official term some page
// holds — expanding 找工作 into a term no page prints would find nothing.
//
// The count decides how a query is searched: 空气污染 is printed on 1 page, so the search
// looks for it and for 重污染天气 (two Pagefind searches); 找工作 is printed nowhere, so the
// search looks for 就业 only — searching a word no page holds adds nothing but cost.

/** [everyday, official, pages holding the everyday word] */
export type ThesaurusPair = [string, string, number];

export interface ThesaurusMatch {
  everyday: string;
  official: string;
  /** pages holding the everyday word itself */
  pages: number;
}

export class Thesaurus {
  readonly #byWord: ReadonlyMap<string, [string, number]>;
  readonly #longest: number;

  constructor(pairs: readonly ThesaurusPair[]) {
    this.#byWord = new Map(pairs.map(([w, official, pages]) => [w, [official, pages]]));
    this.#longest = Math.max(0, ...pairs.map(([w]) => w.length));
  }

  get size(): number {
    return this.#byWord.size;
  }

  /**
   * The longest everyday word starting at `at` in `text` (村里修路 before 修路), skipping
   * words the reader asked to take literally; null when none starts there.
   */
  matchAt(text: string, at: number, literal: ReadonlySet<string> = new Set()): ThesaurusMatch | null {
    for (let n = Math.min(this.#longest, text.length - at); n >= 2; n--) {
      const w = text.slice(at, at + n);
      const hit = this.#byWord.get(w);
      if (hit && !literal.has(w)) return { everyday: w, official: hit[0], pages: hit[1] };
    }
    return null;
  }
}

/**
 * The pairs to ship: every everyday word of an entry whose official term some page holds,
 * with the number of pages holding the everyday word. `pagesHolding` counts over the
 * published pages' indexed text (folded).
 */
export function thesaurusPairs(
  entries: ReadonlyArray<{ official: string; everyday: readonly string[] }>,
  pagesHolding: (word: string) => number,
): ThesaurusPair[] {
  return entries
    .filter((e) => pagesHolding(e.official) > 0)
    .flatMap((e) => e.everyday.map((w): ThesaurusPair => [w, e.official, pagesHolding(w)]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
