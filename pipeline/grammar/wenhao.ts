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

// A 文号 line as pages print it: alone, in parentheses under the title ((韶府〔2019〕31號)), or
// followed by the page's date (津政办规〔2023〕4号           2023-04-11).
const LINE_FORMS = /^[(]?(.+?)[)]?(?:\s+(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)?$/;

/** The 文号 a line consists of (the printed text of the 文号 alone), or null. */
export function wenhaoOfLine(line: string): string | null {
  const t = foldText(line).trim();
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
  const m = HEADLINE.exec(foldText(line).trim());
  return m ? { wenhao: m[1]!, rest: m[2]! } : null;
}

/** Parse a 文号 line; call only on lines accepted by isWenhaoLine. */
export function parseWenhao(raw: string): ParsedWenhao {
  const m = WENHAO.exec(foldText(wenhaoOfLine(raw) ?? raw).trim());
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

/** A title printed with its 文号 in parentheses at the end (…的通知(韶府〔2019〕31號)): the title and the 文号, or null. */
export function trailingWenhao(line: string): { title: string; wenhao: string } | null {
  const t = line.trim();
  const m = /^(.{6,})[(（]([^()（）]{4,24})[)）]$/.exec(t);
  if (!m || !WENHAO.test(foldText(m[2]!).trim())) return null;
  return { title: m[1]!, wenhao: m[2]! };
}
