// Printed item numbers of Chinese official documents (公文): 一、 / (一) / 1. /
// (1) / 1.1 / ① / 第一条 … Recognising a number at the start of a line, and
// turning it into a sequence value, a label readers cite and an ASCII slug.
//
// Everything here is a pure function of one line of text; deciding what a number
// means in context (its nesting level, whether it is out of sequence) is done by
// the outline builder, which sees the whole document. The value of a numeral (十七 → 17,
// ⑤ → 5) comes from the project's one numeral grammar, numerals.ts.
import { itemNumber } from './numerals.ts';

const ZH_NUMERAL = '[一二三四五六七八九十百零〇两]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export interface NumberMarker {
  /** The printed numeral without its punctuation: 一, 十七, 16, 1.1 */
  number: string;
  /**
   * The printed pattern, with ASCII punctuation standing for both widths:
   * 一、 (一) 1. 1、 (1) 1) ① 第一条 — and for decimal outlines 1 / 1.1 / 1.1.1
   * (a bare 1 as in `1总则` is the first level of a decimal outline).
   */
  style: string;
  /** Position in its sequence: 17 for (十七), the last component for 4.3.2. */
  value: number;
  /** For decimal numbers, the components before the last (4.3.2 → 4.3). */
  prefix: string | null;
  /** The text of the line after the number and its punctuation. */
  rest: string;
}

// Characters that make a leading figure a quantity rather than an item number:
// `2023年…`, `3万单…`, `1.5万人…`. Only unambiguous units: 人 would also reject
// headings such as `7.1 人力资源保障`.
const UNIT = /^[年月日号个万亿千百元%％‰米吨亩倍次家项台辆岁届批]/;
// A bare-number heading (`1总则`) is a short title: no sentence punctuation.
const SENTENCE_PUNCT = /[。，,；;：:、！？!?（）()“”《》]/;

function marker(number: string, style: string, rest: string, value?: number, prefix: string | null = null): NumberMarker | null {
  const v = value ?? itemNumber(number);
  if (v === null || rest.trim() === '') return null;
  return { number, style, value: v, prefix, rest: rest.trim() };
}

/**
 * The item number at the start of a line, or null when the line does not start
 * with one. Leading whitespace is ignored (web pages indent list items).
 */
export function parseNumberMarker(line: string): NumberMarker | null {
  const t = line.trim();
  let m: RegExpExecArray | null;

  if ((m = new RegExp(`^第(${ZH_NUMERAL}|\\d+)([章节条])`).exec(t))) {
    return marker(m[1]!, `第一${m[2]}`, t.slice(m[0].length));
  }
  if ((m = new RegExp(`^(${ZH_NUMERAL})([、.．])`).exec(t))) {
    return marker(m[1]!, m[2] === '、' ? '一、' : '一.', t.slice(m[0].length));
  }
  if ((m = new RegExp(`^[(（](${ZH_NUMERAL})[)）]`).exec(t))) {
    return marker(m[1]!, '(一)', t.slice(m[0].length));
  }
  if ((m = new RegExp(`^([${CIRCLED}])`).exec(t))) {
    return marker(m[1]!, '①', t.slice(m[0].length));
  }
  if ((m = /^[(（](\d{1,3})[)）]/.exec(t))) {
    return marker(m[1]!, '(1)', t.slice(m[0].length));
  }
  if ((m = /^(\d{1,3})[)）]/.exec(t))) {
    return marker(m[1]!, '1)', t.slice(m[0].length));
  }
  // Decimal outline numbers 1.1 / 4.3.1 — unless the figure is a quantity (1.5万人).
  if ((m = /^(\d{1,2}(?:[.．]\d{1,2})+)(?![\d.．])/.exec(t))) {
    const rest = t.slice(m[0].length).trim();
    if (UNIT.test(rest)) return null;
    const parts = m[1]!.split(/[.．]/);
    const number = parts.join('.');
    const style = ['1', ...parts.slice(1).map(() => '1')].join('.');
    return marker(number, style, rest, Number(parts.at(-1)), parts.slice(0, -1).join('.'));
  }
  if ((m = /^(\d{1,3})[.．](?!\d)/.exec(t))) {
    return marker(m[1]!, '1.', t.slice(m[0].length));
  }
  if ((m = /^(\d{1,3})、/.exec(t))) {
    return marker(m[1]!, '1、', t.slice(m[0].length));
  }
  // A bare number glued to a short title (`1总则`) heads a decimal outline.
  if ((m = /^(\d{1,2})(?=[\u4e00-\u9fff])/.exec(t))) {
    const rest = t.slice(m[0].length);
    if (rest.length <= 20 && !SENTENCE_PUNCT.test(rest) && !UNIT.test(rest)) return marker(m[1]!, '1', rest);
  }
  return null;
}

/** Decimal-outline styles (1, 1.1, 1.1.1 …) are nested by their depth, not by order of appearance. */
export function decimalDepth(style: string): number | null {
  return /^1(?:\.1)*$/.test(style) ? style.split('.').length : null;
}

/**
 * How readers cite an item: （七） 一、 1. （4） 1.1. Parenthesised numbers are
 * cited with full-width parentheses whatever width was printed; a number printed
 * with only its closing parenthesis (`16)`) is cited as the （16） it stands for.
 */
export function labelFor(number: string, style: string): string {
  switch (style) {
    case '一、':
    case '1、':
      return `${number}、`;
    case '一.':
    case '1.':
      return `${number}.`;
    case '(一)':
    case '(1)':
    case '1)':
      return `（${number}）`;
    default:
      if (style.startsWith('第')) return `第${number}${style.slice(-1)}`;
      return number;
  }
}

/** ASCII slug of a printed number: 十七 → 17, 4.3.1 → 4-3-1, ⑤ → 5. */
export function numberSlug(number: string): string {
  if (/^\d+(?:\.\d+)*$/.test(number))
    return number
      .split('.')
      .map((p) => String(Number(p)))
      .join('-');
  const v = itemNumber(number);
  if (v === null) throw new Error(`not a printed item number: ${number}`);
  return String(v);
}
