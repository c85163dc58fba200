// Numbers as Chinese documents print them — the one numeral grammar of the project.
//
// A figure in a government text may be Arabic (`82,225.00`, `１０００` once width-folded),
// Chinese (`一百二十`, `两千六`), financial capitals (大写, `叁佰肆拾伍万陆仟柒佰捌拾玖`),
// traditional (`兩百四十五`, `萬`, `億`), mixed (`3万4000`, `25万6千`, `1.64万亿`), digit by
// digit (`二〇二三`), approximate (`八九千`) or vague (`十余万`, `数十亿`). Each shape has one
// small pure function here; the money, date and numbering grammars build on them.
//
// Values are computed on exact decimals (BigInt mantissa and a power-of-ten scale), never
// by multiplying floats: 1.64万亿 must be exactly 1640000000000, not 1640000000000.0002.
//
// Where a form is ambiguous the function returns null rather than a guess: `3万4` is 34000
// in speech but 30004 read literally, so it is refused (the caller reports the passage).

// ---------------------------------------------------------------------------
// Exact decimals

/** value = n / 10^scale */
interface Decimal {
  n: bigint;
  scale: number;
}

const ZERO: Decimal = { n: 0n, scale: 0 };

function decimal(digits: string): Decimal {
  const [int = '0', frac = ''] = digits.split('.');
  return { n: BigInt((int || '0') + frac), scale: frac.length };
}

function times10(d: Decimal, exponent: number): Decimal {
  if (exponent >= 0) return { n: d.n * 10n ** BigInt(exponent), scale: d.scale };
  return { n: d.n, scale: d.scale - exponent };
}

function plus(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { n: a.n * 10n ** BigInt(scale - a.scale) + b.n * 10n ** BigInt(scale - b.scale), scale };
}

function isZero(d: Decimal): boolean {
  return d.n === 0n;
}

function isInteger(d: Decimal): boolean {
  return d.scale === 0 || d.n % 10n ** BigInt(d.scale) === 0n;
}

function toNumber(d: Decimal): number {
  let { n, scale } = d;
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  if (scale === 0) return Number(n);
  const s = n.toString().padStart(scale + 1, '0');
  return Number(`${s.slice(0, -scale)}.${s.slice(-scale)}`);
}

/** `digits` × 10^exponent, exactly: scaleDecimal('1.64', 12) = 1640000000000. */
export function scaleDecimal(digits: string, exponent: number): number {
  return toNumber(times10(decimal(digits.replace(/,/g, '')), exponent));
}

// ---------------------------------------------------------------------------
// Characters

/** Chinese digits, lower case, financial capitals (大写) and traditional forms. */
export const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  参: 3, // 參 once folded to simplified (pipeline/text/fold.ts)
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units below 万, with their financial capitals. */
export const SMALL_UNIT_EXPONENT: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** 万 and 亿 in both scripts: they close a four-digit group. */
export const BIG_UNIT_EXPONENT: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Every character that can stand in a numeral, for building patterns. */
export const NUMERAL_CHARS = '零〇一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿';
/** The unit characters only. */
export const UNIT_CHARS = '十拾百佰千仟万萬亿億';
/** 大写 digits and units: a figure written in them is a sum of money even without 万/亿. */
export const CAPITAL_CHARS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';

const UNIT_RE = new RegExp(`^[${UNIT_CHARS}]+$`);

// ---------------------------------------------------------------------------
// Arabic numbers

const ARABIC_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * An Arabic number as printed, after width folding: `82,225.00`, `1,500`, `0.2`, `1000`.
 * Thousands separators must group by three (`1,5000` is refused: a list, not a number).
 */
export function parseArabic(s: string): number | null {
  return ARABIC_RE.test(s) ? toNumber(decimal(s.replace(/,/g, ''))) : null;
}

// ---------------------------------------------------------------------------
// Chinese and mixed numerals

type Token =
  | { t: 'num'; v: Decimal; arabic: string | null } // a digit, or an Arabic number as printed
  | { t: 'zero' } // 零/〇 between units: 一万零五
  | { t: 'small'; e: number } // 十百千
  | { t: 'big'; e: number } // 万亿
  | { t: 'fraction'; v: Decimal }; // 点 and the digits after it

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const arabic = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      const text = arabic[0];
      out.push({ t: 'num', v: decimal(text.replace(/,/g, '')), arabic: text });
      i += text.length;
      continue;
    }
    if (c === '点') {
      let j = i + 1;
      let frac = '';
      // 一点五 and 一百点123 (cn2an's mixed form): Chinese or Arabic digits after 点.
      while (j < s.length && (DIGIT_VALUE[s[j]!] !== undefined || /\d/.test(s[j]!))) {
        const c2 = s[j++]!;
        frac += /\d/.test(c2) ? c2 : String(DIGIT_VALUE[c2]);
      }
      if (frac === '') return null;
      out.push({ t: 'fraction', v: decimal(`0.${frac}`) });
      i = j;
      continue;
    }
    if (c === '廿') {
      // 廿 is 二十 (廿二日): kept for dates and old-style numbering.
      out.push({ t: 'num', v: decimal('2'), arabic: null }, { t: 'small', e: 1 });
      i++;
      continue;
    }
    const digit = DIGIT_VALUE[c];
    if (digit === 0) out.push({ t: 'zero' });
    else if (digit !== undefined) out.push({ t: 'num', v: decimal(String(digit)), arabic: null });
    else if (SMALL_UNIT_EXPONENT[c] !== undefined) out.push({ t: 'small', e: SMALL_UNIT_EXPONENT[c]! });
    else if (BIG_UNIT_EXPONENT[c] !== undefined) out.push({ t: 'big', e: BIG_UNIT_EXPONENT[c]! });
    else return null;
    i++;
  }
  return out;
}

function evaluate(tokens: Token[]): Decimal | null {
  if (tokens.length === 0) return null;
  let total = ZERO; // the part closed by 亿
  let wan = ZERO; // the part closed by 万 within the current 亿 group
  let hasWan = false;
  let small = ZERO; // below 万
  let hasSmall = false;
  let pending: Decimal | null = null; // a number waiting for its unit
  let pendingElision = 0; // exponent a lone trailing digit takes: 三万五 → 5 × 10³
  let lastSmall = Infinity; // small units must fall: 一千一百, never 一百一千
  let previous: Token | null = null;
  let closed = false; // a decimal took its unit (10.1万): nothing may follow but bigger units
  let fractionSeen = false;

  // An Arabic number after a unit that no unit follows (the 4000 of 3万4000), to check at the end.
  let trailingArabic: { text: string; unit: number } | null = null;
  const pendingValue = () => (pending ? times10(pending, pendingElision) : ZERO);

  for (const tok of tokens) {
    switch (tok.t) {
      case 'num': {
        if (pending !== null || closed || fractionSeen) return null;
        // An Arabic number after a unit is read as printed (3万4000, 1百01, 1万600) when
        // that is unambiguous: a single digit there (3万4) may mean 34000 or 30004.
        const unit = previous && (previous.t === 'small' || previous.t === 'big') ? previous.e : null;
        if (tok.arabic !== null && unit !== null && !isInteger(tok.v)) return null;
        pending = tok.v;
        trailingArabic = tok.arabic !== null && unit !== null ? { text: tok.arabic, unit } : null;
        // A lone Chinese digit right after a unit, with no 零 between, is that unit's
        // next place: 两千六 = 2600, 一万三 = 13000, 十五 = 15.
        pendingElision = tok.arabic === null && unit !== null ? unit - 1 : 0;
        break;
      }
      case 'zero': {
        // 零 holds an empty place (一万零五); after a digit it would be a digit sequence (一零).
        if (pending !== null || fractionSeen || closed) return null;
        break;
      }
      case 'fraction': {
        if (fractionSeen || closed) return null;
        if (previous === null && pending === null) return null; // 点五
        if (previous && previous.t !== 'num' && previous.t !== 'zero' && previous.t !== 'small' && previous.t !== 'big') return null;
        // 一点五亿: the fraction joins the pending digit; 一百点123: it joins the whole.
        pending = plus(pendingValue(), tok.v);
        pendingElision = 0;
        fractionSeen = true;
        break;
      }
      case 'small': {
        if (tok.e >= lastSmall || closed) return null;
        if (fractionSeen && hasSmall) return null; // 一百点五十
        if (pending && !isInteger(pending)) closed = true; // 1.5千
        trailingArabic = null;
        small = plus(small, times10(pending ?? decimal('1'), tok.e));
        hasSmall = true;
        lastSmall = tok.e;
        pending = null;
        fractionSeen = false;
        break;
      }
      case 'big': {
        trailingArabic = null;
        const groupEmpty = !hasSmall && pending === null;
        const group = plus(small, pendingValue());
        if (pending && !isInteger(pending)) closed = true; // 1.64万亿, 10.1万
        const first = previous === null;
        if (tok.e === 4) {
          if (hasWan) return null; // 一万二万
          if (groupEmpty && !first) return null; // 亿万, 零万
          wan = groupEmpty ? decimal('10000') : times10(group, 4);
          hasWan = true;
        } else {
          if (!isZero(total)) return null; // 亿 twice
          if (groupEmpty && !hasWan && !first) return null;
          total = times10(groupEmpty && !hasWan ? decimal('1') : plus(wan, group), 8);
          wan = ZERO;
          hasWan = false;
        }
        small = ZERO;
        hasSmall = false;
        pending = null;
        lastSmall = Infinity;
        fractionSeen = false;
        break;
      }
    }
    previous = tok;
  }
  if (trailingArabic) {
    const { text, unit } = trailingArabic;
    if (unit >= 2 && /^[1-9]$/.test(text)) return null;
    if (Number(text.replace(/,/g, '')) >= 10 ** unit) return null; // 1万12000
  }
  return plus(plus(total, wan), plus(small, pendingValue()));
}

/**
 * The value of a Chinese or mixed numeral: 十七, 一百二十, 两千六 (2600), 三万五 (35000),
 * 一万三 (13000), 兩百四十五, 叁佰肆拾伍万陆仟柒佰捌拾玖, 一亿五千万零六千三百五十五,
 * 3万4000, 25万6千, 1.64万亿, 一点五, 廿二, 万 (10000, as in 万元以上). Null when the
 * text is not one well-formed numeral: digit sequences (一二三, see `digitSequence`),
 * disordered units (十一十二), a decimal followed by more digits (10.1万零100), or an
 * ambiguous single Arabic digit after a unit (3万4).
 */
export function parseNumeral(s: string): number | null {
  const tokens = tokenize(s);
  if (!tokens) return null;
  // Digits without any unit are a digit sequence (一二三), or a plain number (1000, 五).
  const nums = tokens.filter((t) => t.t === 'num' || t.t === 'zero').length;
  const units = tokens.some((t) => t.t === 'small' || t.t === 'big');
  if (!units && nums > 1) return null;
  const d = evaluate(tokens);
  return d === null ? null : toNumber(d);
}

/** Exact decimal form of `parseNumeral`, for callers that keep scaling (ranges, 角/分). */
export function numeralDigits(s: string): string | null {
  const tokens = tokenize(s);
  if (!tokens) return null;
  const d = evaluate(tokens);
  if (d === null) return null;
  const v = toNumber(d);
  return Number.isFinite(v) ? String(v) : null;
}

// ---------------------------------------------------------------------------
// Digit by digit

const SEQUENCE_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  幺: '1', // 1 read aloud in numbers: 幺八九
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * A number written digit by digit, as in years and codes: 二〇二三 → '2023', 零零三 →
 * '003', 一二点三零 → '12.30'. A string, because leading and trailing zeros matter in
 * codes; `Number()` of it is the value. Null for anything else (two digits at least).
 */
export function digitSequence(s: string): string | null {
  const m = /^([^点]+)(?:点([^点]+))?$/.exec(s);
  if (!m) return null;
  const read = (part: string) => {
    let out = '';
    for (const c of part) {
      const d = SEQUENCE_DIGIT[c];
      if (d === undefined) return null;
      out += d;
    }
    return out;
  };
  const int = read(m[1]!);
  const frac = m[2] === undefined ? '' : read(m[2]);
  if (int === null || frac === null) return null;
  if (int.length < 2 && m[2] === undefined) return null;
  return frac ? `${int}.${frac}` : int;
}

// ---------------------------------------------------------------------------
// Approximate and vague numerals

// Two neighbouring digits before a unit give a span: 八九千 is 8000 to 9000, 三四十 is 30
// to 40, 三五百 300 to 500 (三五 is the idiom for "a few").
const PAIR_RE = new RegExp(`^([一二两三四五六七八九])([二三四五六七八九])([${UNIT_CHARS}]+)$`);

/** 八九千 → [8000, 9000], 三四十 → [30, 40], 三五百 → [300, 500]; null otherwise. */
export function approximatePair(s: string): [number, number] | null {
  const m = PAIR_RE.exec(s);
  if (!m) return null;
  const a = DIGIT_VALUE[m[1]!]!;
  const b = DIGIT_VALUE[m[2]!]!;
  if (!(b === a + 1 || (a === 3 && b === 5) || (a === 2 && b === 3))) return null;
  const unit = parseNumeral(`一${m[3]}`);
  if (unit === null) return null;
  return [scaleDecimal(String(a), 0) * unit, b * unit];
}

// 十余万 / 2000余 / 3000多 / 十几 — a number and then 余/多/几, optionally a unit after it.
const MORE_THAN_RE = new RegExp(`^(.+?)[余多几]([${UNIT_CHARS}]*)$`);
// 数十亿 / 几十万 / 上百万 — "several" before a unit.
const SEVERAL_RE = new RegExp(`^[数几上]([${UNIT_CHARS}]+)$`);

/**
 * The lower bound of a vague numeral: 十余万 → 100000, 2000余 → 2000, 3000多 → 3000,
 * 数十亿 → 1000000000, 几十万 → 100000, 上百万 → 1000000. Only a lower bound is stated by
 * such words; how far above it the true figure lies, the text does not say.
 */
export function vagueLowerBound(s: string): number | null {
  const several = SEVERAL_RE.exec(s);
  if (several) return parseNumeral(`一${several[1]}`);
  const more = MORE_THAN_RE.exec(s);
  if (!more) return null;
  const base = more[1]!;
  // The number before 余 must end in a unit or a zero (十余, 2000余, 1万余), not 2余.
  if (!/[十拾百佰千仟万萬亿億]$|0$/.test(base)) return null;
  const value = parseNumeral(base);
  if (value === null) return null;
  if (more[2] === '') return value;
  const unit = parseNumeral(`一${more[2]}`);
  return unit === null ? null : scaleDecimal(String(value), 0) * unit;
}

// ---------------------------------------------------------------------------
// Quantities: one numeral in any of the shapes above

export interface Quantity {
  /** the value, or the low end of an approximate pair, or the lower bound of a vague numeral */
  value: number;
  /** the high end of an approximate pair (八九千), else null */
  max: number | null;
  /** a vague numeral (十余万, 数十亿): `value` is only a lower bound */
  vague: boolean;
  /** the unit characters the numeral ends with (万 in 3万, 百亿 in 九百亿), for ranges that share them */
  trailingUnits: string;
  /** no unit character at all (3, 五, 1,500.00) */
  bare: boolean;
  /** no digit at all (万, 亿, 千万) */
  digitless: boolean;
}

const CLOSING_UNITS_RE = new RegExp(`[${UNIT_CHARS}]+$`);

/** One numeral in any shape this module reads, with what a range or a money figure needs to know of it. */
export function readQuantity(raw: string): Quantity | null {
  const s = raw.replace(/\s+/g, '');
  if (s === '') return null;
  const trailingUnits = CLOSING_UNITS_RE.exec(s)?.[0] ?? '';
  const bare = !new RegExp(`[${UNIT_CHARS}廿]`).test(s);
  const digitless = !/[0-9零〇一壹二两兩贰貳三叁參参四肆五伍六陆陸七柒八捌九玖廿]/.test(s) && !/^[数几上]/.test(s);
  const value = parseNumeral(s);
  if (value !== null) return { value, max: null, vague: false, trailingUnits, bare, digitless };
  const pair = approximatePair(s);
  if (pair) return { value: pair[0], max: pair[1], vague: false, trailingUnits, bare, digitless: false };
  const lower = vagueLowerBound(s);
  if (lower !== null) return { value: lower, max: null, vague: true, trailingUnits, bare, digitless: false };
  return null;
}

/** Powers of ten written by a chain of unit characters: 万 → 4, 百亿 → 10, 千万 → 7. */
export function unitExponent(units: string): number {
  if (units === '' || !UNIT_RE.test(units)) return 0;
  let e = 0;
  for (const c of units) e += SMALL_UNIT_EXPONENT[c] ?? BIG_UNIT_EXPONENT[c] ?? 0;
  return e;
}

// ---------------------------------------------------------------------------
// Item numbers

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The value of a printed item number (the 七 of （七）, the 17 of 17., the ① of ①):
 * circled numbers, and every form `wholeNumber` reads. Null for anything else.
 */
export function itemNumber(s: string): number | null {
  const circled = CIRCLED.indexOf(s);
  if (s.length === 1 && circled >= 0) return circled + 1;
  return wholeNumber(s);
}

/**
 * A whole number as dates and item numbers print it: Arabic digits (17, 2023), Chinese
 * numerals (十七, 一百零五, 廿二), and digit-by-digit numbers (二〇二四 in a signing date,
 * 一〇). Null for anything else, including fractions (一点五).
 */
export function wholeNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('点')) return null;
  const v = parseNumeral(s);
  if (v !== null) return Number.isInteger(v) ? v : null;
  const seq = digitSequence(s);
  return seq === null ? null : Number(seq);
}
