// What a money figure is, by rule from the words around it:
//
//   subsidy   补贴/奖励 — money handed to a recipient (每人补贴1600元, 一次性奖励企业5万元)
//   budget    资金/预算 — money the government commits (设立2亿元的产业发展专项资金, 预算500万元)
//   target    目标 — a figure to reach (力争全年新增贷款76亿元, 完成投资390亿元)
//   threshold 门槛 — a condition a size must meet, to earn something or to count
//             (年销售收入首次达到5000万元的…奖励; 亿元以上项目; 不超过30万元的乘用车)
//   unknown   none of the rules speaks, or they contradict each other: the passage is
//             reported, never guessed.
//
// The rules look at the structure first (what the figure sizes, what follows it, the
// clause it closes), then at the verb right before it, then at cue words in its clause.
// This module holds the kinds (the search box's side index carries them; their labels are
// in the site's dictionary, src/i18n/zh-CN.ts `amountKind.*`); the rules that decide a kind
// are ingest-only and live in amountKindRules.ts.

export const AMOUNT_KINDS = ['subsidy', 'budget', 'target', 'threshold', 'unknown'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
