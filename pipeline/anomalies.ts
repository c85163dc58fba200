// Every kind of anomaly the ingest reports about the sources: one registry of codes, each
// with its severity and the Chinese label readers see on /quality/. The code enum is
// derived from the registry, so a code used without a label cannot compile, and the
// quality page renders every code from here.
//
// Severity: error — the source cannot be read as it stands (the source is skipped, or the
// value is not published); warning — read, but a reader should know (a numbering slip, an
// unknown agency); info — how the site read something unusual (a merged cell carried down).
import { z } from 'zod';
type LineRange = [number, number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ANOMALY_REGISTRY = {
  // Sources and decoding
  'source-failed': { severity: 'error', label: '源文件无法收录' },
  'source-unlisted': { severity: 'warning', label: '源文件未列入清单' },
  encoding: { severity: 'info', label: '文件编码' },
  'line-endings': { severity: 'info', label: '换行符' },
  'stray-character': { severity: 'warning', label: '多余字符' },
  'unbalanced-brackets': { severity: 'info', label: '括号不配对' },
  // [bookmark: _GoBack], Word field codes: taken out of the text as furniture (pipeline/text/artefacts.ts).
  'word-artefact': { severity: 'info', label: '导出残留的 Word 标记' },
  'furniture-in-body': { severity: 'warning', label: '正文中疑似网页文字' },
  'hard-wrapped': { severity: 'info', label: '固定宽度换行' },
  // Document structure
  'no-title': { severity: 'warning', label: '缺标题' },
  'no-addressee': { severity: 'info', label: '缺主送机关' },
  'no-signature': { severity: 'warning', label: '缺落款' },
  'possibly-truncated': { severity: 'warning', label: '疑似截断' },
  'no-page-footer': { severity: 'warning', label: '缺网页页脚' },
  'text-after-signature': { severity: 'warning', label: '落款后仍有正文' },
  'text-before-document': { severity: 'warning', label: '文件前有正文' },
  'toc-incomplete': { severity: 'warning', label: '目录不完整' },
  'toc-title-mismatch': { severity: 'info', label: '目录与正文标题不符' },
  'toc-unterminated': { severity: 'warning', label: '目录未结束' },
  'malformed-wenhao': { severity: 'warning', label: '文号格式错误' },
  'wenhao-year-mismatch': { severity: 'info', label: '文号年份与日期不符' },
  'invalid-date': { severity: 'error', label: '日期无效' },
  'metadata-conflict': { severity: 'warning', label: '清单与原文不符' },
  // Numbering
  'number-gap': { severity: 'warning', label: '序号跳号' },
  'number-skipped': { severity: 'warning', label: '序号跳号' },
  'number-duplicate': { severity: 'warning', label: '序号重复' },
  'number-out-of-order': { severity: 'warning', label: '序号顺序错乱' },
  'number-malformed': { severity: 'warning', label: '序号格式不规范' },
  'number-parent-mismatch': { severity: 'warning', label: '序号与上级编号不符' },
  'number-style-mismatch': { severity: 'warning', label: '同级序号样式不一' },
  'anchor-collision': { severity: 'warning', label: '链接锚点重复' },
  'unnumbered-item': { severity: 'info', label: '未编号条目' },
  // Work lists and tables
  'policy-number-slip': { severity: 'warning', label: '中央政策序号错印' },
  'policy-duplicate-title': { severity: 'warning', label: '政策标题重复' },
  'policy-number-missing': { severity: 'info', label: '政策序号缺失' },
  'policy-number-out-of-order': { severity: 'warning', label: '政策序号顺序错乱' },
  'no-local-measure': { severity: 'info', label: '没有本级落实措施' },
  'merged-units': { severity: 'info', label: '合并单元格沿用' },
  'merged-cell': { severity: 'info', label: '合并单元格沿用' },
  'empty-row': { severity: 'warning', label: '空行' },
  'missing-lead': { severity: 'warning', label: '缺牵头单位' },
  'missing-deadline': { severity: 'warning', label: '缺完成时限' },
  'table-header-unknown': { severity: 'info', label: '表头含义不明' },
  'table-incomplete-row': { severity: 'warning', label: '表格行不完整' },
  // Agencies
  'unknown-agency': { severity: 'warning', label: '未确认单位' },
  'agency-missing': { severity: 'warning', label: '缺单位' },
  'agency-label-unknown': { severity: 'warning', label: '单位标签不规范' },
  'agency-stray-text': { severity: 'warning', label: '单位栏中的多余文字' },
  'agency-unclosed': { severity: 'warning', label: '单位括号未闭合' },
  'agency-unparenthesized': { severity: 'info', label: '单位未加括号' },
  'agency-multiple-groups': { severity: 'info', label: '一项中有多组单位' },
  'agency-remark': { severity: 'info', label: '单位括号中的说明' },
  // Permalinks (pipeline/publish/ledger.ts): a URL of content/permalinks.lock that would show
  // other text or none; each carries a notice until, and after, the maintainer records it.
  'permalink-moved': { severity: 'warning', label: '链接所指条目已改号' },
  'permalink-changed': { severity: 'warning', label: '链接所指内容已变更' },
  'permalink-removed': { severity: 'warning', label: '链接所指条目已删除' },
  'permalink-unrecorded': { severity: 'info', label: '链接尚未记入台账' },
  // Amounts (pipeline/extract/amounts.ts): a figure the money grammar declined to read
  // (每家奖励6万元5万元) is published as no amount at all; a figure no kind rule speaks for
  // is published with kind 未判定.
  'amount-unsure': { severity: 'warning', label: '金额无法确定，未收录' },
  'amount-kind-unknown': { severity: 'info', label: '金额类别未能判定' },
} as const satisfies Record<string, { severity: Severity; label: string }>;

export type AnomalyCode = keyof typeof ANOMALY_REGISTRY;
export const ANOMALY_CODES = Object.keys(ANOMALY_REGISTRY) as [AnomalyCode, ...AnomalyCode[]];
export const AnomalyCodeSchema = z.enum(ANOMALY_CODES);

/** An anomaly as the stages report it, before the assembler adds file and document. */
export interface AnomalyDraft {
  code: AnomalyCode;
  line: number | null;
  message: string; // Chinese, shown to readers on the data-quality page
  /** Overrides the registry's severity where the same code is graver or milder in context. */
  severity?: Severity;
}

export const severityOf = (a: Pick<AnomalyDraft, 'code' | 'severity'>): Severity => a.severity ?? ANOMALY_REGISTRY[a.code].severity;

/** A note on a measure page: an anomaly on the measure's lines. */
export interface NoteDraft {
  kind: AnomalyCode;
  message: string;
  lines?: LineRange;
}
