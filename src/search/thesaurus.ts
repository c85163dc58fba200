// The thesaurus as the browser uses it: everyday word → official term, and how many
// published pages hold the everyday word itself. Built from content/thesaurus.yaml
// (thesaurusFile.ts) at build time, keeping only entries whose official term some page
// holds — expanding 找工作 into a term no page prints would find nothing.
//
// The count decides how a query is searched: 空气污染 is printed on 1 page, so the search
// looks for it and for 重污染天气 (two Pagefind searches); 找工作 is printed nowhere, so the
// search looks for 就业 only — searching a word no page holds adds nothing but cost.

/**
 * As shipped in /search/index.json: one string per official term, the term first and its
 * everyday words after it, separated by spaces (“就业 找工作 找活干 工作难找 求职”), and the
 * number of pages holding each everyday word that some page prints (the others hold none).
 */
export interface ThesaurusSide {
  terms: string[];
  printed: Record<string, number>;
}

export interface ThesaurusMatch {
  everyday: string;
  official: string;
  /** pages holding the everyday word itself */
  pages: number;
}

export class Thesaurus {
  readonly #byWord: ReadonlyMap<string, [string, number]>;
  readonly #longest: number;

  constructor(side: ThesaurusSide) {
    const byWord = new Map<string, [string, number]>();
    for (const line of side.terms) {
      const [official, ...everyday] = line.split(' ');
      for (const w of everyday) byWord.set(w, [official!, side.printed[w] ?? 0]);
    }
    this.#byWord = byWord;
    this.#longest = Math.max(0, ...[...byWord.keys()].map((w) => w.length));
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
 * What to ship: the entries whose official term some page holds, with the number of pages
 * holding each everyday word (`pagesHolding` counts over the published pages' indexed
 * text, folded).
 */
export function thesaurusSide(
  entries: ReadonlyArray<{ official: string; everyday: readonly string[] }>,
  pagesHolding: (word: string) => number,
): ThesaurusSide {
  const kept = entries.filter((e) => pagesHolding(e.official) > 0);
  const printed: Record<string, number> = {};
  for (const e of kept) for (const w of e.everyday) if (pagesHolding(w) > 0) printed[w] = pagesHolding(w);
  return { terms: kept.map((e) => [e.official, ...e.everyday].join(' ')), printed };
}
