// 文号 — the document number printed above an official document's title:
// issuer abbreviation, year in 〔〕, serial number, 号 (天政办发〔2023〕1号).
//
// A 文号 line is how a gazette adapter knows a new document starts, so the
// recogniser must also accept damaged ones (`天政发〔20231` lost its 〕 and 号 in
// the web page) — while never matching ordinary body text, where 文号 only occur
// inside sentences.

import { foldText } from '../text/fold.ts';

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

/**
 * Is this whole line (trimmed) a 文号, possibly damaged? Read on folded text, so 號 and
 * full-width brackets count (韶府〔2019〕31號).
 */
export function isWenhaoLine(line: string): boolean {
  const t = foldText(line).trim();
  return t.length <= 24 && WENHAO.test(t);
}

/** Parse a 文号 line; call only on lines accepted by isWenhaoLine. */
export function parseWenhao(raw: string): ParsedWenhao {
  const m = WENHAO.exec(foldText(raw).trim());
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
  const m = /^(.+?)[〔［[（(【](\d{4})[〕］\]）)】]\s*第?(\d+)号$/.exec(foldText(wenhao).replace(/\s+/g, ''));
  return m ? { issuer: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : null;
}
