// The rules that decide an amount's kind (see amountKind.ts for the kinds). Ingest only.
//
// The rules look at the structure first (what the figure sizes, what follows it, the
// clause it closes), then at the verb right before it, then at cue words in its clause and
// sentence. When none speaks the kind is 'unknown' and the passage is reported.
import type { AmountKind } from './amountKind.ts';

type Decided = Exclude<AmountKind, 'unknown'>;

const SUBSIDY_WORDS = ['补贴', '补助', '奖励', '奖补', '资助', '贴息', '补偿', '救助', '返还', '减免'];
const BUDGET_WORDS = ['资金', '预算', '专项债券', '专项债', '债券', '再贷款', '基金', '资本金', '额度', '经费', '风险补偿金'];

// A noun right after the figure that names the money: 5000元的一次性创业补贴, 2亿元的产业发展
// 专项资金, 100亿元农资补贴. Greedy, so a compound takes its head noun: 1547亿元救助补助资金 is
// 资金 (a budget), not 补助. The words between may not contain a verb of giving or a rate
// (500元/人的标准给予推荐者补贴 names the rate, not the money).
const NOUN_AFTER_RE = new RegExp(`^的?([^\\s\\d,;:。、()“”"'《》]{0,8})(${[...BUDGET_WORDS, ...SUBSIDY_WORDS].join('|')})`);
const NOT_IN_NOUN_PHRASE = /给予|用于|支持|标准|按|对|和|及|以上|以下/;
const FIGURE_NEXT_RE = /^(?:最高|不超过)?[\d一二三四五六七八九十两百千万亿]/;

// What a figure sizes: 亿元以上项目, 10亿元项目, 税收过千万元企业 — a size class, not a sum;
// 每新上一个10亿元台阶再奖励20万元 (宿迁): a step of sales, not money paid.
const SIZES_NOUN_RE = /^的?(?:项目|企业|大项目|台阶)(?!资金|补贴|奖励|补助|经费)/;
// After a bound: 超过200万元的货物和服务采购项目, 1000万元以下(含)普惠小微贷款, 不超过30万元的2.0升及以下排量乘用车.
const BOUNDED_NOUN_RE = /^(?:\((?:不?含)\))?的?[^,;。、]{0,14}?(?:项目|企业|工程|贷款|乘用车|车辆|合同|住房)(?!资金|补贴|奖励|补助|经费)/;

// Measures of size a condition is stated in: 年销售额不低于500万元, 年销售收入首次达到5000万元.
const METRIC_RE = /销售额|销售收入|营业收入|营业额|主营业务收入|产值|税收|纳税|出口额|进出口额|交易额|成交额|投资额/;
// Loans and credit lines sized for a borrower.
const LOAN_RE = /贷款$/;
const LOAN_CAP_RE = /贷款(?:最高)?额度$/;
// Words of aiming: the figure is the aim, not a condition.
const TARGET_CUE_RE = /力争|确保|争取|目标|全年|今年|年内|实现|突破/;

// Verbs right before the figure (the nearest decides): 每年最高补贴100万元, 预算500万元, 完成投资390亿元.
const VERB_KIND: ReadonlyArray<readonly [string, Decided]> = [
  ['完成投资', 'target'],
  ['补贴', 'subsidy'],
  ['奖励', 'subsidy'],
  ['补助', 'subsidy'],
  ['资助', 'subsidy'],
  ['奖补', 'subsidy'],
  ['贴息', 'subsidy'],
  ['减免', 'subsidy'],
  ['给予', 'subsidy'],
  ['发放', 'subsidy'],
  ['一次性奖励企业', 'subsidy'],
  ['安排', 'budget'],
  ['预算', 'budget'],
  ['设立', 'budget'],
  ['下拨', 'budget'],
  ['下达', 'budget'],
  ['拨付', 'budget'],
  ['筹集', 'budget'],
  ['募集', 'budget'],
  ['发行', 'budget'],
  ['投资', 'budget'],
  ['新增', 'target'],
  ['争取', 'target'],
  ['归集', 'target'],
  ['突破', 'target'],
  ['实现', 'target'],
];

// Cue words anywhere in the clause before the figure (nearest first) or after it.
const CUE_KIND: ReadonlyArray<readonly [string, Decided]> = [
  ...SUBSIDY_WORDS.map((w): [string, Decided] => [w, 'subsidy']),
  ['给予', 'subsidy'],
  ...BUDGET_WORDS.map((w): [string, Decided] => [w, 'budget']),
  ['安排', 'budget'],
  ['投资', 'budget'],
  ['信贷', 'budget'],
  ['授信', 'budget'],
  ['力争', 'target'],
  ['确保', 'target'],
  ['争取', 'target'],
  ['新增', 'target'],
  ['增长', 'target'],
  ['突破', 'target'],
  ['余额', 'target'],
  ['规模', 'target'],
  ['总额', 'target'],
  ['增加值', 'target'],
  ['成交额', 'target'],
  ['交易额', 'target'],
  ['产值', 'target'],
];
const CUE_RE = new RegExp(
  [...CUE_KIND]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const KIND_OF_CUE: ReadonlyMap<string, Decided> = new Map(CUE_KIND);

const SENTENCE_END = /[。;!?\n]/;
const CLAUSE_END = /[。;!?\n,:]/;

function segmentStart(text: string, pos: number, boundary: RegExp): number {
  for (let i = pos - 1; i >= 0; i--) if (boundary.test(text[i]!)) return i + 1;
  return 0;
}
function segmentEnd(text: string, pos: number, boundary: RegExp): number {
  for (let i = pos; i < text.length; i++) if (boundary.test(text[i]!)) return i;
  return text.length;
}

export interface KindInput {
  /** width-folded measure text */
  folded: string;
  /** where the figure starts and where its context (suffix qualifier, per-units) ends */
  figureStart: number;
  contextEnd: number;
  /** where the words adjacent before the figure start */
  prefixStart: number;
  /** words adjacent before the figure, nearest first (最高, 补贴, 每年 …) */
  prefixWords: readonly string[];
  /** the figure is a cap (最高, 不超过 …): with 贷款 before it, a loan ceiling */
  capped: boolean;
  /** the figure's qualifier is a bound (以上, 不低于, 超过 …) */
  bounded: boolean;
  /** the qualifier is 达到/过/超过/不低于 — a size reached */
  reached: boolean;
}

export interface KindDecision {
  kind: AmountKind;
  /** the rule that decided, for tests and the quality report */
  rule: string;
}

/** The kind named by the noun right after the figure (…元的产业发展专项资金), if any; and where that noun ends. */
export function nounAfter(folded: string, from: number): { kind: Decided; end: number } | null {
  const m = NOUN_AFTER_RE.exec(folded.slice(from));
  if (!m || NOT_IN_NOUN_PHRASE.test(m[1]!)) return null;
  // A figure right after the word makes it that figure's verb, the comma left out:
  // 销售收入首次达到10亿元的奖励20万元 (宿迁) — 奖励 pays the 20万元; 10亿元 is the condition.
  if (FIGURE_NEXT_RE.test(folded.slice(from + m[0].length))) return null;
  return { kind: SUBSIDY_WORDS.includes(m[2]!) ? 'subsidy' : 'budget', end: from + m[0].length };
}

function cues(text: string): Decided[] {
  return [...text.matchAll(CUE_RE)].map((m) => KIND_OF_CUE.get(m[0])!);
}

/** Decide the kind of one figure. */
export function classifyAmount(input: KindInput): KindDecision {
  const { folded, figureStart, contextEnd, prefixWords, bounded, reached } = input;
  const after = folded.slice(contextEnd);
  const clauseStart = segmentStart(folded, figureStart, CLAUSE_END);
  const clauseEnd = segmentEnd(folded, contextEnd, CLAUSE_END);
  const sentenceStart = segmentStart(folded, figureStart, SENTENCE_END);
  const sentenceEnd = segmentEnd(folded, contextEnd, SENTENCE_END);
  const clauseBefore = folded.slice(clauseStart, figureStart);
  const sentenceBefore = folded.slice(sentenceStart, figureStart);

  // 1. Structure: what the figure sizes.
  if (SIZES_NOUN_RE.test(after)) return { kind: 'threshold', rule: 'sizes-noun' };
  if (bounded && BOUNDED_NOUN_RE.test(after)) return { kind: 'threshold', rule: 'bounded-noun' };
  const noun = nounAfter(folded, contextEnd);
  if (noun) return { kind: noun.kind, rule: 'noun-after' };

  // A clause closing in 的 that the next clause rewards: 年销售收入首次达到5000万元、8000万元、
  // 1亿元的,分别一次性奖励企业5万元 — every figure of that clause is a condition.
  const clauseText = folded.slice(clauseStart, clauseEnd);
  if (/的$/.test(clauseText) && folded[clauseEnd] === ',') {
    const next = folded.slice(clauseEnd + 1, sentenceEnd);
    if (cues(next).includes('subsidy') && !cues(clauseBefore).includes('subsidy')) return { kind: 'threshold', rule: 'condition-clause' };
  }

  // A size to be reached in a sentence that aims (力争今年工业技改投资达到100亿元) is the aim.
  if (reached && TARGET_CUE_RE.test(sentenceBefore)) return { kind: 'target', rule: 'reached-aimed' };
  // A size reached in a measure of output: a target if aimed at, else a condition.
  if (reached && METRIC_RE.test(clauseBefore)) {
    return TARGET_CUE_RE.test(sentenceBefore) ? { kind: 'target', rule: 'metric-aimed' } : { kind: 'threshold', rule: 'metric-condition' };
  }

  // A size reached that the rest of the sentence rewards is the condition for the reward:
  // 首次达到百亿元的奖励200万元; 企业提供年薪超过60万元的部分,按30%给予企业奖励 (宿迁). Unless
  // the figure is itself paid (奖励达到…) or is the rate paid (每人每天不低于20元的标准实施救助).
  const paidBefore = prefixWords.some((w) => w.startsWith('每') || VERB_KIND.some(([v, k]) => k === 'subsidy' && w.endsWith(v)));
  if (reached && !paidBefore && !/^的?标准/.test(after) && cues(folded.slice(contextEnd, sentenceEnd)).includes('subsidy'))
    return { kind: 'threshold', rule: 'reached-earns' };

  // A loan ceiling (创业贴息贷款最高可达300万元, 贷款最高额度提高至300万元) is neither handed
  // out nor committed by the government, nor a target: no kind, reported. (新增贷款76亿元 is
  // a volume aimed at, read below.)
  const beforePrefix = folded.slice(clauseStart, input.prefixStart);
  if (
    (LOAN_CAP_RE.test(beforePrefix) || (LOAN_RE.test(beforePrefix) && input.capped)) &&
    !prefixWords.some((w) => VERB_KIND.some(([v, k]) => k !== 'budget' && w.endsWith(v)))
  ) {
    return { kind: 'unknown', rule: 'loan-amount' };
  }

  // 2. The verb right before the figure. Investment is a target when the clause aims or
  // completes (完成制造业转型升级投资70亿元), money committed otherwise (股权投资不低于1000万元).
  for (const word of prefixWords) {
    const verb = VERB_KIND.find(([w]) => word === w || word.endsWith(w));
    if (!verb) continue;
    if (verb[0] === '投资' && (reached || /完成|力争|确保|全年|今年/.test(clauseBefore)))
      return { kind: 'target', rule: 'verb:投资-aimed' };
    return { kind: verb[1], rule: `verb:${verb[0]}` };
  }

  // 3. The clause: giving, aiming, then the nearest cue word.
  if (clauseBefore.includes('给予')) return { kind: 'subsidy', rule: 'clause-giving' };
  if (/力争|确保|争取/.test(sentenceBefore)) return { kind: 'target', rule: 'sentence-aim' };
  const before = cues(sentenceBefore).at(-1);
  if (before) return { kind: before, rule: 'cue-before' };
  const afterCue = cues(folded.slice(contextEnd, clauseEnd))[0];
  if (afterCue) return { kind: afterCue, rule: 'cue-after' };
  // A rate stated in one clause is often paid out in the next (可按每人1000元的标准，发放
  // 一次性扩岗补助). Only a word of paying counts there.
  if (folded[clauseEnd] === ',') {
    const next = folded.slice(clauseEnd + 1, segmentEnd(folded, clauseEnd + 1, CLAUSE_END));
    if (cues(next)[0] === 'subsidy' || /发放|给予/.test(next)) return { kind: 'subsidy', rule: 'next-clause-paying' };
  }
  return { kind: 'unknown', rule: 'no-cue' };
}
