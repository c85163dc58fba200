// Money as people say it, rewritten the way the documents print it before the money
// grammar reads the query (moneyQuery.ts reads what documents print, and documents never
// say 块): 500块 → 500元, 一千块钱 → 1000元, 两毛 → 0.2元, 一万八 → 18000元, and a Chinese
// numeral of thousands standing at the end of a word, 送五千 → 送5000元. A bare Arabic number
// (一年1600) stays as it is: 1600 may as well be a year or a count.
import { NUMERAL_CHARS, parseNumeral } from '../../pipeline/grammar/numerals.ts';

const N = `[${NUMERAL_CHARS}]+`;
const KUAI = new RegExp(`(\\d+(?:\\.\\d+)?|${N})\\s*(?:块钱|块|元钱)`, 'gu');
const MAO = /(?<![\d零〇一二两三四五六七八九十百千万])([1-9]|[一二两三四五六七八九])\s*毛(?:钱)?/gu;
// A numeral with 千 or 万 in it, alone at the end of a word: 五千, 一万八, 两万.
const BARE = new RegExp(`(?<![\\d.])(${N})(?=\\s|$)`, 'gu');
const MAGNITUDE = /[千仟万萬]/u;

const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function colloquialMoney(query: string): string {
  return query
    .replace(KUAI, (whole, n: string) => {
      const v = /^\d/.test(n) ? Number(n) : parseNumeral(n);
      return v === null ? whole : `${v}元`;
    })
    .replace(MAO, (_, d: string) => `${(DIGIT[d] ?? Number(d)) / 10}元`)
    .replace(BARE, (whole, n: string) => {
      if (!MAGNITUDE.test(n)) return whole;
      const v = parseNumeral(n);
      return v === null || v < 1000 ? whole : `${v}元`;
    });
}
