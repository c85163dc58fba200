// Money as people say it, rewritten the way the documents print it before the money
// grammar reads the query (moneyQuery.ts reads what documents print, and documents never
// say 块): 500块 → 500元, 一千块钱 → 1000元, 两毛 → 0.2元, 一万八 → 18000元, and a Chinese
// numeral of thousands standing at the end of a word, 送五千 → 送5000元. A bare Arabic number
// (一年1600) stays as it is: 1600 may as well be a year or a count.
import { CURRENCY_NAMES } from '../../pipeline/grammar/currency.ts';
import { parseNumeral } from '../../pipeline/grammar/numerals.ts';

// The numerals people say (regular expressions, like the money grammar's own patterns).
const KUAI = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(?:块钱|块|元钱)/gu;
const MAO = /(?<![\d零〇一二两三四五六七八九十百千万])([1-9一二两三四五六七八九])\s*毛(?:钱)?/gu;
// A numeral with 千 or 万 in it, alone at the end of a word: 五千, 一万八, 两万.
const BARE = /(?<![\d.])([零〇一二两三四五六七八九十百千万亿]+)(?=\s|$)/gu;
const MAGNITUDE = /[千万]/u;
const YUAN = CURRENCY_NAMES.CNY[0];

/** The value of a numeral as people say it (500, 一千, 一万八), or null. */
function valueOf(n: string): number | null {
  return /^\d/.test(n) ? Number(n) : parseNumeral(n);
}

export function colloquialMoney(query: string): string {
  return query
    .replace(KUAI, (whole, n: string) => {
      const v = valueOf(n);
      return v === null ? whole : `${v}${YUAN}`;
    })
    .replace(MAO, (whole, d: string) => {
      const v = valueOf(d);
      return v === null ? whole : `${v / 10}${YUAN}`;
    })
    .replace(BARE, (whole, n: string) => {
      if (!MAGNITUDE.test(n)) return whole;
      const v = parseNumeral(n);
      return v === null || v < 1000 ? whole : `${v}${YUAN}`;
    });
}
