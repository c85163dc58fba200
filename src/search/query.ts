// What a reader typed, taken apart: money terms (searched exactly, in the side index),
// 文号 (matched against our documents), and the words left for Pagefind's full-text search.
import { findAmountQueries, type AmountQuery } from '../../pipeline/grammar/moneyQuery.ts';
import { foldWidth } from '../../pipeline/text/width.ts';
import { findWenhao, normalizeWenhao, wenhaoIn, wenhaoMatches } from '../../pipeline/grammar/wenhao.ts';
import { toSimplified, type T2SMap } from './t2s.ts';
import { colloquialMoney } from './colloquial.ts';

export type { AmountQuery };

export interface ParsedQuery {
  /** width-folded, simplified, single-spaced: what every later step works on */
  normalized: string;
  amounts: AmountQuery[];
  /** 文号 in canonical form, e.g. 天政办发〔2023〕1号 */
  wenhao: string[];
  /** the rest, for full-text search; '' when the query was only amounts and/or 文号 */
  text: string;
  /** `text` split on spaces: each chunk is one word or phrase as the reader typed it */
  chunks: string[];
}

/** The query as we search it: full-width ASCII folded, traditional characters simplified, spaces collapsed. */
export function normalizeQuery(query: string, t2s?: T2SMap): string {
  const folded = foldWidth(query.normalize('NFC'));
  return (t2s ? toSimplified(folded, t2s) : folded).replace(/\s+/g, ' ').trim();
}

// 文号: one grammar with the ingest (pipeline/grammar/wenhao.ts).
export { normalizeWenhao, wenhaoIn, wenhaoMatches };

export function parseQuery(query: string, t2s?: T2SMap): ParsedQuery {
  const normalized = normalizeQuery(query, t2s);
  const { wenhao, rest: afterWenhao } = findWenhao(normalized);
  const { amounts, rest } = findAmountQueries(colloquialMoney(afterWenhao));
  const text = rest.replace(/\s+/g, ' ').trim();
  return { normalized, amounts, wenhao, text, chunks: text ? text.split(' ') : [] };
}

/**
 * Does a chunk need a phrase search on top of the word search? Pagefind splits a Chinese
 * query into words with the browser's segmenter and finds pages holding all of them
 * anywhere; when a chunk splits into several words (稳岗返还 → 稳|岗|返|还) those pages
 * include ones where the words are far apart, so the exact phrase is searched too and
 * ranked first.
 */
export function needsPhraseSearch(chunk: string, segmenter?: Intl.Segmenter): boolean {
  if (Array.from(chunk).length < 2) return false;
  const seg = segmenter ?? new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let words = 0;
  for (const s of seg.segment(chunk)) if (s.isWordLike && ++words > 1) return true;
  return false;
}
