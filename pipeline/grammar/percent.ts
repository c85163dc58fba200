// Percentages, kept apart from money: 10%-20%, 6%—10%, 7.5%左右, 不低于15%, 百分之五.
import type { Percentage } from '../schema.ts';
import { parseNumeral } from './numerals.ts';
import { RANGE_SEPARATOR_PATTERN } from './money.ts';
import { foldText } from '../text/fold.ts';

const AR = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const PCT = String.raw`(${AR})[ \t]?%`;
const PERCENT_RE = new RegExp(
  String.raw`(?<![\d.])(?:(${AR})[ \t]?(%)?[ \t]*${RANGE_SEPARATOR_PATTERN}[ \t]*)?${PCT}|百分之([零〇一二两三四五六七八九十百点]+)`,
  'g',
);
const PCT_PREFIX_RE = /(?:约|不低于|不少于|不超过|不高于|超过|达到|最高|最低)$/;
const PCT_SUFFIX_RE = /^(?:以上|以下|左右|以内)/;

/**
 * Percentages: 10%-20% and 6%—10% are one range each, 7.5%左右 keeps its 左右 in `raw`,
 * 百分之五 is 5. `offset` is the index of the first number.
 */
export function extractPercentages(text: string): Percentage[] {
  const folded = foldText(text);
  const out: Percentage[] = [];
  for (const m of folded.matchAll(PERCENT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    let value: number;
    let valueMax: number | null = null;
    if (m[4] !== undefined) {
      const v = parseNumeral(m[4]);
      if (v === null) continue;
      value = v;
    } else if (m[1] !== undefined) {
      const a = Number(m[1].replace(/,/g, ''));
      const b = Number(m[3]!.replace(/,/g, ''));
      [value, valueMax] = a <= b ? [a, b] : [b, a];
    } else {
      value = Number(m[3]!.replace(/,/g, ''));
    }
    const pre = PCT_PREFIX_RE.exec(folded.slice(Math.max(0, start - 3), start));
    const post = PCT_SUFFIX_RE.exec(folded.slice(end));
    const rawStart = pre ? start - pre[0].length : start;
    const rawEnd = post ? end + post[0].length : end;
    out.push({ raw: text.slice(rawStart, rawEnd), value, valueMax, offset: start });
  }
  return out;
}
