// 文号 — the document number printed above an official document's title:
// issuer abbreviation, year in 〔〕, serial number, 号 (天政办发〔2023〕1号).
//
// A 文号 line is how a gazette adapter knows a new document starts, so the
// recogniser must also accept damaged ones (`天政发〔20231` lost its 〕 and 号 in
// the web page) — while never matching ordinary body text, where 文号 only occur
// inside sentences.

import { foldWidth } from '../text/width.ts';

// This module is shared with the search box, so it folds only widths (no OpenCC table in
// the browser) and reads 號 as 号 itself. Callers that need a 文号's issuer in simplified
// characters (a traditional-character mirror prints 粵府) pass folded text (pipeline/text/fold.ts).
const fold = (s: string) => foldWidth(s).replace(/號/g, '号');

export interface ParsedWenhao {
  /** Normalised form, 天政发〔2023〕1号, or null when the serial number cannot be recovered. */
  wenhao: string | null;
  year: number;
  /** What is wrong with the printed form, in Chinese, for the anomaly report. Empty when well-formed. */
  problems: string[];
}

const OPEN = '〔\\[【(（［';
const CLOSE = '〕\\]】)）］';
// issuer abbreviation · opening bracket · year · (closing bracket) · (serial) · (号)
const WENHAO = new RegExp(`^([\\u4e00-\\u9fff]{1,12})\\s*([${OPEN}])\\s*((?:19|20)\\d{2})\\s*([${CLOSE}])?\\s*(\\d{1,4})?\\s*(号)?$`);

// A 文号 line as pages print it: alone, in parentheses under the title ((韶府〔2019〕31號)), or
// followed by the page's date (津政办规〔2023〕4号           2023-04-11).
const LINE_FORMS = /^[(]?(.+?)[)]?(?:\s+(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)?$/;

/** The 文号 a line consists of (the printed text of the 文号 alone), or null. */
export function wenhaoOfLine(line: string): string | null {
  const t = fold(line).trim();
  const m = LINE_FORMS.exec(t);
  if (!m) return null;
  const core = m[1]!.trim();
  if (core.length > 24 || !WENHAO.test(core)) return null;
  const at = t.indexOf(core);
  return line.trim().slice(at, at + core.length);
}

/**
 * Is this whole line (trimmed) a 文号, possibly damaged? Read on folded text, so 號 and
 * full-width brackets count (韶府〔2019〕31號).
 */
export function isWenhaoLine(line: string): boolean {
  return wenhaoOfLine(line) !== null;
}

const HEADLINE = new RegExp(`^([\\u4e00-\\u9fff]{1,12}\\s*[${OPEN}]\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]\\s*\\d{1,4}\\s*号)\\s*(\\S.{5,})$`);

/**
 * A page headline that glues a 文号 to the title (鞍立政发〔2023〕2号立山区人民政府关于…的通知):
 * the 文号 and the rest, or null.
 */
export function headlineWenhao(line: string): { wenhao: string; rest: string } | null {
  const m = HEADLINE.exec(fold(line).trim());
  return m ? { wenhao: m[1]!, rest: m[2]! } : null;
}

/** Parse a 文号 line; call only on lines accepted by isWenhaoLine. */
export function parseWenhao(raw: string): ParsedWenhao {
  const m = WENHAO.exec(fold(wenhaoOfLine(raw) ?? raw).trim());
  if (!m) throw new Error(`not a 文号: ${raw}`);
  const [, issuer, open, yearText, close, serialText, hao] = m;
  const problems: string[] = [];
  const serial = serialText;
  // A lost closing bracket glues year and serial together: 〔20231 = 〔2023〕1.
  // The year is always four digits, so the digits after it are the serial.
  if (!close && serial === undefined) {
    problems.push('缺少“〕”和序号');
  } else if (!close) {
    problems.push('缺少“〕”');
  }
  if (open !== '〔' || (close && close !== '〕')) problems.push(`括号“${open}${close ?? ''}”应为“〔〕”`);
  if (!hao) problems.push('缺少“号”');
  const year = Number(yearText);
  return {
    wenhao: serial === undefined ? null : `${issuer}〔${year}〕${Number(serial)}号`,
    year,
    problems,
  };
}

/** The parts of a well-formed 文号 (天政办发〔2023〕1号 → 天政办发, 2023, 1), for permalinks. */
export function wenhaoParts(wenhao: string): { issuer: string; year: number; serial: number } | null {
  const m = /^(.+?)[〔［[（(【](\d{4})[〕］\]）)】]\s*第?(\d+)号$/.exec(fold(wenhao).replace(/\s+/g, ''));
  return m ? { issuer: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : null;
}

/** A title printed with its 文号 in parentheses at the end (…的通知(韶府〔2019〕31號)): the title and the 文号, or null. */
export function trailingWenhao(line: string): { title: string; wenhao: string } | null {
  const t = line.trim();
  const m = /^(.{6,})[(（]([^()（）]{4,24})[)）]$/.exec(t);
  if (!m || !WENHAO.test(fold(m[2]!).trim())) return null;
  return { title: m[1]!, wenhao: m[2]! };
}

// ---------------------------------------------------------------------------
// 文号 as readers type them in a search box, and as documents cite them in sentences:
// an issuer prefix, the year in any bracket (〔〕 [] ［］ () （） 【】 or none, or 2023年), the
// serial number, 号. Readers rarely have 〔〕 on their keyboard.
const TYPED = /([\u4e00-\u9fff]{0,12}?)[ ]?[〔[［(（【{]?((?:19|20)\d{2})[〕\]］)）】}]?年?[ ]?第?(\d{1,4})号/gu;

/** One 文号 in canonical form (天政办发〔2023〕1号), or null when the text is not one. */
export function normalizeWenhao(text: string): string | null {
  const folded = fold(text).replace(/\s+/g, '');
  const m = new RegExp(`^${TYPED.source}$`, 'u').exec(folded);
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

/** The 文号 in a text (canonical) and the text with them taken out. */
export function findWenhao(text: string): { wenhao: string[]; rest: string } {
  const wenhao: string[] = [];
  const rest = fold(text).replace(TYPED, (whole: string, prefix: string, year: string, n: string) => {
    // A bare year and number with no issuer and no brackets (2023 1号) is too weak to be one.
    if (prefix === '' && !/[〔[［(（【{]/.test(whole)) return whole;
    const issuer = prefix.replace(LEADING_WORDS, '');
    wenhao.push(`${issuer}〔${year}〕${Number(n)}号`);
    return prefix.slice(0, prefix.length - issuer.length) + ' ';
  });
  return { wenhao, rest };
}

/** Every 文号 cited in a text, canonical, each once. */
export function wenhaoIn(text: string): string[] {
  return [...new Set(findWenhao(text).wenhao)];
}
