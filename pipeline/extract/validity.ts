// Validity of documents and measures, read with the validity grammar
// (pipeline/grammar/validity.ts), and their status as of a date.
//
// A document's validity is its own clause — a sentence whose subject is the document
// (本意见自发布之日起实施,有效期暂定3年 at the end of the textile opinion; 本预案自印发之日起
// 实施。 under the 预案's 9.5 预案实施时间) or an unnumbered closing paragraph that opens with
// one (自2023年1月1日起施行,有效期3年。). A measure's validity is the policy period its own
// text states (政策执行期限至2022年底), else its document's.
import { addTerm, findUntil, isDocumentClause, readValidity, sentences, type ValidityReading } from '../grammar/validity.ts';
import type { LineRange, PolicyPeriod, Validity, ValidityStatus } from '../schema.ts';

export type ValidityDraft = Omit<Validity, 'status'>;

export const NO_VALIDITY: ValidityDraft = {
  stated: 'none',
  effective: null,
  effectiveRaw: null,
  until: null,
  untilRaw: null,
  term: null,
  trial: false,
  clause: null,
  lines: null,
};

export interface TextBlock {
  role: string;
  level: number;
  text: string;
  lines: LineRange;
}

// A closing paragraph that opens with the clause itself, without 本意见: 自2023年1月1日起施行,…
const OPENS_WITH_CLAUSE = /^(?:自|从|有效期|执行期限|实施期限|试行期)/;
// A title printed with (试行): 天门市…管理办法（试行）
const TRIAL_TITLE = /[(（]\s*试行\s*[)）]/;

const isFullDate = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * The document's validity from its blocks (in source order). `date` is the document's
 * date (for 自印发之日起), `year` the year that stands in for 今年.
 */
export function documentValidity(
  blocks: TextBlock[],
  meta: { date: string | null; title: string | null },
  year: number | null,
): ValidityDraft {
  const lastNumbered = blocks.reduce((at, b, i) => (b.role === 'provision' || b.role === 'section' ? i : at), -1);
  let found: { reading: ValidityReading; clause: string; lines: LineRange } | null = null;
  blocks.forEach((b, i) => {
    if (found || !['paragraph', 'section', 'provision'].includes(b.role)) return;
    const closing = b.role === 'paragraph' && b.level === 0 && i > lastNumbered;
    const parts = sentences(b.text);
    const at = parts.findIndex((s) => isDocumentClause(s.text) || (closing && OPENS_WITH_CLAUSE.test(s.text.trim())));
    if (at < 0) return;
    // The clause and what the sentences after it in the same paragraph add (…施行。有效期至…。).
    const reading = readValidity(parts[at]!.text, year);
    if (!reading) return;
    let clause = parts[at]!.text;
    for (const next of parts.slice(at + 1)) {
      const more = readValidity(next.text, year);
      if (!more) break;
      reading.effective ??= more.effective;
      reading.term ??= more.term;
      reading.until ??= more.until;
      reading.trial ||= more.trial;
      clause += next.text;
    }
    found = { reading, clause: clause.trim(), lines: b.lines };
  });
  const trialTitle = meta.title !== null && TRIAL_TITLE.test(meta.title);
  if (!found) return trialTitle ? { ...NO_VALIDITY, stated: 'document', trial: true } : NO_VALIDITY;
  const { reading, clause, lines } = found as { reading: ValidityReading; clause: string; lines: LineRange };
  const effective = reading.effective
    ? reading.effective.on === 'issue'
      ? isFullDate(meta.date)
        ? meta.date
        : null
      : reading.effective.on
    : (reading.until?.from ?? null);
  const until = reading.until?.until ?? (effective && reading.term ? addTerm(effective, reading.term.amount, reading.term.unit) : null);
  return {
    stated: 'document',
    effective,
    effectiveRaw: reading.effective?.raw ?? null,
    until,
    untilRaw: reading.until?.raw ?? reading.term?.raw ?? null,
    term: reading.term ? { amount: reading.term.amount, unit: reading.term.unit, provisional: reading.term.provisional } : null,
    trial: reading.trial || trialTitle,
    clause,
    lines,
  };
}

/** The policy periods a measure's text states; a sentence about the document itself is its document's. */
export function measurePeriods(text: string, year: number | null): PolicyPeriod[] {
  return sentences(text)
    .filter((s) => !isDocumentClause(s.text))
    .flatMap((s) => findUntil(s.text, year).map((u) => ({ raw: u.raw, from: u.from, until: u.until, offset: s.start + u.start })));
}

/**
 * A measure's validity: its own periods (the latest end counts: 东莞 1. states 2021-04-30
 * and 2021-12-31, so it ran until 2021-12-31), else its document's.
 */
export function measureValidity(periods: PolicyPeriod[], document: ValidityDraft, lines: LineRange): ValidityDraft {
  if (periods.length === 0) return document;
  const last = periods.reduce((a, b) => (b.until > a.until ? b : a));
  const froms = periods.map((p) => p.from).filter((f): f is string => f !== null);
  return {
    stated: 'measure',
    effective: froms.length === periods.length ? froms.sort()[0]! : null,
    effectiveRaw: null,
    until: last.until,
    untilRaw: periods.map((p) => p.raw).join('；'),
    term: null,
    trial: false,
    clause: null,
    lines,
  };
}

/** Status as of `asOf` (ISO): the last day (`until`) still counts as in force. */
export function validityStatus(v: Pick<Validity, 'effective' | 'until'>, asOf: string | null): ValidityStatus | null {
  if (asOf === null) return null;
  if (v.effective !== null && v.effective > asOf) return 'not-yet';
  if (v.until === null) return 'unstated';
  return v.until < asOf ? 'expired' : 'in-force';
}
