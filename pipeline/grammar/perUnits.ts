// What a figure is paid per: 每人每年, 每单, 150元/平方米, 200元/月/间, 每名参保职工.
//
// A rate and a total look alike (1000元 either way); the per-units tell them apart, and
// the search box prefers amounts paid per the unit a reader typed (1000元/人).

/** Units that follow 每 or a slash. Multi-character units first, so 人次 is not read as 人. */
export const PER_UNITS = [
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
] as const;

export const PER_UNIT_PATTERN = `(?:${PER_UNITS.join('|')})`;

/** 每名参保职工 / 每位: 名 and 位 count people, so the unit is a person. */
export const PER_PERSON_RE = /每[名位](?:参保)?(?:职工|员工|人员|学生|毕业生)?$/;
/** 每人 / 每年 … right before a figure (anchored at the end of the text before it). */
export const PER_BEFORE_RE = new RegExp(`每(${PER_UNIT_PATTERN})$`);

const SLASH_RE = new RegExp(`^(?:[ \\t]*[/·](${PER_UNIT_PATTERN}|[\\u4e00-\\u9fff]))+`);
const SLASH_ONE_RE = new RegExp(`[/·](${PER_UNIT_PATTERN}|[\\u4e00-\\u9fff])`, 'g');

/** Per-units printed after a figure (150元/平方米, 200元/月/间) in folded text, and where they end. */
export function readSlashUnits(folded: string, from: number): { per: string[]; end: number } {
  const m = SLASH_RE.exec(folded.slice(from));
  if (!m) return { per: [], end: from };
  return { per: [...m[0].matchAll(SLASH_ONE_RE)].map((x) => x[1]!), end: from + m[0].length };
}

// A per-unit typed in a query (1000元/人, 每人1000元).
const TYPED_PER_RE = new RegExp(`(?:[/·]|每)(${PER_UNIT_PATTERN})`, 'g');

/** The per-units a reader typed with a figure: 1000元/人 → ['人']. */
export function perUnitsOf(raw: string): string[] {
  return [...raw.matchAll(TYPED_PER_RE)].map((m) => m[1]!);
}

// 每培训结业1人给予…1000元: "for each one person trained" — a per-unit stated with a count.
const PER_WITH_COUNT_RE = new RegExp(`每[^\\d每,;:。]{1,6}?1(${PER_UNIT_PATTERN})`, 'g');
const PER_PLAIN_RE = new RegExp(`每(?:([名位])|(${PER_UNIT_PATTERN}))`, 'g');

/**
 * Per-units stated earlier in a clause but not adjacent to the figure
 * (每培训结业1人给予培训机构1000元补贴, 每年由市财政预算500万元). The caller passes only the
 * stretch since the previous figure, so one figure's 每家 is not lent to the next.
 */
export function perInClause(text: string): string[] {
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
