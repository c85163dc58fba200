// Build-time half of vocabulary.ts: the words of the published pages, and the readings
// of the characters, for correcting 稳岗反还 to 稳岗返还 in the browser.
//
// The words: what the segmenter calls a word (ICU, as in the browser), the thesaurus's
// official terms found on the pages, and the character runs of 3–4 that recur on at least
// MIN_PAGES pages — the segmenter splits many of the terms people search (稳岗返还 →
// 稳|岗|返|还, 公积金 → 公积|金), so recurring runs stand in for a domain dictionary.
// Most frequent first; the browser adds their substrings (交楼 from 保交楼).
//
// The readings: every character of those words and of GB 2312's level-1 set (the 3755
// commonest characters, so a typo's character — 搂 in 保交搂 — has a reading too), with
// all its toneless readings from pinyin-pro (行: xing, hang, heng). Grouped by syllable,
// which is shorter than one entry per character.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import type { VocabularyFile } from './vocabulary.ts';

/** A run must recur on this many pages to count as a word. */
const MIN_PAGES = 3;
const CJK_RUN = /[\u3400-\u9fff]+/g;
const CJK_WORD = /^[\u3400-\u9fff]{2,8}$/u;

/** GB 2312 level 1: rows 16–55 (0xB0A1–0xD7F9), decoded with iconv-lite. */
export function commonCharacters(): string[] {
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++) out.push(iconv.decode(Buffer.from([hi, lo]), 'gb2312'));
  return out;
}

/** Toneless readings of one character, ü as v (lv, nv), as a reader types them. */
export function readingsOf(char: string): string[] {
  const r = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true }) as string[];
  return [...new Set(r.filter((s) => /^[a-z]+$/.test(s)))];
}

/**
 * The vocabulary of some pages' texts (folded, one string per page), with extra terms
 * (the thesaurus's official terms) counted like the others.
 */
export function buildVocabulary(pageTexts: readonly string[], extraTerms: readonly string[] = []): VocabularyFile {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const pages = new Map<string, number>();
  const words = new Set<string>();
  for (const text of pageTexts) {
    const seen = new Set<string>();
    for (const s of segmenter.segment(text))
      if (s.isWordLike && CJK_WORD.test(s.segment)) {
        seen.add(s.segment);
        words.add(s.segment);
      }
    for (const run of text.match(CJK_RUN) ?? [])
      for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) seen.add(run.slice(i, i + n));
    for (const t of extraTerms) if (text.includes(t)) seen.add(t);
    for (const w of seen) pages.set(w, (pages.get(w) ?? 0) + 1);
  }
  const extra = new Set(extraTerms);
  const kept = new Map([...pages].filter(([w, n]) => words.has(w) || (extra.has(w) && n > 0) || n >= MIN_PAGES));
  // A run always seen inside one longer run (任单位 inside 责任单位, on the same pages) adds
  // nothing: the browser derives the substrings of every word.
  for (const [w, n] of [...kept]) {
    const chars = Array.from(w);
    for (const part of [chars.slice(1).join(''), chars.slice(0, -1).join('')])
      if (part.length >= 2 && kept.get(part) === n && !words.has(part) && !extra.has(part)) kept.delete(part);
  }
  const terms = [...kept].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([w]) => w);

  const chars = new Set([...commonCharacters(), ...terms.flatMap((t) => Array.from(t))]);
  const bySyllable = new Map<string, string>();
  for (const c of [...chars].sort()) for (const s of readingsOf(c)) bySyllable.set(s, (bySyllable.get(s) ?? '') + c);
  const readings = [...bySyllable]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([s, cs]) => s + cs)
    .join(' ');
  return { version: 1, terms: terms.join(' '), readings };
}
