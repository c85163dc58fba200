// What a reader typed, taken apart: money terms (searched exactly, in the side index),
// 文号 (matched against our documents), and the words left for Pagefind's full-text search.
import { findAmountQueries, type AmountQuery } from '../../pipeline/grammar/moneyQuery.ts';
import { foldWidth } from '../../pipeline/text/width.ts';
import { toSimplified, type T2SMap } from './t2s.ts';

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

// 文号 as typed: an issuer prefix, the year in any bracket (〔〕 [] ［］ () （） 【】 or
// none, or 2023年), the serial number, 号. Readers rarely have 〔〕 on their keyboard.
const WENHAO_RE = /([\u4e00-\u9fff]{0,12}?)[ ]?[〔[［(（【{]?((?:19|20)\d{2})[〕\]］)）】}]?年?[ ]?第?(\d{1,4})号/gu;

/** One 文号 in canonical form (天政办发〔2023〕1号), or null when the text is not one. */
export function normalizeWenhao(text: string): string | null {
  const folded = foldWidth(text).replace(/\s+/g, '');
  const m = new RegExp(`^${WENHAO_RE.source}$`, 'u').exec(folded);
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

/**
 * Does a document's 文号 answer the query's? Either may lack the start of the prefix
 * (政办发〔2023〕1号 is still 天政办发〔2023〕1号), but the year and number must agree.
 */
export function wenhaoMatches(query: string, documentWenhao: string): boolean {
  const d = normalizeWenhao(documentWenhao);
  if (!d) return false;
  return d.endsWith(query) || (query.endsWith(d) && query.length - d.length <= 2);
}

// Running text has no space before a 文号, so words before it join its prefix: 执行钟政办发,
// 和鄂政办函. Issuer codes never start with these words.
const LEADING_WORDS = /^(?:根据|依据|按照|参照|执行|落实|贯彻|关于|印发|转发|和|及|与|或|见|的|按|据|照|经|对)+/u;

function findWenhao(text: string): { wenhao: string[]; rest: string } {
  const wenhao: string[] = [];
  const rest = text.replace(WENHAO_RE, (whole: string, prefix: string, year: string, n: string) => {
    // A bare year and number with no issuer and no brackets (2023 1号) is too weak to be one.
    if (prefix === '' && !/[〔[［(（【{]/.test(whole)) return whole;
    const issuer = prefix.replace(LEADING_WORDS, '');
    wenhao.push(`${issuer}〔${year}〕${Number(n)}号`);
    return prefix.slice(0, prefix.length - issuer.length) + ' ';
  });
  return { wenhao, rest };
}

/** Every 文号 cited in a text, canonical, each once (for the side index's citations). */
export function wenhaoIn(text: string): string[] {
  return [...new Set(findWenhao(foldWidth(text)).wenhao)];
}

export function parseQuery(query: string, t2s?: T2SMap): ParsedQuery {
  const normalized = normalizeQuery(query, t2s);
  const { wenhao, rest: afterWenhao } = findWenhao(normalized);
  const { amounts, rest } = findAmountQueries(afterWenhao);
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
