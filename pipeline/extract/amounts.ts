// Money and percentage figures in a measure's text, and money terms in a search query.
//
// Government prose prints money in a handful of shapes — 1600元, 100 万元, 1.64万亿元,
// 300万美元, 千万元, 10万-50万元, 3至5万元, 150元/平方米 — surrounded by words that change
// what the figure means (最高, 每人每年, 以上, 补贴 vs 资金 vs 达到). We find the figure with
// one regular expression, then read its neighbourhood with small, separately testable
// rules. Nothing here knows about a particular document: every rule is about the shape of
// the language, so a new city's text works without code changes.
//
// Matching runs on a width-folded copy of the text (full-width digits and punctuation
// mapped one-to-one to ASCII) so that `１０００元` and `1000元` look alike, while offsets,
// `raw` and `figure` are always cut from the original text and so stay faithful to it.
import type { Amount, Percentage } from '../schema.ts';

type Qualifier = NonNullable<Amount['qualifier']>;
type Kind = Amount['kind'];
type Currency = Amount['currency'];

// ---------------------------------------------------------------------------
// Text normalisation

/**
 * Map full-width ASCII variants (U+FF01–FF5E) and the ideographic space to their ASCII
 * forms, one UTF-16 unit for one, so that every index into the folded text is also an
 * index into the original. (NFKC would also do this but can change string length.)
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

// ---------------------------------------------------------------------------
// Numbers

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral such as 一百万, 两千, 三千五百万, 一亿二千万, 千万, 十五, 一点五.
 * A unit with no digit before it counts as one of it (十五 = 15, 千万 = 10⁷), as it does
 * in speech. Returns null for anything that is not a well-formed numeral.
 */
export function parseChineseNumber(s: string): number | null {
  if (s === '') return null;
  let total = 0; // everything already multiplied by 亿
  let section = 0; // the part below the last 亿 (may already include ×万)
  let num = 0; // the digit waiting for its unit
  let fraction: string | null = null; // digits after 点
  for (const c of s) {
    const digit = CN_DIGITS[c];
    if (digit !== undefined) {
      if (fraction !== null) fraction += String(digit);
      else num = digit;
      continue;
    }
    if (c === '点') {
      if (fraction !== null) return null;
      fraction = '';
      continue;
    }
    const n = fraction !== null ? num + Number(`0.${fraction || '0'}`) : num;
    fraction = null;
    const small = CN_SMALL_UNITS[c];
    if (small !== undefined) {
      section += (n || 1) * small;
      num = 0;
    } else if (c === '万') {
      section = (section + n || 1) * 1e4;
      num = 0;
    } else if (c === '亿') {
      total = (total + (section + n || 1)) * 1e8;
      section = 0;
      num = 0;
    } else {
      return null;
    }
  }
  const tail = fraction !== null ? num + Number(`0.${fraction || '0'}`) : num;
  return total + section + tail;
}

/**
 * `digits` (ASCII, may hold thousands commas and a decimal point) times 10^exponent,
 * computed on the decimal string so that 1.64万亿 is exactly 1640000000000 and not
 * 1640000000000.0002.
 */
export function scaleDecimal(digits: string, exponent: number): number {
  const plain = digits.replace(/,/g, '');
  const [int = '0', frac = ''] = plain.split('.');
  if (exponent >= frac.length) return Number(int + frac) * 10 ** (exponent - frac.length);
  return Number((Number(plain) * 10 ** exponent).toPrecision(15));
}

/** Powers of ten for the magnitude characters that follow an Arabic number. */
function magnitudeExponent(mag: string): number {
  let exp = 0;
  for (const c of mag) exp += c === '十' ? 1 : c === '百' ? 2 : c === '千' ? 3 : c === '万' ? 4 : c === '亿' ? 8 : 0;
  return exp;
}

// Pieces of the figure grammar, shared by the text extractor and the query parser.
const AR = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// 万亿 must be tried before 万 and 亿; 千/百/十 may precede 万 or 亿 (3千万 = 3×10⁷).
const MAG = String.raw`(?:[十百千]?(?:万亿|亿|万)|[十百千])`;
const CN = String.raw`[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿点]*`;
const QUANTITY = String.raw`(?:${AR}[ \t]?${MAG}?|${CN})`;
// 元 followed by 旦/宵/素/化/器 is another word (元旦, 元宵, 元素, 一元化, 元器件).
const CURRENCY = String.raw`(?:美元|元)(?![旦宵素化器])`;
// Range separators as printed: ASCII/en/em dashes (sometimes doubled), tildes, 至, 到.
const RANGE_SEP = String.raw`(?:[-~–—]{1,2}|至|到)`;

interface Quantity {
  value: number;
  /** true when the quantity printed its own magnitude (万/亿/…) or is a Chinese numeral */
  hasMagnitude: boolean;
  /** exponent of the printed magnitude, to lend to the other end of a range */
  exponent: number;
  /** a Chinese numeral without any digit, e.g. 千万 or 亿 */
  digitless: boolean;
}

const QUANTITY_PARTS = new RegExp(String.raw`^(${AR})[ \t]?(${MAG})?$`);

/** Read one side of a figure: `1.64万亿`, `100 万`, `0.2`, `一百万`, `千万`. */
export function parseQuantity(s: string): Quantity | null {
  const m = QUANTITY_PARTS.exec(s);
  if (m) {
    const exponent = magnitudeExponent(m[2] ?? '');
    return { value: scaleDecimal(m[1]!, exponent), hasMagnitude: m[2] !== undefined, exponent, digitless: false };
  }
  const value = parseChineseNumber(s);
  if (value === null) return null;
  return {
    value,
    hasMagnitude: /[十百千万亿]/.test(s),
    // Only a closing 万/亿 is lent to a range start: 三至五万 is 三万至五万.
    exponent: magnitudeExponent(/[万亿]+$/.exec(s)?.[0] ?? ''),
    digitless: !/[零〇一二两三四五六七八九]/.test(s),
  };
}

// ---------------------------------------------------------------------------
// Finding figures

// A money figure: optional range start, then quantity and currency. The look-behind keeps
// us from starting inside a longer number, a model number (G20), or a per-base such as
// 每万元 / 数十万元 (which state a unit or a vague size, not an amount).
const FIGURE_RE = new RegExp(
  String.raw`(?<![\d.A-Za-z零〇一二两三四五六七八九十百千万亿每数几多])` +
    String.raw`(?:(${QUANTITY})[ \t]?(${CURRENCY})?[ \t]*${RANGE_SEP}[ \t]*)?(${QUANTITY})[ \t]?(${CURRENCY})`,
  'gd',
);

interface RawFigure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  currency: Currency;
}

/**
 * Join the two ends of a range. A start without its own magnitude borrows the end's
 * (3至5万元 is 3万–5万), unless that would make it larger than the end (5000-1万元).
 */
function rangeValues(lo: Quantity, hi: Quantity): [number, number] {
  let low = lo.value;
  if (!lo.hasMagnitude && hi.exponent > 0) {
    const borrowed = lo.value * 10 ** hi.exponent;
    if (borrowed <= hi.value) low = borrowed;
  }
  return low <= hi.value ? [low, hi.value] : [hi.value, low];
}

/**
 * A Chinese numeral needs a unit character to be money: 二元/一元 are words (二元结构),
 * not sums. A numeral made only of 万/亿 (万元, 亿元) is a unit name — 万元GDP能耗,
 * “万元”补贴 — except in the threshold idiom 亿元以上项目, where it means one of it.
 */
function acceptQuantity(q: Quantity, raw: string, after: string): boolean {
  if (!q.digitless) {
    return /^\d/.test(raw) || /[十百千万亿]/.test(raw);
  }
  if (/^[十百千]/.test(raw)) return true;
  return /^[ \t]*(?:以上|以下|级)/.test(after);
}

/**
 * The start of a range may omit its magnitude (5000—10000元, 3至5万元). A Chinese numeral
 * may too, but only facing another Chinese numeral (三至五万元): a lone 一 before 到 is
 * far more often part of a word (统一到) than a sum.
 */
function acceptRangeStart(lo: Quantity, loRaw: string, hiRaw: string): boolean {
  if (/^\d/.test(loRaw)) return true;
  if (lo.digitless) return false;
  return lo.hasMagnitude || !/^\d/.test(hiRaw);
}

/** Every money figure in folded text, before any context is read. */
export function findFigures(folded: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of folded.matchAll(FIGURE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, loRaw, loCur, hiRaw, hiCur] = m;
    const hi = parseQuantity(hiRaw!);
    if (!hi || !acceptQuantity(hi, hiRaw!, folded.slice(end))) continue;
    const currency: Currency = hiCur === '美元' ? 'USD' : 'CNY';
    const lo = loRaw === undefined ? null : parseQuantity(loRaw);
    const loOk = lo !== null && acceptRangeStart(lo, loRaw!, hiRaw!);
    if (lo && loOk && (loCur === undefined || loCur === hiCur)) {
      const [value, valueMax] = rangeValues(lo, hi);
      out.push({ start, end, value, valueMax, currency });
      continue;
    }
    // Not one range (the ends differ in currency, or the start is not money): keep each
    // end that stands as a figure of its own.
    const hiStart = m.indices![3]![0];
    if (lo && loOk && loCur !== undefined) {
      const loEnd = m.indices![2]![1];
      out.push({ start, end: loEnd, value: lo.value, valueMax: null, currency: loCur === '美元' ? 'USD' : 'CNY' });
    }
    out.push({ start: hiStart, end, value: hi.value, valueMax: null, currency });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Context: qualifiers, per-units, verbs

// Units that follow 每 or a slash. Multi-character units first, so 人次 is not read as 人.
const PER_UNITS = [
  '平方米',
  '立方米',
  '季度',
  '小时',
  '公里',
  '人次',
  '千瓦',
  '人',
  '户',
  '家',
  '单',
  '年',
  '月',
  '日',
  '天',
  '次',
  '件',
  '个',
  '亩',
  '吨',
  '台',
  '辆',
  '间',
  '套',
  '项',
  '批',
  '期',
  '场',
  '张',
  '座',
  '所',
  '株',
  '头',
];
const PER_UNIT = `(?:${PER_UNITS.join('|')})`;

interface ContextToken {
  re: RegExp; // anchored at the end of the text before the figure
  qualifier?: Qualifier;
  per?: (m: RegExpExecArray) => string;
}

/** Qualifier words that may stand right before a figure, with the characters that, when
 *  they come first, make the word part of another word (签约 is not 约, 通过 is not 过). */
const PREFIX_QUALIFIERS: ReadonlyArray<[string, Qualifier, string]> = [
  ['最多不超过', '不超过', ''],
  ['不超过', '不超过', ''],
  ['不高于', '不超过', ''],
  ['不大于', '不超过', ''],
  ['最高', '最高', ''],
  ['最多', '最高', ''],
  ['上限为', '最高', ''],
  ['上限', '最高', ''],
  ['不低于', '不低于', ''],
  ['不少于', '不低于', ''],
  ['至少', '不低于', ''],
  ['最低', '不低于', ''],
  ['超过', '超过', ''],
  ['高于', '超过', ''],
  ['逾', '超过', ''],
  ['超', '超过', ''],
  ['达到', '达到', ''],
  ['达', '达到', '下到送传表通发抵转直高'],
  ['过', '过', '通经超不难度越错路'],
  ['大约', '约', ''],
  ['约', '约', '签节制预合条契违履公邀特大'],
  ['近', '约', '最附靠临'],
];

// Verbs and neutral words that belong to the figure's phrase when adjacent to it
// (最高可达300万元, 每单补贴0.2元, 完成投资390亿元, 不超过等值500万美元).
const PREFIX_WORDS = [
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
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CONTEXT_TOKENS: ContextToken[] = [
  ...PREFIX_QUALIFIERS.map(([word, qualifier, notAfter]): ContextToken => ({
    re: new RegExp((notAfter ? `(?<![${notAfter}])` : '') + escapeRe(word) + '$'),
    qualifier,
  })),
  // 每名参保职工 / 每位: 名 and 位 are classifiers for people, so the unit is a person.
  { re: /每[名位](?:参保)?(?:职工|员工|人员|学生|毕业生)?$/, per: () => '人' },
  { re: new RegExp(`每(${PER_UNIT})$`), per: (m) => m[1]! },
  ...PREFIX_WORDS.map((word): ContextToken => ({ re: new RegExp(escapeRe(word) + '$') })),
];

interface Prefix {
  start: number;
  qualifiers: Qualifier[]; // nearest first
  per: string[]; // in reading order
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
    p -= best.len;
  }
  return { start: p, qualifiers, per };
}

const SUFFIX_QUALIFIER_RE = /^(?:[ \t]*)(及以上|以上|以下|以内|左右)(?:\((?:含|不含)\))?/;
const SUFFIX_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  及以上: '以上',
  以上: '以上',
  以下: '以下',
  以内: '不超过',
  左右: '左右',
};
const SLASH_PER_RE = new RegExp(`^(?:[/·](${PER_UNIT}|[\\u4e00-\\u9fff]))+`);

interface Suffix {
  end: number;
  per: string[];
  qualifier: Qualifier | null;
}

/** Per-units printed after the figure (150元/平方米, 200元/月/间) and a trailing 以上/左右. */
export function readSuffix(folded: string, figureEnd: number): Suffix {
  let p = figureEnd;
  const per: string[] = [];
  const slash = SLASH_PER_RE.exec(folded.slice(p));
  if (slash) {
    for (const m of slash[0].matchAll(new RegExp(`[/·](${PER_UNIT}|[\\u4e00-\\u9fff])`, 'g'))) per.push(m[1]!);
    p += slash[0].length;
  }
  const q = SUFFIX_QUALIFIER_RE.exec(folded.slice(p));
  const qualifier = q ? SUFFIX_QUALIFIER[q[1]!]! : null;
  if (q) p += q[0].length;
  return { end: p, per, qualifier };
}

// What the money is, by the words used for it.
const KIND_CUES: ReadonlyArray<[string, Kind]> = [
  ['补贴', 'subsidy'],
  ['补助', 'subsidy'],
  ['奖励', 'subsidy'],
  ['奖补', 'subsidy'],
  ['资助', 'subsidy'],
  ['贴息', 'subsidy'],
  ['减免', 'subsidy'],
  ['给予', 'subsidy'],
  ['补偿', 'subsidy'],
  ['救助', 'subsidy'],
  ['返还', 'subsidy'],
  ['资金', 'budget'],
  ['预算', 'budget'],
  ['专项债券', 'budget'],
  ['专项债', 'budget'],
  ['债券', 'budget'],
  ['再贷款', 'budget'],
  ['贷款', 'budget'],
  ['额度', 'budget'],
  ['投资', 'budget'],
  ['基金', 'budget'],
  ['资本金', 'budget'],
  ['注册资本', 'budget'],
  ['信贷', 'budget'],
  ['再贴现', 'budget'],
  ['授信', 'budget'],
  ['安排', 'budget'],
  ['风险补偿金', 'budget'],
  ['达到', 'target'],
  ['增长', 'target'],
  ['力争', 'target'],
  ['突破', 'target'],
  ['新增', 'target'],
  ['销售收入', 'target'],
  ['销售额', 'target'],
  ['营业收入', 'target'],
  ['产值', 'target'],
  ['出口额', 'target'],
  ['进出口额', 'target'],
  ['成交额', 'target'],
  ['交易额', 'target'],
  ['税收', 'target'],
  ['余额', 'target'],
  ['规模', 'target'],
  ['总额', 'target'],
  ['增加值', 'target'],
];
const KIND_OF_CUE = new Map(KIND_CUES);
const CUE_RE = new RegExp([...KIND_OF_CUE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

// A noun right after the figure that names the money: 5000元的一次性创业补贴,
// 2亿元的产业发展专项资金, 100亿元农资补贴. Greedy, so a compound takes its head noun:
// 1547亿元救助补助资金 is 资金 (a budget), not 补助. The words in between may not contain a verb
// of giving or a standard (500元/人的标准给予推荐者补贴 names the rate, not the money).
const KIND_NOUNS = [
  '补贴',
  '奖励',
  '补助',
  '资助',
  '奖补',
  '风险补偿金',
  '资金',
  '专项债券',
  '债券',
  '再贷款',
  '贷款',
  '额度',
  '基金',
  '预算',
];
const NOUN_AFTER_RE = new RegExp(`^的?([^\\s\\d,;:。、()“”"'《》]{0,8})(${KIND_NOUNS.join('|')})`);
const NOT_IN_NOUN_PHRASE = /给予|用于|支持|标准|按|对|和|及/;

interface NounAfter {
  end: number;
  kind: Kind;
}

export function readNounAfter(folded: string, from: number): NounAfter | null {
  const m = NOUN_AFTER_RE.exec(folded.slice(from));
  if (!m || NOT_IN_NOUN_PHRASE.test(m[1]!)) return null;
  return { end: from + m[0].length, kind: KIND_OF_CUE.get(m[2]!)! };
}

/** Size thresholds of projects and firms (亿元以上项目, 税收过千万元企业, 10亿元项目) are targets/statistics.
 *  (Not 工程: 400万元以上的工程采购项目 is a procurement rule, not a target.) */
const THRESHOLD_AFTER_RE = /^的?(?:项目|企业|大项目)(?!资金|补贴|奖励|补助|经费)/;

const SENTENCE_END = /[。;!?\n]/;
const CLAUSE_END = /[。;!?\n,:]/;

/** Start of the sentence / clause containing `pos`. */
function segmentStart(folded: string, pos: number, boundary: RegExp): number {
  for (let i = pos - 1; i >= 0; i--) if (boundary.test(folded[i]!)) return i + 1;
  return 0;
}
function segmentEnd(folded: string, pos: number, boundary: RegExp): number {
  for (let i = pos; i < folded.length; i++) if (boundary.test(folded[i]!)) return i;
  return folded.length;
}

/** The cue word closest to the end of `text`, or to its start when `fromStart`. */
function nearestCue(text: string, fromStart: boolean): Kind | null {
  const cues = [...text.matchAll(CUE_RE)];
  const cue = fromStart ? cues[0] : cues.at(-1);
  return cue ? KIND_OF_CUE.get(cue[0])! : null;
}

interface KindInput {
  folded: string;
  figureStart: number;
  contextEnd: number; // after suffix qualifier and per-units
  noun: NounAfter | null;
  qualifiers: Qualifier[];
}

/**
 * What the money is. In order: a size threshold of a project or company is a target; a
 * noun right after the figure names it; 给予 earlier in the clause means it is handed to
 * a recipient; otherwise the nearest cue word before it in the sentence, then after it in
 * the clause (or a paying word in the next clause), decides; 'other' if nothing speaks.
 */
export function classifyKind({ folded, figureStart, contextEnd, noun, qualifiers }: KindInput): Kind {
  if (THRESHOLD_AFTER_RE.test(folded.slice(contextEnd))) return 'target';
  if (noun) return noun.kind;
  const clauseStart = segmentStart(folded, figureStart, CLAUSE_END);
  if (folded.slice(clauseStart, figureStart).includes('给予')) return 'subsidy';
  // 达/过 right before the figure (年销售额达2000万元) read as a target even when short.
  if (qualifiers[0] === '达到' || qualifiers[0] === '过') return 'target';
  const sentenceStart = segmentStart(folded, figureStart, SENTENCE_END);
  const before = nearestCue(folded.slice(sentenceStart, figureStart), false);
  if (before) return before;
  const clauseEnd = segmentEnd(folded, contextEnd, CLAUSE_END);
  const after = nearestCue(folded.slice(contextEnd, clauseEnd), true);
  if (after) return after;
  // A rate stated in one clause is often paid out in the next (可按每人1000元的标准，发放
  // 一次性扩岗补助). Only a word of paying counts there: any other cue in the next clause
  // (预留预算总额的40%) is about something else.
  if (folded[clauseEnd] === ',') {
    const next = folded.slice(clauseEnd + 1, segmentEnd(folded, clauseEnd + 1, CLAUSE_END));
    if (nearestCue(next, true) === 'subsidy') return 'subsidy';
  }
  return 'other';
}

const BOUND_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['最高', '不超过', '不低于', '超过', '以上', '以下']);

/**
 * One qualifier for the figure. A bound (最高, 以上 …) says more than an approximation
 * (约, 左右, 达到, 过); among equals the suffix wins, then the prefix nearest the figure.
 */
export function pickQualifier(prefix: Qualifier[], suffix: Qualifier | null): Qualifier | null {
  const candidates = [...(suffix ? [suffix] : []), ...prefix];
  return candidates.find((q) => BOUND_QUALIFIERS.has(q)) ?? candidates[0] ?? null;
}

// 每培训结业1人给予…1000元: "for each one person trained" — a per-unit stated with a count.
const PER_WITH_COUNT_RE = new RegExp(`每[^\\d每,;:。]{1,6}?1(${PER_UNIT})`, 'g');
const PER_PLAIN_RE = new RegExp(`每(?:([名位])|(${PER_UNIT}))`, 'g');

/**
 * Per-units stated earlier in the clause but not adjacent to the figure
 * (每培训结业1人给予培训机构1000元补贴, 每年由市财政预算500万元). Only the stretch since the
 * previous figure counts, so one figure's 每家 is not lent to the next.
 */
export function perInClause(folded: string, from: number, to: number): string[] {
  const text = folded.slice(from, to);
  const found: Array<[number, string]> = [];
  const covered: Array<[number, number]> = [];
  for (const m of text.matchAll(PER_WITH_COUNT_RE)) {
    found.push([m.index, m[1]!]);
    covered.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PER_PLAIN_RE)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    found.push([m.index, m[1] ? '人' : m[2]!]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, unit]) => unit);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Every money figure in a measure's text, in order of appearance. `offset` is the index
 * of `figure` in `text`; `raw` adds the adjacent words that change its meaning.
 */
export function extractAmounts(text: string): Amount[] {
  const folded = foldWidth(text);
  const figures = findFigures(folded);
  const amounts: Amount[] = [];
  let previousEnd = 0;
  for (const f of figures) {
    const prefix = readPrefix(folded, f.start);
    const suffix = readSuffix(folded, f.end);
    const noun = readNounAfter(folded, suffix.end);
    const clauseStart = Math.max(segmentStart(folded, f.start, CLAUSE_END), previousEnd);
    const per = unique([...(prefix.per.length > 0 ? prefix.per : perInClause(folded, clauseStart, prefix.start)), ...suffix.per]);
    const qualifier = pickQualifier(prefix.qualifiers, suffix.qualifier);
    const kind = classifyKind({ folded, figureStart: f.start, contextEnd: suffix.end, noun, qualifiers: prefix.qualifiers });
    const rawEnd = noun ? noun.end : suffix.end;
    amounts.push({
      raw: text.slice(prefix.start, rawEnd).trim(),
      figure: text.slice(f.start, f.end),
      value: f.value,
      valueMax: f.valueMax,
      yuan: f.currency === 'CNY' ? f.value : null,
      currency: f.currency,
      qualifier,
      per,
      kind,
      offset: f.start,
    });
    previousEnd = suffix.end;
  }
  return amounts;
}

// ---------------------------------------------------------------------------
// Percentages

const PCT = String.raw`(${AR})[ \t]?%`;
const PERCENT_RE = new RegExp(
  String.raw`(?<![\d.])(?:(${AR})[ \t]?(%)?[ \t]*${RANGE_SEP}[ \t]*)?${PCT}|百分之([零〇一二两三四五六七八九十百点]+)`,
  'g',
);
const PCT_PREFIX_RE = /(?:约|不低于|不少于|不超过|不高于|超过|达到|最高|最低)$/;
const PCT_SUFFIX_RE = /^(?:以上|以下|左右|以内)/;

/**
 * Percentages, kept apart from money: 10%-20% and 6%—10% are one range each, 7.5%左右
 * keeps its 左右 in `raw`, 百分之五 is 5. `offset` is the index of the first number.
 */
export function extractPercentages(text: string): Percentage[] {
  const folded = foldWidth(text);
  const out: Percentage[] = [];
  for (const m of folded.matchAll(PERCENT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    let value: number;
    let valueMax: number | null = null;
    if (m[4] !== undefined) {
      const v = parseChineseNumber(m[4]);
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

// ---------------------------------------------------------------------------
// Search queries

export interface AmountQuery {
  /** smallest matching value, in units of `currency` */
  min: number;
  /** largest matching value; null when open-ended (100万元以上) */
  max: number | null;
  currency: Currency;
  /** the term as the user typed it */
  raw: string;
}

// Bounds read from query words. Open bounds are treated as inclusive: someone searching
// 超过100万元 is better served by also seeing 100万元 than by missing it.
const QUERY_LOWER = ['不低于', '不少于', '至少', '超过', '高于', '大于', '>=', '≥', '>'];
const QUERY_UPPER = ['不超过', '不高于', '最高', '最多', '至多', '低于', '小于', '<=', '≤', '<'];
const QUERY_PREFIX = [...QUERY_LOWER, ...QUERY_UPPER, '约', '大约'].sort((a, b) => b.length - a.length);
const QUERY_RE = new RegExp(
  String.raw`(?<![\d.A-Za-z零〇一二两三四五六七八九十百千万亿])` +
    `(${QUERY_PREFIX.map(escapeRe).join('|')})?[ \\t]*` +
    String.raw`(?:(${QUANTITY})[ \t]?(${CURRENCY})?[ \t]*${RANGE_SEP}[ \t]*)?(${QUANTITY})[ \t]?(${CURRENCY})?` +
    String.raw`((?:[/·](?:${PER_UNIT}))*)` +
    String.raw`[ \t]*(及以上|以上|及以下|以下|以内|左右)?`,
  'g',
);
// A bare 万 followed by a counting word is a count, not money: 5万人, 10万亩.
const COUNT_AFTER_RE = new RegExp(`^(?:${PER_UNITS.join('|')}|名|位|只|份|条|所)`);

function termIsMoney(hiRaw: string, currency: string | undefined, rest: string): boolean {
  if (currency !== undefined) return true;
  // Without 元 only a closing 万/亿 makes it money (50万, 1.5亿, 十万); a bare 500 could
  // be anything, and 十大 or 万一 are words.
  if (!/[万亿]$/.test(hiRaw.trim())) return false;
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
    const [whole, prefix, loRaw, loCur, hiRaw, hiCur, , suffix] = m;
    const end = m.index + whole.length;
    if (!termIsMoney(hiRaw!, hiCur ?? loCur, folded.slice(end))) continue;
    const hi = parseQuantity(hiRaw!.trim());
    if (!hi || (hi.digitless && !/^[十百千]/.test(hiRaw!))) continue;
    const lo = loRaw === undefined ? null : parseQuantity(loRaw.trim());
    if (loRaw !== undefined && !lo) continue;
    const currency: Currency = (hiCur ?? loCur) === '美元' ? 'USD' : 'CNY';
    let min: number;
    let max: number | null;
    if (lo) {
      [min, max] = rangeValues(lo, hi);
    } else if ((prefix && QUERY_LOWER.includes(prefix)) || suffix === '以上' || suffix === '及以上') {
      [min, max] = [hi.value, null];
    } else if ((prefix && QUERY_UPPER.includes(prefix)) || suffix === '以下' || suffix === '及以下' || suffix === '以内') {
      [min, max] = [0, hi.value];
    } else {
      [min, max] = [hi.value, hi.value];
    }
    const start = m.index + (whole.length - whole.trimStart().length);
    out.push({ term: { min, max, currency, raw: query.slice(start, end).trim() }, start, end });
  }
  return out;
}

/**
 * Every money term in a search query (500元, 5万元, 50万, 1.5亿元, 10万-50万, 100万元以上,
 * 不超过5000元 …) plus the text left when they are taken out, for the full-text part of
 * the search. Bare 万/亿 count as yuan. Per-units typed after a term (1000元/人) stay in
 * its `raw` but do not narrow it.
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
