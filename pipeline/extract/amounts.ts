// Money amounts of a measure: every figure the money grammar finds (grammar/money.ts), with
// the words around it that change its meaning — qualifiers (grammar/qualifiers.ts),
// per-units (grammar/perUnits.ts) and its kind (grammar/amountKind.ts) — and every passage
// the grammar declined, for the data-quality report.
//
// Offsets, `raw` and `figure` are cut from the original text; matching runs on a
// width-folded copy of the same length.
import type { Amount } from '../schema.ts';
import { classifyAmount, nounAfter } from '../grammar/amountKindRules.ts';
import { findFigures, UNSURE_REASON_LABEL, type UnsureReason } from '../grammar/money.ts';
import { perInClause, PER_BEFORE_RE, PER_PERSON_RE, readSlashUnits } from '../grammar/perUnits.ts';
import { pickQualifier, PREFIX_QUALIFIERS, QUALIFIER_BOUND, readSuffixQualifier, type Qualifier } from '../grammar/qualifiers.ts';
import { foldText } from '../text/fold.ts';

export { extractPercentages } from '../grammar/percent.ts';

/** A passage that looks like money but was not read, and why. */
export interface UnsureAmount {
  offset: number;
  /** the declined figure as printed, e.g. 6万元5万元 */
  figure: string;
  passage: string;
  reason: UnsureReason;
  /** Chinese, for the report */
  message: string;
}

// Neutral words and verbs that belong to the figure's phrase when adjacent to it
// (最高可达300万元, 每单补贴0.2元, 完成投资390亿元, 不超过等值500万美元).
const PREFIX_WORDS = [
  '一次性奖励企业',
  '完成投资',
  '补贴',
  '奖励',
  '补助',
  '资助',
  '奖补',
  '贴息',
  '减免',
  '给予',
  '发放',
  '安排',
  '预算',
  '争取',
  '新增',
  '完成',
  '落实',
  '设立',
  '投资',
  '下拨',
  '下达',
  '拨付',
  '筹集',
  '募集',
  '发行',
  '归集',
  '突破',
  '实现',
  '可达',
  '提高至',
  '提高到',
  '提至',
  '分别',
  '一次性',
  '等值',
  '累计',
  '共计',
  '合计',
  '总计',
  '可',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&');
}

interface ContextToken {
  re: RegExp; // anchored at the end of the text before the figure
  qualifier?: Qualifier;
  per?: (m: RegExpExecArray) => string;
  word?: string;
}

const CONTEXT_TOKENS: ContextToken[] = [
  ...PREFIX_QUALIFIERS.map(([word, qualifier, notAfter]): ContextToken => ({
    re: new RegExp((notAfter ? `(?<![${notAfter}])` : '') + escapeRe(word) + '$'),
    qualifier,
  })),
  { re: PER_PERSON_RE, per: () => '人' },
  { re: PER_BEFORE_RE, per: (m) => m[1]! },
  ...PREFIX_WORDS.map((word): ContextToken => ({ re: new RegExp(escapeRe(word) + '$'), word })),
];

interface Prefix {
  start: number;
  qualifiers: Qualifier[]; // nearest first
  per: string[]; // in reading order
  words: string[]; // nearest first
}

/**
 * Walk backwards from the figure over adjacent context words — qualifiers, 每X units,
 * verbs — taking the longest word each step. Stops at the first character that belongs
 * to none of them, so `单个企业每年最高补贴100万元` yields `每年最高补贴`.
 */
export function readPrefix(folded: string, figureStart: number): Prefix {
  let p = figureStart;
  const qualifiers: Qualifier[] = [];
  const per: string[] = [];
  const words: string[] = [];
  for (let steps = 0; steps < 12; steps++) {
    const before = folded.slice(Math.max(0, p - 12), p);
    let best: { len: number; token: ContextToken; m: RegExpExecArray } | null = null;
    for (const token of CONTEXT_TOKENS) {
      const m = token.re.exec(before);
      if (m && (!best || m[0].length > best.len)) best = { len: m[0].length, token, m };
    }
    if (!best) break;
    if (best.token.qualifier) qualifiers.push(best.token.qualifier);
    if (best.token.per) per.unshift(best.token.per(best.m));
    if (best.token.word) words.push(best.token.word);
    p -= best.len;
  }
  return { start: p, qualifiers, per, words };
}

const CLAUSE_END = /[。;!?\n,:]/;
function clauseStart(folded: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (CLAUSE_END.test(folded[i]!)) return i + 1;
  return 0;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Every money amount in a measure's text, in order of appearance, and every passage the
 * grammar declined. `offset` is the index of `figure` in `text`; `raw` adds the adjacent
 * words that change its meaning.
 */
export function readAmounts(text: string): { amounts: Amount[]; unsure: UnsureAmount[] } {
  const folded = foldText(text);
  const { figures, unsure } = findFigures(folded);
  const amounts: Amount[] = [];
  let previousEnd = 0;
  for (const f of figures) {
    const prefix = readPrefix(folded, f.start);
    const slash = readSlashUnits(folded, f.end);
    const suffix = readSuffixQualifier(folded, slash.end);
    const contextEnd = suffix ? suffix.end : slash.end;
    const from = Math.max(clauseStart(folded, f.start), previousEnd);
    const per = unique([...(prefix.per.length > 0 ? prefix.per : perInClause(folded.slice(from, prefix.start))), ...slash.per]);
    // The figure's own vagueness (十余万, 数十亿) is its qualifier unless a bound says more.
    const figureQualifier: Qualifier | null = f.vague ? (/[数几]|上(?=[百千万亿])/.test(folded.slice(f.start, f.end)) ? '数' : '余') : null;
    const qualifier = pickQualifier(prefix.qualifiers, suffix?.qualifier ?? null) ?? figureQualifier;
    const bounded = qualifier !== null && QUALIFIER_BOUND[qualifier] !== 'approximate';
    const capped = qualifier !== null && QUALIFIER_BOUND[qualifier] === 'upper';
    const reached = prefix.qualifiers.some((q) => q === '达到' || q === '过' || q === '超过' || q === '不低于');
    const { kind } = classifyAmount({
      folded,
      figureStart: f.start,
      contextEnd,
      prefixStart: prefix.start,
      prefixWords: prefix.words,
      capped,
      bounded,
      reached,
    });
    const noun = nounAfter(folded, contextEnd);
    const rawEnd = noun ? noun.end : contextEnd;
    amounts.push({
      raw: text.slice(prefix.start, rawEnd).trim(),
      figure: text.slice(f.start, f.end),
      value: f.value,
      valueMax: f.valueMax,
      yuan: f.currency === 'CNY' ? f.value : null,
      currency: f.currency,
      qualifier,
      vague: f.vague,
      per,
      kind,
      offset: f.start,
    });
    previousEnd = contextEnd;
  }
  return {
    amounts,
    unsure: unsure.map((u) => {
      const passage = text.slice(Math.max(0, u.start - 8), Math.min(text.length, u.end + 8)).replace(/\s+/g, ' ');
      return {
        offset: u.start,
        figure: text.slice(u.start, u.end),
        passage,
        reason: u.reason,
        message: `“${text.slice(u.start, u.end).replace(/\s+/g, '')}”${UNSURE_REASON_LABEL[u.reason]}，未作为金额收录（上下文：…${passage}…）`,
      };
    }),
  };
}

/** Every money amount in a measure's text (see `readAmounts`). */
export function extractAmounts(text: string): Amount[] {
  return readAmounts(text).amounts;
}
