// Money figures: a numeral, a currency, and for ranges a second numeral — as printed.
//
// The shapes government prose uses: 1600元, 100 万元, 1.64万亿元, 300万美元, 千万元,
// 10万-50万元, 3至5万元, 一百二十到一百五十万元 (the start shares 万), 1万(含)-5万元,
// 人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整, 123元1角1分, 港币两千九百六十元, 新台币177.1亿元,
// 3000⏎萬元 broken across a line, 十余万元 (a vague lower bound). The numeral itself is read
// by numerals.ts, the currency name by currency.ts.
//
// One grammar serves the text extractor and the search box: both build their pattern
// from `figureSource` and read a match with `interpretFigure`, so a query and a document
// can never disagree on what `5万元` is. Where the grammar is unsure (a garbled figure,
// two figures glued together), it says so instead of returning a value.
import { CURRENCY_NAME_PATTERN, CURRENCY_PREFIX_PATTERN, currencyOfName, isGenericYuan, type Currency } from './currency.ts';
import { CAPITAL_CHARS, DIGIT_VALUE, NUMERAL_CHARS, readQuantity, unitExponent, UNIT_CHARS, type Quantity } from './numerals.ts';
import { INCLUSION_PATTERN } from './qualifiers.ts';

const CN_DIGITS = '一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖';

// One numeral as printed. It may start with 数/几/上 before a unit (数十亿), with a unit
// (十五, 千万, 万元), or with a digit; it continues with digits, units, 点, 余/多/几,
// thousands separators, a decimal point, and spaces or one line break before a unit
// (100 万元, 3000⏎萬元). An Arabic digit never directly follows a Chinese digit: in 统一1000元
// the 一 ends a word, it does not start the figure.
const QTY_HEAD = `(?:[数几上](?=[${UNIT_CHARS}])|[0-9${CN_DIGITS}零〇廿${UNIT_CHARS}])`;
const QTY_BODY = [
  `(?<![${CN_DIGITS}])[0-9]`,
  `[${NUMERAL_CHARS}点余多几]`,
  String.raw`(?<=\d),(?=\d{3}(?!\d))`,
  String.raw`(?<=\d)\.(?=\d)`,
  `[ \\t]+(?=[${UNIT_CHARS}])`,
  `[ \\t]*\\n[ \\t]*(?=[${UNIT_CHARS}])`,
].join('|');
export const QUANTITY_PATTERN = `${QTY_HEAD}(?:${QTY_BODY})*`;

/** Range separators as printed: dashes (sometimes doubled), tildes, 至, 到. */
export const RANGE_SEPARATOR_PATTERN = String.raw`(?:[-~–—]{1,2}|至|到)`;

// 角 and 分 after 元: 123元1角1分, 一百三十五元六角七分, 壹元零壹分. Not 5分钟.
const JIAO_FEN = `(?:[零〇]?[0-9${CN_DIGITS}]角(?:[零〇]?[0-9${CN_DIGITS}]分)?|[零〇][0-9${CN_DIGITS}]分)(?![钟之])`;
// 整/正 closing a 大写 figure (壹拾壹元整), not 整治/整改 or 正式.
const ZHENG = `(?:整(?![治改合体顿理])|正(?![\\u4e00-\\u9fff]))`;

// Where a figure may start: not inside a longer number, a model number (G20), or after a
// per-base such as 每万元 or a vague head (数十万元 is read from 数; 结余10.56亿元 is a
// figure after the word 结余). A Chinese digit may
// stand right before an Arabic figure (统一1000元): it cannot continue it.
const LOOK_BEHIND = `(?<![\\d.A-Za-z每数几])(?:(?<![${NUMERAL_CHARS}])|(?=\\d)(?<![${UNIT_CHARS}零〇]))`;

/**
 * The figure pattern, with named groups: `pc` a currency named before the figure, `lo`
 * `loCur` the start of a range, `hi` the (last) numeral, `cur` its currency, `cur2` a
 * currency name right after 元 (三万元欧元), `jf` 角/分, and `zheng`. With
 * `currencyOptional` (the search box) a figure may omit its currency (50万).
 */
export function figureSource(currencyOptional: boolean): string {
  return (
    LOOK_BEHIND +
    `(?:(?<pc>${CURRENCY_PREFIX_PATTERN})[ \\t]*)?` +
    `(?:(?<lo>${QUANTITY_PATTERN})[ \\t]*(?<loCur>${CURRENCY_NAME_PATTERN})?[ \\t]*(?:${INCLUSION_PATTERN}[ \\t]*)?(?<sep>${RANGE_SEPARATOR_PATTERN})[ \\t]*)?` +
    `(?<hi>${QUANTITY_PATTERN})[ \\t]*(?:\\n[ \\t]*)?(?<cur>${CURRENCY_NAME_PATTERN})${currencyOptional ? '?' : ''}` +
    `(?<cur2>${CURRENCY_PREFIX_PATTERN})?(?<jf>${JIAO_FEN})?(?<zheng>${ZHENG})?`
  );
}

export interface FigureGroups {
  pc?: string | undefined;
  lo?: string | undefined;
  loCur?: string | undefined;
  sep?: string | undefined;
  hi?: string | undefined;
  cur?: string | undefined;
  cur2?: string | undefined;
  jf?: string | undefined;
  zheng?: string | undefined;
}

/** A money figure read from text, in units of its currency. */
export interface MoneyValue {
  value: number;
  /** high end of a range (10万-50万元) or of an approximate pair (八九千美元), else null */
  valueMax: number | null;
  currency: Currency;
  /** a vague numeral (十余万元, 数十亿元): `value` is only a lower bound */
  vague: boolean;
}

/** Why the grammar declines a figure it found; shown to readers on /quality/. */
export type UnsureReason =
  | 'unreadable-numeral' // 十一十二元, 3万4元
  | 'currency-conflict' // 人民币300万美元
  | 'range-ambiguous' // 二至三十万元: 2万 or 20万?
  | 'range-reversed' // 5万-3万元
  | 'range-vague' // 十余万至二十万元
  | 'figures-adjacent'; // 每家奖励6万元5万元

export const UNSURE_REASON_LABEL = {
  'unreadable-numeral': '数字写法无法确定读法',
  'currency-conflict': '币种前后矛盾',
  'range-ambiguous': '区间起点的数量级有两种读法',
  'range-reversed': '区间起点大于终点',
  'range-vague': '区间端点是概数',
  'figures-adjacent': '两个金额紧挨着印在一起，中间没有分隔，无法判断各自含义',
} as const satisfies Record<UnsureReason, string>;

export type FigureReading =
  | { kind: 'money'; money: MoneyValue; /** the range start was dropped (统一到500元): the figure starts at `hi` */ loDropped: boolean }
  | { kind: 'split'; lo: MoneyValue; hi: MoneyValue } // 300万美元至500万元: two figures, not a range
  | { kind: 'unsure'; reason: UnsureReason }
  | { kind: 'none' }; // not money (二元结构, 万元GDP)

function resolveCurrency(pc: string | undefined, cur: string | undefined, cur2: string | undefined): Currency | 'conflict' {
  let name = cur ?? 'none';
  // 三万元欧元, 9000元日币, 数十亿元人民币: a name right after a plain 元 says which 元 (as JioNLP reads it).
  if (cur2 !== undefined) {
    if (cur === undefined || !isGenericYuan(cur)) return 'conflict';
    name = cur2;
  }
  const after = name === 'none' ? null : currencyOfName(name);
  const before = pc === undefined ? null : currencyOfName(pc);
  if (before && after && before !== after && !(name !== 'none' && isGenericYuan(name))) return 'conflict';
  // 港币两千九百六十元, 新台币177.1亿元: the 元 after a named currency is that currency's unit.
  return before ?? after ?? 'CNY';
}

/** A Chinese numeral needs a unit to be money (二元结构 is a word) unless written in 大写 or with 角/分. */
function isMoneyNumeral(q: Quantity, raw: string, hasJiaoFen: boolean, after: string): boolean {
  // 千万元 is one 千万 (税收过千万元企业); a bare 万元/亿元 is a unit name (万元GDP能耗,
  // “万元”补贴) except in the threshold idiom 亿元以上项目.
  if (q.digitless) return /^[十拾百佰千仟]/.test(raw) || /^[ \t]*(?:以上|以下|级)/.test(after);
  if (/\d/.test(raw) || hasJiaoFen) return true;
  return new RegExp(`[${UNIT_CHARS}${CAPITAL_CHARS}]`).test(raw) || q.vague || q.max !== null;
}

// 一百二十 → has small units only; 3万 → has a big unit.
const BIG_UNIT_RE = /[万萬亿億]/;
const BIG_TAIL_RE = /[万萬亿億]+$/;
/**
 * The low end of a range whose start omits what the end prints (3至5万元, 一百二十到一百五十万元,
 * 两到三仟澳元). A bare start takes the end's unit when the end closes on one unit
 * character (3至5万, 两到三仟); when the end closes on a chain (九百亿, 三十万, 5千万) the start
 * may take the whole chain or only its 万/亿 — 八到九百亿 is 800亿 or 8亿 — and the grammar
 * declines. A start with small units of its own takes only the end's 万/亿
 * (一百二十到一百五十万). The start keeps its own size when borrowing would overshoot the
 * end (5000-1万元).
 */
function rangeStart(lo: Quantity, loRaw: string, hi: Quantity): number | 'ambiguous' {
  if (BIG_UNIT_RE.test(loRaw)) return lo.value;
  const bigTail = BIG_TAIL_RE.exec(hi.trailingUnits)?.[0] ?? '';
  const borrow = (units: string) => lo.value * 10 ** unitExponent(units);
  const big = borrow(bigTail);
  if (lo.bare) {
    const whole = borrow(hi.trailingUnits);
    if (hi.trailingUnits.length > 1 && whole !== big && whole <= hi.value && big <= hi.value) return 'ambiguous';
    if (whole <= hi.value) return whole;
  }
  return big <= hi.value ? big : lo.value;
}

function jiaoFen(jf: string): number {
  let cents = 0;
  for (const m of jf.matchAll(new RegExp(`([0-9${CN_DIGITS}])([角分])`, 'g'))) {
    const d = /\d/.test(m[1]!) ? Number(m[1]) : DIGIT_VALUE[m[1]!]!;
    cents += m[2] === '角' ? d * 10 : d;
  }
  return cents;
}

/**
 * Read one match of `figureSource`. `after` is the folded text right after the match
 * (for the 亿元以上 idiom). A query term without a currency is accepted here; the
 * search box decides whether it is money.
 */
export function interpretFigure(g: FigureGroups, after: string): FigureReading {
  const hiRaw = g.hi!.replace(/\s+/g, '');
  const hi = readQuantity(hiRaw);
  const hasJiaoFen = g.jf !== undefined;
  if (!hi)
    return /[0-9]/.test(hiRaw) || new RegExp(`[${UNIT_CHARS}${CAPITAL_CHARS}]`).test(hiRaw)
      ? { kind: 'unsure', reason: 'unreadable-numeral' }
      : { kind: 'none' };
  if (!isMoneyNumeral(hi, hiRaw, hasJiaoFen, after)) return { kind: 'none' };
  const currency = resolveCurrency(g.pc, g.cur, g.cur2);
  if (currency === 'conflict') return { kind: 'unsure', reason: 'currency-conflict' };

  let value = hi.value;
  if (hasJiaoFen) {
    if (!Number.isInteger(value) || hi.max !== null || hi.vague || g.lo !== undefined)
      return { kind: 'unsure', reason: 'unreadable-numeral' };
    const cents = jiaoFen(g.jf!);
    value = Number(`${value}.${String(cents).padStart(2, '0')}`);
  }
  const single: MoneyValue = { value, valueMax: hi.max, currency, vague: hi.vague };
  if (g.lo === undefined) return { kind: 'money', money: single, loDropped: false };

  const loRaw = g.lo.replace(/\s+/g, '');
  const lo = readQuantity(loRaw);
  // A Chinese numeral before 到/至 an Arabic figure is part of a word (统一到500元, 之一至
  // 3万元); before a dash it is a range start (两~3百日元). A start that is no numeral is none.
  const wordLike = !/\d/.test(loRaw) && /\d/.test(hiRaw) && /^[至到]$/.test(g.sep ?? '');
  if (!lo || wordLike || (lo.digitless && !lo.vague)) return { kind: 'money', money: single, loDropped: true };
  if (g.loCur !== undefined) {
    const loCurrency = resolveCurrency(g.pc, g.loCur, undefined);
    if (loCurrency !== currency) {
      if (loCurrency === 'conflict') return { kind: 'unsure', reason: 'currency-conflict' };
      return { kind: 'split', lo: { value: lo.value, valueMax: lo.max, currency: loCurrency, vague: lo.vague }, hi: single };
    }
  }
  if (lo.vague || hi.vague || lo.max !== null || hi.max !== null) return { kind: 'unsure', reason: 'range-vague' };
  const low = g.loCur !== undefined ? lo.value : rangeStart(lo, loRaw, hi);
  if (low === 'ambiguous') return { kind: 'unsure', reason: 'range-ambiguous' };
  if (low > hi.value) return { kind: 'unsure', reason: 'range-reversed' };
  return { kind: 'money', money: { value: low, valueMax: low === hi.value ? null : hi.value, currency, vague: false }, loDropped: false };
}

/** A money figure found in text; `start`/`end` index the text the figure was found in. */
export interface FoundFigure extends MoneyValue {
  start: number;
  end: number;
}

/** A passage the grammar would not read, with the reason. */
export interface UnsureFigure {
  start: number;
  end: number;
  reason: UnsureReason;
}

const FIGURE_RE = new RegExp(figureSource(false), 'gd');

/**
 * Every money figure in width-folded text, in order, and every passage that looks like
 * money but cannot be read with confidence. Two complete figures printed back to back with
 * nothing between them (每家奖励6万元5万元) are both declined: which one applies, and to
 * whom, the text no longer says.
 */
export function findFigures(folded: string): { figures: FoundFigure[]; unsure: UnsureFigure[] } {
  const figures: FoundFigure[] = [];
  const unsure: UnsureFigure[] = [];
  for (const m of folded.matchAll(FIGURE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups as FigureGroups;
    const reading = interpretFigure(g, folded.slice(end));
    const hiStart = m.indices!.groups!['hi']![0];
    switch (reading.kind) {
      case 'none':
        break;
      case 'unsure':
        unsure.push({ start, end, reason: reading.reason });
        break;
      case 'split': {
        const loEnd = m.indices!.groups!['loCur']![1];
        figures.push({ ...reading.lo, start, end: loEnd });
        figures.push({ ...reading.hi, start: hiStart, end });
        break;
      }
      case 'money':
        figures.push({ ...reading.money, start: reading.loDropped ? (g.pc !== undefined ? start : hiStart) : start, end });
        break;
    }
  }
  // Glued figures: 6万元5万元.
  const glued = new Set<number>();
  for (let i = 0; i + 1 < figures.length; i++) if (figures[i]!.end === figures[i + 1]!.start) glued.add(i).add(i + 1);
  if (glued.size === 0) return { figures, unsure };
  const kept: FoundFigure[] = [];
  figures.forEach((f, i) => {
    if (!glued.has(i)) kept.push(f);
    else if (glued.has(i - 1) && figures[i - 1]!.end === f.start) unsure.at(-1)!.end = f.end;
    else unsure.push({ start: f.start, end: f.end, reason: 'figures-adjacent' });
  });
  return { figures: kept, unsure: unsure.sort((a, b) => a.start - b.start) };
}
