// Saying back to the reader how the query was understood: the amounts searched by value,
// the 文号, and the simplified form of a traditional-character query.
import type { ClientTranslate } from '../i18n/zh-CN.ts';
import type { Currency } from '../../pipeline/grammar/currency.ts';
import { formatAmount } from '../lib/text.ts';
import { isPointTerm } from './amountMatch.ts';
import type { AmountQuery, ParsedQuery } from './query.ts';

/** 50000 → 5万元; other currencies the same way, in their own unit: 300万美元, 2960港元. */
export function formatMoney(value: number, currency: Currency): string {
  return formatAmount(value, currency);
}

/** One amount term in words: 等于 5万元, 100万元 及以上, 10万元 至 50万元, 5000元 及以下. */
export function describeAmountTerm(term: AmountQuery, t: ClientTranslate): string {
  const f = (v: number) => formatMoney(v, term.currency);
  if (isPointTerm(term)) return t('search.term.equals', { amount: f(term.min) });
  if (term.max === null) return t('search.term.atLeast', { amount: f(term.min) });
  if (term.min <= 0) return t('search.term.atMost', { amount: f(term.max) });
  return t('search.term.between', { min: f(term.min), max: f(term.max) });
}

/** The whole interpretation as short phrases, e.g. ['按金额查找：等于 5万元', '按文号查找：天政办发〔2023〕1号']. */
export function explainQuery(typed: string, parsed: ParsedQuery, t: ClientTranslate): string[] {
  const out: string[] = [];
  if (parsed.normalized !== typed.replace(/\s+/g, ' ').trim()) out.push(t('search.explain.simplified', { q: parsed.normalized }));
  for (const term of parsed.amounts) out.push(t('search.explain.amount', { term: describeAmountTerm(term, t) }));
  for (const w of parsed.wenhao) out.push(t('search.explain.wenhao', { wenhao: w }));
  return out;
}
