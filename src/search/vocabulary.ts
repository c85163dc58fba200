// Typo correction from the corpus's own words, by pinyin. A reader on a pinyin input method
// picks the wrong character of the right sound — 稳岗反还 for 稳岗返还, 公基金 for 公积金,
// 保交搂 for 保交楼 — or a neighbour of it (消费卷 for 消费券: juan for quan). Neither the
// index nor the thesaurus knows these; the words of the published pages and the readings
// of the characters (built by vocabularyBuild.ts, fetched as /search/words.json only when a
// query needs correcting) do.
//
// correct() covers the typed text with words of the vocabulary, where a word may differ
// from the text in a character of the same sound (cost 0.8) or of a sound one letter away
// (0.95), and an uncovered character costs 1: 稳岗反还 is 稳岗返还 with one same-sound
// character (0.8) rather than 稳岗 + 反 + 还 (2), so it is corrected; 鳄鱼馆 has no word of
// that sound at all, so it is not. Written by hand: the spelling libraries on npm correct
// letters, not the characters of a pinyin input method, and a Chinese one (pinyin-pro)
// only reads.

export interface VocabularyFile {
  version: 1;
  /** the words, most pages first, separated by spaces */
  terms: string;
  /** syllable then its characters, groups separated by spaces: "fan反返犯饭 …" */
  readings: string;
}

export interface Correction {
  /** the corrected text (稳岗返还) */
  text: string;
  /** the words it is made of, each as typed and as corrected */
  pieces: Array<{ typed: string; term: string }>;
}

const SAME_SOUND = 0.8;
const NEAR_SOUND = 0.95;
const UNCOVERED = 1;
/** Longest word compared with a stretch of the query. */
const MAX_WORD = 8;

export class Vocabulary {
  /** word (and every substring of 2+ characters of a word) → rank, lower is more frequent */
  readonly #rank = new Map<string, number>();
  /** `length:position:character` → the words (and substrings) with that character there */
  readonly #byPlace = new Map<string, string[]>();
  readonly #readings = new Map<string, string[]>();
  #pinyinIndex: Map<string, string> | null = null;

  constructor(file: VocabularyFile) {
    const terms = file.terms.split(' ').filter(Boolean);
    terms.forEach((t, rank) => {
      const chars = Array.from(t);
      for (let i = 0; i < chars.length; i++)
        for (let j = i + 2; j <= Math.min(chars.length, i + MAX_WORD); j++) {
          const w = chars.slice(i, j).join('');
          if (!this.#rank.has(w)) this.#rank.set(w, rank);
        }
    });
    for (const w of this.#rank.keys()) {
      const chars = Array.from(w);
      chars.forEach((c, i) => {
        const key = `${chars.length}:${i}:${c}`;
        (this.#byPlace.get(key) ?? this.#byPlace.set(key, []).get(key)!).push(w);
      });
    }
    for (const group of file.readings.split(' ')) {
      const m = /^([a-z]+)(.+)$/u.exec(group);
      if (!m) continue;
      for (const c of m[2]!) (this.#readings.get(c) ?? this.#readings.set(c, []).get(c)!).push(m[1]!);
    }
  }

  /** Is this a word of the pages (or part of one)? */
  has(word: string): boolean {
    return this.#rank.has(word);
  }

  /** Toneless readings of a character ([] when unknown). */
  readingsOf(char: string): readonly string[] {
    return this.#readings.get(char) ?? [];
  }

  /** What replacing `typed` with `meant` costs, or null when they do not sound alike. */
  #charCost(typed: string, meant: string): number | null {
    if (typed === meant) return 0;
    const a = this.readingsOf(typed);
    const b = this.readingsOf(meant);
    if (a.length === 0 || b.length === 0) return null;
    if (a.some((s) => b.includes(s))) return SAME_SOUND;
    if (a.some((s) => b.some((t) => nearSyllables(s, t)))) return NEAR_SOUND;
    return null;
  }

  /** The best word for a stretch of the query: itself, or one that sounds alike with at most one change per two characters. */
  #bestWord(stretch: string[]): { term: string; cost: number } | null {
    const typed = stretch.join('');
    if (this.#rank.has(typed)) return { term: typed, cost: 0 };
    const limit = Math.floor(stretch.length / 2);
    let best: { term: string; cost: number; rank: number } | null = null;
    // At most half the characters change, so a candidate shares at least one with the stretch, in place.
    const candidates = new Set(stretch.flatMap((c, i) => this.#byPlace.get(`${stretch.length}:${i}:${c}`) ?? []));
    for (const w of candidates) {
      const chars = Array.from(w);
      let cost = 0;
      let changes = 0;
      for (let i = 0; i < chars.length && cost !== null; i++) {
        const c = this.#charCost(stretch[i]!, chars[i]!);
        if (c === null) cost = Infinity;
        else if (c > 0) {
          cost += c;
          if (++changes > limit) cost = Infinity;
        }
        if (cost === Infinity) break;
      }
      if (cost === Infinity) continue;
      const rank = this.#rank.get(w)!;
      if (!best || cost < best.cost || (cost === best.cost && rank < best.rank)) best = { term: w, cost, rank };
    }
    return best;
  }

  /**
   * The typed text as words of the pages, when that takes a change of character that the
   * text read as it is cannot beat; null when the text stands (or nothing sounds alike).
   */
  correct(text: string): Correction | null {
    const chars = Array.from(text);
    const n = chars.length;
    // best[i]: cheapest covering of chars[0..i); ties go to fewer changes, then fewer pieces.
    const best: Array<{ cost: number; changes: number; pieces: Array<{ typed: string; term: string }> } | null> = [
      { cost: 0, changes: 0, pieces: [] },
    ];
    for (let i = 1; i <= n; i++) {
      let here: (typeof best)[number] = null;
      const consider = (from: number, cost: number, piece: { typed: string; term: string }) => {
        const prev = best[from];
        if (!prev) return;
        const total = prev.cost + cost;
        const changes = prev.changes + (piece.typed === piece.term ? 0 : 1);
        const pieces = [...prev.pieces, piece];
        if (
          !here ||
          total < here.cost - 1e-9 ||
          (Math.abs(total - here.cost) < 1e-9 &&
            (changes < here.changes || (changes === here.changes && pieces.length < here.pieces.length)))
        )
          here = { cost: total, changes, pieces };
      };
      consider(i - 1, UNCOVERED, { typed: chars[i - 1]!, term: chars[i - 1]! });
      for (let from = Math.max(0, i - MAX_WORD); from <= i - 2; from++) {
        const stretch = chars.slice(from, i);
        const word = this.#bestWord(stretch);
        if (word) consider(from, word.cost, { typed: stretch.join(''), term: word.term });
      }
      best[i] = here;
    }
    const result = best[n];
    // A correction must read as words from end to end: 以工代振 → 利工 + 代 + 振 is no reading.
    if (!result || result.changes === 0 || result.pieces.some((p) => p.typed === p.term && !this.#rank.has(p.term))) return null;
    return { text: result.pieces.map((p) => p.term).join(''), pieces: result.pieces };
  }

  /**
   * A romanised query (wengang fanhuan, gongjijin) read as words of the pages: the fewest
   * words whose readings spell its letters. Null when the letters spell none.
   */
  fromPinyin(latin: string): string | null {
    const letters = latin
      .toLowerCase()
      .replace(/ü/g, 'v')
      .replace(/[^a-z]/g, '');
    if (letters.length < 4) return null;
    const index = this.#spellings();
    const best: Array<string[] | null> = [[]];
    for (let i = 1; i <= letters.length; i++) {
      let here: string[] | null = null;
      for (let from = 0; from < i; from++) {
        const prev = best[from];
        const word = prev ? index.get(letters.slice(from, i)) : undefined;
        if (prev && word && (!here || prev.length + 1 < here.length)) here = [...prev, word];
      }
      best[i] = here;
    }
    const words = best[letters.length];
    return words && words.length > 0 ? words.join('') : null;
  }

  /** Spelling (readings run together) → the most frequent word spelt so; built on first use. */
  #spellings(): Map<string, string> {
    if (this.#pinyinIndex) return this.#pinyinIndex;
    const index = new Map<string, string>();
    const byRank = [...this.#rank].sort(([, a], [, b]) => a - b);
    for (const [w] of byRank) {
      let spellings = [''];
      for (const c of w) {
        const r = this.readingsOf(c);
        if (r.length === 0) {
          spellings = [];
          break;
        }
        // Polyphonic characters multiply the spellings; four per word is plenty.
        spellings = spellings.flatMap((s) => r.map((x) => s + x)).slice(0, 4);
      }
      for (const s of spellings) if (!index.has(s)) index.set(s, w);
    }
    return (this.#pinyinIndex = index);
  }
}

// Sounds a pinyin input method confuses (its “fuzzy pinyin” options, and j/q/x, whose
// characters also look alike: 卷 juan for 券 quan): the initials z/zh, c/ch, s/sh, n/l, f/h,
// r/l, j/q/x, and the finals an/ang, en/eng, in/ing.
const NEAR_INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'z'],
  ['ch', 'c'],
  ['sh', 's'],
  ['n', 'l'],
  ['f', 'h'],
  ['r', 'l'],
  ['j', 'q'],
  ['j', 'x'],
  ['q', 'x'],
];
const NEAR_FINALS: ReadonlyArray<readonly [string, string]> = [
  ['ang', 'an'],
  ['eng', 'en'],
  ['ing', 'in'],
];

/** Two syllables a fuzzy-pinyin input method would confuse (juan/quan, zhi/zi, lan/lang). */
export function nearSyllables(a: string, b: string): boolean {
  if (a === b) return false;
  for (const [x, y] of NEAR_INITIALS)
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const)
      if (
        a.startsWith(p) &&
        b.startsWith(q) &&
        a.slice(p.length) === b.slice(q.length) &&
        !(p.length === 1 && a.startsWith(p + 'h')) &&
        !(q.length === 1 && b.startsWith(q + 'h'))
      )
        return true;
  for (const [x, y] of NEAR_FINALS)
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const)
      if (a.endsWith(p) && b.endsWith(q) && a.slice(0, -p.length) === b.slice(0, -q.length)) return true;
  return false;
}
