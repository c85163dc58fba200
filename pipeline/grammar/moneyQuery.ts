// Money terms in a search query: 500元, 5万元, 50万, 1.5亿元, 10万-50万, 100万元以上,
// 不超过5000元, 300万美元, 港币2000元, 八九千美元 …
//
// Read with the very grammar that extracts amounts from documents (money.ts: the same
// pattern, the same `interpretFigure`), plus the words a reader uses to ask for a range.
// Runs in the browser: imports nothing ingest-only.
import type { Currency } from './currency.ts';
import { figureSource, interpretFigure, type FigureGroups } from './money.ts';
import { PER_UNIT_PATTERN, PER_UNITS } from './perUnits.ts';
import { PREFIX_QUALIFIERS, QUALIFIER_BOUND, readSuffixQualifier, type Qualifier } from './qualifiers.ts';
import { foldWidth } from '../text/width.ts';

export interface AmountQuery {
  /** smallest matching value, in units of `currency` */
  min: number;
  /** largest matching value; null when open-ended (100万元以上, 十余万元) */
  max: number | null;
  currency: Currency;
  /** the figure as the grammar reads it — the same fields the extractor stores */
  value: number;
  valueMax: number | null;
  vague: boolean;
  /** the term as the user typed it */
  raw: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&');
}

const PREFIX_WORDS = [...PREFIX_QUALIFIERS.map(([w]) => w)].sort((a, b) => b.length - a.length);
const QUALIFIER_OF_PREFIX: ReadonlyMap<string, Qualifier> = new Map(PREFIX_QUALIFIERS.map(([w, q]) => [w, q]));

const QUERY_RE = new RegExp(
  String.raw`(?<![\d.A-Za-z])` +
    `(?:(?<qp>${PREFIX_WORDS.map(escapeRe).join('|')})[ \\t]*)?(?:从[ \\t]*)?` +
    figureSource(true) +
    `(?<per>(?:[/·]${PER_UNIT_PATTERN})*)`,
  'gd',
);

// A bare 万 followed by a counting word is a count, not money: 5万人, 10万亩.
const COUNT_AFTER_RE = new RegExp(`^(?:${PER_UNITS.join('|')}|名|位|只|份|条|所)`);

function isMoneyWithoutCurrency(hiRaw: string, rest: string): boolean {
  // Without a currency only a closing 万/亿 makes it money (50万, 1.5亿, 十万); a bare
  // 500 could be anything, and 十大 or 万一 are words.
  if (!/[万萬亿億]$/.test(hiRaw.trim())) return false;
  return !COUNT_AFTER_RE.test(rest);
}

interface QueryMatch {
  term: AmountQuery;
  start: number;
  end: number;
}

function queryTerms(query: string): QueryMatch[] {
  const folded = foldWidth(query);
  const out: QueryMatch[] = [];
  for (const m of folded.matchAll(QUERY_RE)) {
    const g = m.groups as FigureGroups & { qp?: string };
    let end = m.index + m[0].length;
    const named = g.cur !== undefined || g.loCur !== undefined || g.pc !== undefined;
    if (!named && !isMoneyWithoutCurrency(g.hi!, folded.slice(end))) continue;
    const reading = interpretFigure(g, folded.slice(end));
    if (reading.kind !== 'money') continue;
    const { value, valueMax, currency, vague } = reading.money;
    const suffix = readSuffixQualifier(folded, end);
    if (suffix) end = suffix.end;
    const qualifier = suffix?.qualifier ?? (g.qp !== undefined ? QUALIFIER_OF_PREFIX.get(g.qp)! : null);
    const bound = qualifier ? QUALIFIER_BOUND[qualifier] : null;
    let min = value;
    let max: number | null = valueMax ?? value;
    // Open bounds are treated as inclusive: someone searching 超过100万元 is better served
    // by also seeing 100万元 than by missing it. A vague figure (十余万元) is a floor.
    if (vague || (bound === 'lower' && valueMax === null)) max = null;
    else if (bound === 'upper' && valueMax === null) min = 0;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ term: { min, max, currency, value, valueMax, vague, raw: query.slice(start, end).trim() }, start, end });
  }
  return out;
}

/**
 * Every money term in a search query plus the text left when they are taken out, for the
 * full-text part of the search. Bare 万/亿 count as yuan. Per-units typed after a term
 * (1000元/人) stay in its `raw` but do not narrow it.
 */
export function findAmountQueries(query: string): { amounts: AmountQuery[]; rest: string } {
  const matches = queryTerms(query);
  let rest = '';
  let p = 0;
  for (const { start, end } of matches) {
    rest += query.slice(p, start) + ' ';
    p = end;
  }
  rest += query.slice(p);
  return { amounts: matches.map((m) => m.term), rest: rest.replace(/\s+/g, ' ').trim() };
}

/** The query as one money term, or null when it is not exactly one (e.g. 补贴, 2023年, 500). */
export function parseAmountQuery(query: string): AmountQuery | null {
  const { amounts, rest } = findAmountQueries(query);
  return amounts.length === 1 && rest === '' ? amounts[0]! : null;
}
