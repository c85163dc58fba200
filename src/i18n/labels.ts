// Reader-facing names of the schema's enums. Each map is a Record over the enum,
// so adding a kind to the schema without a label here does not compile.
import type { z } from 'zod';
import type { AgencyKind, DocumentKind } from '../../pipeline/schema.ts';

export const AGENCY_KIND_LABEL = {
  'government-department': '政府部门',
  'party-organ': '党群机构',
  'public-institution': '事业单位',
  'state-company': '国有企业',
  'central-bank-branch': '人民银行分支机构',
  'regulator-branch': '垂直管理机构',
  'policy-bank-branch': '政策性银行分支机构',
  township: '乡镇（街道）',
  'task-force': '议事协调和临时机构',
  'other-organ': '其他机关',
  unknown: '未确认',
} as const satisfies Record<z.infer<typeof AgencyKind>, string>;

export const DOCUMENT_KIND_LABEL = {
  worklist: '工作清单',
  opinion: '意见',
  notice: '通知',
  plan: '方案',
  points: '工作要点',
  measures: '政策措施',
  rules: '办法细则',
  'contingency-plan': '应急预案',
  decision: '决定',
  announcement: '公告',
  report: '报告',
  other: '文件',
} as const satisfies Record<z.infer<typeof DocumentKind>, string>;
