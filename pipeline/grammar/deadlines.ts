// Deadlines (完成时限): the raw text as printed plus a normalised form the site can sort
// and filter on — `2022-12`, `2023`, `2022-06-30`, or `ongoing` for 持续推进/长期/常态化.
//
// Work lists give the deadline in its own column, often wrapped inside the cell
// (`2022年\n6月`, `持续\n推进`); gazettes state it inline, if at all
// (`(完成时限:2023年6月底)`, `2023年3月底之前`, `在6月底前`). Both are read by the same
// phrase parser. Anything we cannot read with confidence normalises to null: a wrong
// deadline on a public page is worse than none.
import type { Deadline } from '../schema.ts';
import { foldWidth } from '../text/width.ts';
import { isValidDate } from './dates.ts';
import { joinWrapped } from '../text/rewrap.ts';

type Normalized = Deadline['normalized'];

// Cells that mean "no end date": 持续推进, 长期, 常态化, and their usual verb variants.
const ONGOING_RE = /^(?:持续|长期|常态化|长效|常年)(?:推进|开展|实施|坚持|落实|执行)?$/;
// 全年 / 年内 in a task table: within the document's year (its December).
const WHOLE_YEAR_RE = /^(?:全年|年内|本年度|今年内|(?:\d{4})年(?:全年|内))(?:完成)?$/;

// A date phrase: year, month, day, a part of the period (底/末/旬), and an optional
// "before"/"complete" tail. Year is optional here; the caller decides what a missing
// year means.
const DATE_PHRASE_RE = new RegExp(
  String.raw`^(?:(\d{4})年|(今年)|年(?=底|末))?` +
    String.raw`(?:(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?(?:底|末|初|上旬|中旬|下旬)?` +
    String.raw`|(底|末)|(上半年)|(下半年)|(?:第)?([一二三四1-4])季度(?:末|底)?)?` +
    String.raw`(?:之前|以前|前)?(?:完成|完毕|办结)?$`,
);
const ISO_LIKE_RE = /^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?$/;

const QUARTER_END: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, 1: 3, 2: 6, 3: 9, 4: 12 };

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDate(year: number, month: number | null, day: number | null): Normalized {
  if (month === null) return String(year);
  if (!isValidDate(year, month, day)) return null;
  return day === null ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Remove what never changes the meaning: all whitespace (cells wrap anywhere), full
 *  widths, surrounding brackets and trailing punctuation. */
function compact(raw: string): string {
  return foldWidth(raw)
    .replace(/\s+/g, '')
    .replace(/^[([【]+|[)\]】]+$/g, '')
    .replace(/[。.;,、]+$/, '');
}

/**
 * Parse a deadline phrase. `defaultYear` fills in a phrase that names no year
 * (6月底前 in a 2023 document) and stands for 今年; with null such phrases are unreadable.
 * A year with 底/末 (2023年底) is its December; 上半年 is June; a quarter is its last month.
 */
export function parseDeadlinePhrase(phrase: string, defaultYear: number | null): Normalized {
  const text = compact(phrase);
  if (text === '') return null;
  if (ONGOING_RE.test(text)) return 'ongoing';
  const wholeYear = WHOLE_YEAR_RE.exec(text);
  if (wholeYear) {
    const y = /^(\d{4})年/.exec(text);
    return y ? y[1]! : defaultYear === null ? null : String(defaultYear);
  }
  const iso = ISO_LIKE_RE.exec(text);
  if (iso) return formatDate(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null);
  const m = DATE_PHRASE_RE.exec(text);
  if (!m) return null;
  const [, yearText, thisYear, monthText, dayText, yearEnd, firstHalf, secondHalf, quarter] = m;
  const year = yearText ? Number(yearText) : defaultYear; // 今年 or no year at all
  if (year === null) return null;
  // A phrase with no year and no month at all (前, 完成) says nothing.
  if (!yearText && !thisYear && !monthText && !yearEnd && !firstHalf && !secondHalf && !quarter) return null;
  if (monthText) return formatDate(year, Number(monthText), dayText ? Number(dayText) : null);
  if (yearEnd || secondHalf) return formatDate(year, 12, null);
  if (firstHalf) return formatDate(year, 6, null);
  if (quarter) return formatDate(year, QUARTER_END[quarter]!, null);
  return formatDate(year, null, null);
}

/**
 * Normalise a 完成时限 cell. The raw text is kept as given (trimmed); a phrase without a
 * year (年底前, 全年) takes the document's year, and normalises to null without one.
 */
export function normalizeDeadline(raw: string, documentYear: number | null = null): Deadline {
  const kept = raw.trim();
  return { raw: kept, normalized: parseDeadlinePhrase(kept, documentYear) };
}

/**
 * Is this short piece of a tag a deadline (2023年9月底前完成, 9月底前, 长期坚持, 全年)?
 * Used to tell a deadline inside an agency tag from a name; no year is needed to know
 * that a phrase is a deadline.
 */
export function isDeadlinePhrase(text: string): boolean {
  const t = compact(text);
  if (t === '' || t.length > 24) return false;
  return parseDeadlinePhrase(t, 2000) !== null;
}

// An explicit label: (完成时限:2023年6月底), 截止时间：6月底. Not 办理时限:3个工作日, which
// is a service time, not the measure's deadline.
const LABEL_RE = /(?:完成|截止)(?:时限|期限|时间)[ \t]*:[ \t]*([^),;。\n]+)/;

// An inline "before" phrase: 2023年3月底之前, 6月底前, 6月30日前, 2022年12月前, 2023年底前,
// 年底前, 2025年前. Anchored on a month or a year so that 3年前 or 会前 never match, and
// followed by 前 so that a period (2023年1月1日至3月31日) never does. A bare 年底 must not
// belong to 明年/去年/当年…, whose year we do not know; 前 that begins another word
// (前期, 前提, 前列) or counts from the start (今年前三季度, 前5个月) is not "before".
const BEFORE_RE = new RegExp(
  String.raw`(?<![\d.\-])(?:` +
    String.raw`(?:(?:\d{4}|今)年\s*)?\d{1,2}月(?:\d{1,2}[日号])?(?:底|末|上旬|中旬|下旬)?` +
    String.raw`|(?:\d{4}|今)年(?:底|末)?` +
    String.raw`|(?<![明去前后同当次上下每一二三四五六七八九十])年(?:底|末)` +
    String.raw`)(?:之前|以前|前)(?![期夕提置沿列景端一二三四五六七八九十两几半\d])`,
  'g',
);
// Until the end of a year: 政策执行期限至2022年底, 到2025年末.
const UNTIL_YEAR_END_RE = /(?:至|到|截至)((?:\d{4}|今)年(?:底|末))/g;

/**
 * A deadline stated inline in a provision, or null. An explicit 完成时限 label wins (kept
 * with a null normalised form if we cannot read it);
 * otherwise every "before …" phrase is read, and only a single, unambiguous date is
 * returned — two different dates (6月底前发行, 8月底前使用) mean we cannot say which one
 * is the measure's deadline. `documentYear` stands in for a missing year.
 */
export function findDeadlineInText(printed: string, documentYear: number | null): Deadline | null {
  // A phrase broken by a hard wrap (2023年 ⏎ 6月底前) is read whole.
  const text = joinWrapped(printed);
  const folded = foldWidth(text);
  const label = LABEL_RE.exec(folded);
  if (label) {
    const phrase = text.slice(label.index + label[0].length - label[1]!.length, label.index + label[0].length).trim();
    // The label says this is the deadline, so keep it even when we cannot read it.
    return { raw: phrase, normalized: parseDeadlinePhrase(phrase, documentYear) };
  }
  const found: Array<{ raw: string; normalized: string }> = [];
  for (const re of [BEFORE_RE, UNTIL_YEAR_END_RE]) {
    for (const m of folded.matchAll(re)) {
      const phraseStart = m.index + (m[1] !== undefined ? m[0].length - m[1].length : 0);
      const raw = text.slice(phraseStart, m.index + m[0].length);
      const normalized = parseDeadlinePhrase(raw, documentYear);
      if (normalized !== null && normalized !== 'ongoing') found.push({ raw, normalized });
    }
  }
  // 年内完成 / 今年内: within the document's year (not 三年内, which counts years).
  if (documentYear !== null) {
    for (const m of folded.matchAll(/(?<![一二三四五六七八九十两几数多\d个])(?:今|本)?年内/g)) {
      found.push({ raw: text.slice(m.index, m.index + m[0].length), normalized: String(documentYear) });
    }
  }
  const distinct = new Set(found.map((f) => f.normalized));
  return distinct.size === 1 ? found[0]! : null;
}
