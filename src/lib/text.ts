// Formatting that needs no words from the dictionary. The search page's client uses these
// (result cards, the query explanation), and importing lib/format.ts instead would bundle
// the whole UI dictionary into it (tests/site/pages.test.ts checks that it does not).
import { CURRENCY_NAMES, type Currency } from '../../pipeline/grammar/currency.ts';

/** 1234567 → 123.46万元, for sorting/summary displays; the printed figure is always shown too. */
export function formatYuan(yuan: number): string {
  return formatAmount(yuan, 'CNY');
}

/**
 * A value in its own currency's unit, the way the sources print it: 3000000 USD → 300万美元,
 * 2960 HKD → 2960港元, 5 GBP → 5英镑. The unit is the currency's first name in the money
 * grammar's registry (pipeline/grammar/currency.ts), so a figure in 港元 is never written as 元.
 */
export function formatAmount(value: number, currency: Currency): string {
  const unit = CURRENCY_NAMES[currency][0];
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
  if (value >= 1e12) return `${fmt(value / 1e12)}万亿${unit}`;
  if (value >= 1e8) return `${fmt(value / 1e8)}亿${unit}`;
  if (value >= 1e4) return `${fmt(value / 1e4)}万${unit}`;
  return `${fmt(value)}${unit}`;
}

/** The first `keep` characters and an ellipsis, when the text is longer than that. */
export function truncate(text: string, keep: number): string {
  return text.length > keep ? text.slice(0, keep) + '…' : text;
}
