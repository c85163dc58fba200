// Validity: when a document or a policy takes effect and until when, as official documents
// print it. Two readings share the phrase patterns here:
//
//   a document's own clause, whose subject is the document (本意见, 本预案, 本办法 …):
//     本意见自发布之日起实施,有效期暂定3年      → effective on the document's date, term 3 years (provisional)
//     本预案自印发之日起实施。                  → effective on the document's date, no end stated
//     本办法自2023年5月1日起施行,有效期至2025年12月31日
//     执行期限为2023年1月1日至2025年12月31日    → from … until …
//   a policy period stated inside a measure:
//     政策执行期限至2022年底                    → until 2022-12-31
//     缓缴期限阶段性实施到今年底                → until the end of the document's year
//     实施期限至2021年12月31日
//     2022年底前执行                            → until 2022-12-31
//
// Everything is matched on the folded copy (traditional and full-width forms read alike) and
// cut from the printed text at the same offsets. Dates that do not exist (2月30日) and
// phrases whose year is unknown (今年底 without the document's year) read as nothing: a
// wrong expiry date on a public page is worse than none.
import { foldText } from '../text/fold.ts';
import { isoDate, isValidDate } from './dates.ts';
import { wholeNumber } from './numerals.ts';

/** A calendar date as a validity clause prints it, read as the first or the last day it covers. */
const YEAR = String.raw`(?:(\d{4})|([〇○零一二三四五六七八九]{4})|(今|本))年`;
const MONTH = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?`;
const DAY = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,4})[日号]`;
// 2022年底, 2022年年底, 2022年末, 2021年12月31日, 2022年12月底, 2022年12月, 今年底, 2025年
const DATE = String.raw`${YEAR}(?:(年底|年末|底|末)|${MONTH}(?:${DAY}|(底|末))?)?`;
const DATE_GROUPS = 7;

const NUM = String.raw`(\d{1,2}|[一二两三四五六七八九十]{1,3})`;

export interface ReadDate {
  /** ISO yyyy-mm-dd */
  iso: string;
  raw: string;
}

const toYear = (digits: string | undefined, zh: string | undefined, relative: string | undefined, year: number | null) =>
  digits ? Number(digits) : zh ? wholeNumber(zh.replace(/○/g, '〇')) : relative ? year : null;

/** The groups of one DATE match → its first or last day, or null when it cannot be told. */
function dateOf(groups: Array<string | undefined>, edge: 'first' | 'last', year: number | null): string | null {
  const [yDigits, yZh, yRel, yearEnd, monthText, dayText, monthEnd] = groups;
  const y = toYear(yDigits, yZh, yRel, year);
  if (y === null) return null;
  if (yearEnd) return edge === 'last' ? `${y}-12-31` : null;
  if (!monthText) return edge === 'last' ? `${y}-12-31` : `${y}-01-01`;
  const m = wholeNumber(monthText);
  if (m === null || !isValidDate(y, m, null)) return null;
  if (dayText) {
    const d = wholeNumber(dayText);
    return d === null ? null : isoDate(y, m, d);
  }
  if (monthEnd || edge === 'last') return isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return isoDate(y, m, 1);
}

/** A date standing alone in a phrase (2025年12月31日, 2022年底), as its last day or its first. */
export function readDate(text: string, edge: 'first' | 'last', year: number | null = null): ReadDate | null {
  const m = new RegExp(`^${DATE}$`).exec(foldText(text).replace(/\s+/g, ''));
  if (!m) return null;
  const iso = dateOf(m.slice(1, 1 + DATE_GROUPS), edge, year);
  return iso ? { iso, raw: text.trim() } : null;
}

/** `date` plus a term (有效期3年 from 2023-01-06 is 2026-01-06); 29 February falls back to the 28th. */
export function addTerm(date: string, amount: number, unit: 'year' | 'month'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = (unit === 'year' ? amount * 12 : amount) + (m - 1);
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(d, last))!;
}

// ---------------------------------------------------------------------------
// The phrases

export interface Effective {
  /** 'issue': from the day the document is issued (印发/发布/公布之日); otherwise an ISO date */
  on: 'issue' | string;
  raw: string;
}

export interface Term {
  amount: number;
  unit: 'year' | 'month';
  /** 暂定: the term may be extended or cut */
  provisional: boolean;
  raw: string;
}

export interface Until {
  /** the first day, when the phrase names one (执行期限为2023年1月1日至…) */
  from: string | null;
  /** the last day it applies, ISO */
  until: string;
  raw: string;
  start: number;
  end: number;
}

// 自印发之日起施行, 自发布之日起实施, 从公布之日起执行; 自2023年5月1日起施行. Not 自印发之日起30日后施行.
const EFFECTIVE_RE = new RegExp(
  String.raw`(?:自|从)\s*(?:(?:印发|发布|公布|下发|颁布|发文|签发)(?:之)?日|${DATE})\s*起\s*(?:正式)?(施行|实施|执行|生效|试行)`,
  'g',
);
// 有效期暂定3年, 有效期为五年, 有效期限2年, 暂定3年, 试行期2年, 有效期6个月
const TERM_RE = new RegExp(
  String.raw`(?:有效期(?:限)?\s*(?:为|是)?\s*(暂定)?|(暂定)(?:执行|实施)?|试行期?\s*(?:为)?)\s*(?:为)?\s*${NUM}\s*(?:个)?\s*(年|月)(?![底末度份\d])`,
  'g',
);
// A period from one date to another: 执行期限为2023年1月1日至2025年12月31日, 有效期:2023年1月1日—2025年12月31日
const RANGE_RE = new RegExp(
  String.raw`(?:有效期|执行期|实施期|政策期|试行期|执行时间|实施时间)(?:限)?\s*(?:为|是|:)?\s*自?\s*${DATE}\s*(?:起)?\s*(?:至|到|—|–|-|~|～)\s*${DATE}\s*(?:止)?`,
  'g',
);
// Until a date: 有效期至2025年12月31日, 政策执行期限至2022年底, 实施期限到2022年年底, 阶段性实施到今年底,
// 延长到今年底, 实施至2021年4月30日.
const UNTIL_RE = new RegExp(
  String.raw`(?:(?:(?:政策)?(?:执行|实施|缓缴|减免|试行|有效)期限?|政策期限?|期限)\s*(?:阶段性)?\s*(?:延长|延续|顺延|实施|执行)?|执行|实施|施行|延长|延续|实行|顺延)\s*(?:为|是|:)?\s*(?:至|到|截至|截止到?)\s*${DATE}\s*(?:止)?`,
  'g',
);
// A period printed before what it applies to: 2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策 (东莞).
const PERIOD_OF_RE = new RegExp(
  String.raw`${DATE}\s*(?:起)?\s*(?:至|到|—|–|~|～)\s*${DATE}\s*(?:止)?\s*(?:期间)?\s*(?:实施|执行|实行|有效)`,
  'g',
);
// Before a date: 2022年底前执行, 2025年12月31日前有效.
const BEFORE_RE = new RegExp(String.raw`${DATE}\s*(?:之)?前\s*(?:有效|执行|实施|享受)`, 'g');

/** The document's own clause: a sentence whose subject is the document (本意见, 本实施方案, 本预案 …). */
export const DOCUMENT_SUBJECT =
  /本(?:实施|工作|行动|管理|暂行|若干|应急|专项)?(?:意见|办法|方案|预案|通知|细则|措施|规定|政策|决定|文件|规划|计划|制度|条例|规则|指引|要点|清单|公告|通告)/;

export interface ValidityReading {
  effective: Effective | null;
  term: Term | null;
  until: Until | null;
  /** 试行: the document takes effect on trial (自…起试行, 试行期2年) */
  trial: boolean;
}

const slice = (text: string, m: RegExpExecArray) => text.slice(m.index, m.index + m[0].length);

/** Until-phrases of a text (ranges first; an until inside a range is not read twice), in text order. */
export function findUntil(text: string, year: number | null): Until[] {
  const folded = foldText(text);
  const found: Until[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  for (const m of [...folded.matchAll(RANGE_RE), ...folded.matchAll(PERIOD_OF_RE)]) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const from = dateOf(m.slice(1, 1 + DATE_GROUPS), 'first', year);
    const until = dateOf(m.slice(1 + DATE_GROUPS, 1 + 2 * DATE_GROUPS), 'last', year);
    if (!until) continue;
    found.push({ from, until, raw: slice(text, m), start: m.index, end: m.index + m[0].length });
  }
  for (const re of [UNTIL_RE, BEFORE_RE]) {
    for (const m of folded.matchAll(re)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const until = dateOf(m.slice(1, 1 + DATE_GROUPS), 'last', year);
      if (!until) continue;
      found.push({ from: null, until, raw: slice(text, m), start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a document's validity clause says (本意见自发布之日起实施,有效期暂定3年). `year`
 * stands in for 今年/本年. Null when the text states none of effective date, term, end or trial.
 */
export function readValidity(text: string, year: number | null = null): ValidityReading | null {
  const folded = foldText(text);
  let effective: Effective | null = null;
  let trial = false;
  for (const m of folded.matchAll(EFFECTIVE_RE)) {
    const groups = m.slice(1, 1 + DATE_GROUPS);
    const on = groups.some((g) => g !== undefined) ? dateOf(groups, 'first', year) : 'issue';
    if (m[1 + DATE_GROUPS] === '试行') trial = true;
    if (on === null) continue;
    effective ??= { on, raw: slice(text, m) };
  }
  let term: Term | null = null;
  const termMatch = new RegExp(TERM_RE.source).exec(folded);
  if (termMatch) {
    const amount = wholeNumber(termMatch[3]!);
    if (amount !== null && amount > 0) {
      term = {
        amount,
        unit: termMatch[4] === '月' ? 'month' : 'year',
        provisional: termMatch[1] !== undefined || termMatch[2] !== undefined,
        raw: slice(text, termMatch),
      };
      if (/试行/.test(termMatch[0])) trial = true;
    }
  }
  const until = findUntil(text, year)[0] ?? null;
  if (!effective && !term && !until && !trial) return null;
  return { effective, term, until, trial };
}

/** Does this sentence speak of the document itself (本意见…, 本预案…)? */
export function isDocumentClause(sentence: string): boolean {
  return DOCUMENT_SUBJECT.test(foldText(sentence));
}

/** Sentences of a text (up to 。；!? or a line end), with their offsets. */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^。；;!！?？\n]+[。；;!！?？]?/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}
