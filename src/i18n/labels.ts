// Reader-facing names of the schema's enums, from the dictionary (zh-CN.ts). The key is
// built from the enum value, so a kind added to the schema without a message does not
// compile (the template type must be a key of the dictionary).
import type { z } from 'zod';
import type { AgencyKind, DocumentKind } from '../../pipeline/schema.ts';
import { t, zhCN, type UIKey } from './zh-CN.ts';

export const agencyKindLabel = (kind: z.infer<typeof AgencyKind>): string => t(`agencyKind.${kind}`);

export const documentKindLabel = (kind: z.infer<typeof DocumentKind>): string => t(`documentKind.${kind}`);

export const severityLabel = (severity: 'error' | 'warning' | 'info'): string => t(`severity.${severity}`);

/**
 * The name of an anomaly code on /quality/, or the code itself for one the dictionary does
 * not know yet (anomaly codes are not an enum of the schema yet; zh-CN.test.ts checks that
 * every code the seeds produce has a name).
 */
export function anomalyLabel(code: string): string {
  const key = `anomaly.${code}`;
  return isAnomalyKey(key) ? t(key) : code;
}

function isAnomalyKey(key: string): key is Extract<UIKey, `anomaly.${string}`> {
  return Object.hasOwn(zhCN, key);
}
