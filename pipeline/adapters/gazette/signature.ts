// The signature of an official document: the signing body on its own line, then
// the date on its own line (天门市人民政府办公室 / 2023年1月18日). It closes the
// document's own text; anything after it is an attachment (附件) or a note.

import { numeralValue } from './numbering.ts';

const FULLWIDTH_DIGITS = /[０-９]/g;
const toAscii = (s: string) => s.replace(FULLWIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10));

const ZH = '[〇○零一二三四五六七八九十]';
const DATE_LINE = new RegExp(`^(\\d{4}|${ZH}{4})\\s*年\\s*(\\d{1,2}|${ZH}{1,3})\\s*月\\s*(\\d{1,2}|${ZH}{1,4})\\s*日$`);

export interface SignatureDate {
  /** ISO yyyy-mm-dd, or null when the printed date does not exist (2月30日). */
  iso: string | null;
  raw: string;
}

const part = (s: string) => numeralValue(toAscii(s).replace(/○/g, '〇'));

/** A line that is nothing but a date, as a document is dated under its signature. */
export function parseDateLine(line: string): SignatureDate | null {
  const raw = line.trim();
  const m = DATE_LINE.exec(toAscii(raw).replace(/\s+/g, ''));
  if (!m) return null;
  const [y, mo, d] = [part(m[1]!), part(m[2]!), part(m[3]!)];
  if (y === null || mo === null || d === null) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: valid ? `${y}-${pad(mo)}-${pad(d)}` : null, raw };
}

// The endings of names of bodies that sign or are tasked in local-government
// documents. Deliberately without 单位 (指挥机构成员单位 is a phrase, not a body)
// and without a bare 处 (进行查处 is a verb).
const BODY_SUFFIX =
  /(政府|办公室|办公厅|委员会|管委会|局|委|办|厅|署|部|中心|公司|集团|开发区|园区|法院|检察院|院|联|会|队|站|所|社|行|组|室|办事处|街道|农场|场|镇|乡|指挥部)$/;

/** Does this short text name a body (an agency, a government, a group of townships)? */
export function looksLikeBodyName(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 2 || t.length > 24) return false;
  if (/[\d。，,；;：:！？!?（）()《》“”]/.test(t)) return false;
  return BODY_SUFFIX.test(t) || /^各/.test(t);
}

/** A signing-body line: a body's name standing alone (possibly letter-spaced). */
export function isSignerLine(line: string): boolean {
  return looksLikeBodyName(line);
}
