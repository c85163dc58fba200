// Words that bound or blur a figure: 最高, 不超过, 不低于, 以上(含), 约, 近, 余, 数十亿 …
//
// A qualifier is stored with the amount (the figure keeps its printed value) and says
// which side the true amount lies on. The search box reads the same words to turn
// `100万元以上` or `不超过5000元` into a range, so this module is shared and small.

export const QUALIFIERS = ['最高', '不超过', '以下', '以上', '不低于', '超过', '达到', '过', '约', '左右', '近', '余', '数'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Which side of the printed figure the amount lies on. */
export type Bound = 'upper' | 'lower' | 'approximate';

/**
 * 最高/不超过/以下 cap the amount; 以上/不低于/超过/达到/过 set a floor; 约/左右/近 blur it;
 * 余 (十余万) and 数 (数十亿) state only a floor of an imprecise figure.
 */
export const QUALIFIER_BOUND = {
  最高: 'upper',
  不超过: 'upper',
  以下: 'upper',
  以上: 'lower',
  不低于: 'lower',
  超过: 'lower',
  达到: 'lower',
  过: 'lower',
  约: 'approximate',
  左右: 'approximate',
  近: 'approximate',
  余: 'lower',
  数: 'lower',
} as const satisfies Record<Qualifier, Bound>;

/**
 * Words before a figure, the qualifier they give, and the characters that — standing
 * right before the word — make it part of another word (签约 is not 约, 通过 is not 过,
 * 最近 is not 近). The query box reads the same table, plus comparison signs.
 */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [word: string, qualifier: Qualifier, notAfter: string]> = [
  ['最多不超过', '不超过', ''],
  ['不超过', '不超过', ''],
  ['不高于', '不超过', ''],
  ['不大于', '不超过', ''],
  ['至多', '不超过', ''],
  ['<=', '不超过', ''],
  ['≤', '不超过', ''],
  ['最高', '最高', ''],
  ['最多', '最高', ''],
  ['上限为', '最高', ''],
  ['上限', '最高', ''],
  ['不到', '以下', ''],
  ['不足', '以下', ''],
  ['低于', '以下', '不'],
  ['小于', '以下', '不'],
  ['少于', '以下', '不'],
  ['<', '以下', ''],
  ['不低于', '不低于', ''],
  ['不少于', '不低于', ''],
  ['不小于', '不低于', ''],
  ['至少', '不低于', ''],
  ['最低', '不低于', ''],
  ['>=', '不低于', ''],
  ['≥', '不低于', ''],
  ['超过', '超过', ''],
  ['高于', '超过', '不'],
  ['大于', '超过', '不'],
  ['>', '超过', ''],
  ['逾', '超过', ''],
  ['超', '超过', ''],
  ['达到', '达到', ''],
  ['达', '达到', '下到送传表通发抵转直高'],
  ['过', '过', '通经超不难度越错路'],
  ['大约', '约', ''],
  ['约', '约', '签节制预合条契违履公邀特大'],
  ['将近', '近', ''],
  ['近', '近', '最附靠临将接亲'],
];

/** Words after a figure: 以上, 以下（含）, 左右 … (a `(含)` / `(不含)` may stand before or after). */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [word: string, qualifier: Qualifier]> = [
  ['及以上', '以上'],
  ['以上', '以上'],
  ['及以下', '以下'],
  ['以下', '以下'],
  ['以内', '不超过'],
  ['左右', '左右'],
  ['上下', '左右'],
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&');
}

/** `(含)`, `(不含)` after a figure or a bound, width-folded. */
export const INCLUSION_PATTERN = String.raw`\((?:不?含)\)`;

const SUFFIX_RE = new RegExp(
  String.raw`^[ \t]*(?:${INCLUSION_PATTERN}[ \t]*)?(${SUFFIX_QUALIFIERS.map(([w]) => escapeRe(w)).join('|')})(?:[ \t]*${INCLUSION_PATTERN})?`,
);
const SUFFIX_OF: ReadonlyMap<string, Qualifier> = new Map(SUFFIX_QUALIFIERS);

/** The qualifier printed right after a figure (folded text from `from`) and where it ends, or null. */
export function readSuffixQualifier(folded: string, from: number): { qualifier: Qualifier; end: number } | null {
  const m = SUFFIX_RE.exec(folded.slice(from));
  return m ? { qualifier: SUFFIX_OF.get(m[1]!)!, end: from + m[0].length } : null;
}

const PREFIX_RES: ReadonlyArray<readonly [RegExp, Qualifier]> = PREFIX_QUALIFIERS.map(([word, qualifier, notAfter]) => [
  new RegExp((notAfter ? `(?<![${notAfter}])` : '') + escapeRe(word) + '$'),
  qualifier,
]);

/** The longest qualifier word ending right at `end` in folded text, or null. */
export function readPrefixQualifier(folded: string, end: number): { qualifier: Qualifier; start: number } | null {
  const before = folded.slice(Math.max(0, end - 6), end);
  let best: { qualifier: Qualifier; start: number } | null = null;
  for (const [re, qualifier] of PREFIX_RES) {
    const m = re.exec(before);
    if (m && (!best || end - m[0].length < best.start)) best = { qualifier, start: end - m[0].length };
  }
  return best;
}

/**
 * One qualifier for a figure from those found around it. A bound (最高, 以上 …) says more
 * than an approximation (约, 左右, 达到, 过); among equals the suffix wins, then the prefix
 * nearest the figure. `prefix` is nearest first.
 */
export function pickQualifier(prefix: readonly Qualifier[], suffix: Qualifier | null): Qualifier | null {
  const candidates = [...(suffix ? [suffix] : []), ...prefix];
  const strong: ReadonlySet<Qualifier> = new Set(['最高', '不超过', '不低于', '超过', '以上', '以下']);
  return candidates.find((q) => strong.has(q)) ?? candidates[0] ?? null;
}
