// Calendar dates as official documents print them: the signing date under the signature
// (2023年1月9日, 二〇二三年一月九日, ２０２３年１月９日), and the checks every date passes
// (2月30日 does not exist). Deadlines (完成时限) are in deadlines.ts; both share this.
import { foldText } from '../text/fold.ts';
import { wholeNumber } from './numerals.ts';

const ZH = '[〇○零一二三四五六七八九十]';
const DATE_LINE = new RegExp(`^(\\d{4}|${ZH}{4})\\s*年\\s*(\\d{1,2}|${ZH}{1,3})\\s*月\\s*(\\d{1,2}|${ZH}{1,4})\\s*日$`);

export interface PrintedDate {
  /** ISO yyyy-mm-dd, or null when the printed date does not exist (2月30日). */
  iso: string | null;
  raw: string;
}

// ○ (a circle, U+25CB) is often typed for 〇 in 二○二三年.
const part = (s: string) => wholeNumber(s.replace(/○/g, '〇'));
const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date (rejects 2022年2月30日 and month 13). */
export function isValidDate(year: number, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** yyyy-mm-dd of a valid date, null otherwise. */
export function isoDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A line that is nothing but a date, as a document is dated under its signature. */
export function parseDateLine(line: string): PrintedDate | null {
  const raw = line.trim();
  const m = DATE_LINE.exec(foldText(raw).replace(/\s+/g, ''));
  if (!m) return null;
  const [y, mo, d] = [part(m[1]!), part(m[2]!), part(m[3]!)];
  if (y === null || mo === null || d === null) return null;
  return { iso: isoDate(y, mo, d), raw };
}

/**
 * A date written in digits with dashes, dots or slashes (发布日期:2022-01-21, 2023.5.8), or
 * with 年月日 in a sentence (2023年5月8日). The first one found, or null.
 */
export function findDate(text: string): PrintedDate | null {
  const folded = foldText(text);
  const m = /(?<!\d)((?:19|20)\d{2})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})(?:\s*日)?(?!\d)/.exec(folded);
  if (!m) return null;
  return { iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), raw: text.slice(m.index, m.index + m[0].length) };
}

/** ISO date of a manifest or metadata value: 2023, 2023-05, 2023-05-08 — checked against the calendar. */
export function checkIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (!m[2]) return true;
  return isValidDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
}
