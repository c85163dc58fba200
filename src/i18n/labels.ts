// Reader-facing names of the schema's enums, from the dictionary (zh-CN.ts). The key is
// built from the enum value, so a kind added to the schema without a message does not
// compile (the template type must be a key of the dictionary).
import type { z } from 'zod';
import type { AgencyKind, DocumentKind } from '../../pipeline/schema.ts';
import { t } from './zh-CN.ts';
import { ANOMALY_REGISTRY, type AnomalyCode } from '../../pipeline/anomalies.ts';

export const agencyKindLabel = (kind: z.infer<typeof AgencyKind>): string => t(`agencyKind.${kind}`);

export const documentKindLabel = (kind: z.infer<typeof DocumentKind>): string => t(`documentKind.${kind}`);

export const severityLabel = (severity: 'error' | 'warning' | 'info'): string => t(`severity.${severity}`);

/** The name of an anomaly code on /quality/: from the one registry of codes (pipeline/anomalies.ts). */
export const anomalyLabel = (code: AnomalyCode): string => ANOMALY_REGISTRY[code].label;
