// Reader-facing names of the schema's enums, from the dictionary (zh-CN.ts). The key is
// built from the enum value, so a kind added to the schema without a message does not
// compile (the template type must be a key of the dictionary).
import type { z } from 'zod';
import type { AgencyKind, DocumentKind, ValidityStatus } from '../../pipeline/schema.ts';
import { t } from './zh-CN.ts';
import { ANOMALY_REGISTRY, type AnomalyCode } from '../../pipeline/anomalies.ts';
import type { AmountKind } from '../../pipeline/grammar/amountKind.ts';
import type { Currency } from '../../pipeline/grammar/currency.ts';
import type { Qualifier } from '../../pipeline/grammar/qualifiers.ts';

export const agencyKindLabel = (kind: z.infer<typeof AgencyKind>): string => t(`agencyKind.${kind}`);

export const documentKindLabel = (kind: z.infer<typeof DocumentKind>): string => t(`documentKind.${kind}`);

export const severityLabel = (severity: 'error' | 'warning' | 'info'): string => t(`severity.${severity}`);

/** The name of an anomaly code on /quality/: from the one registry of codes (pipeline/anomalies.ts). */
export const anomalyLabel = (code: AnomalyCode): string => ANOMALY_REGISTRY[code].label;

// Money (the enums live beside the grammar that produces the values, pipeline/grammar/).

/** What an amount is: 补贴/奖励, 资金/预算, 目标, 门槛, 未判定. */
export const amountKindLabel = (kind: AmountKind): string => t(`amountKind.${kind}`);

/** One line per amount kind, for the data page: what a reader may conclude from it. */
export const amountKindMeaning = (kind: AmountKind): string => t(`amountKindMeaning.${kind}`);

/** A currency's name, shown after a figure not in 人民币: 美元, 港元, 新台币. */
export const currencyLabel = (currency: Currency): string => t(`currency.${currency}`);

/** What a qualifier does to the printed figure: 上限（最高）, 概数下限（余、多）. */
export const qualifierLabel = (qualifier: Qualifier): string => t(`qualifier.${qualifier}`);

/** Whether a document or measure is in force as of the site's date: 有效, 已到期, 尚未施行, 未写明. */
export const validityStatusLabel = (status: ValidityStatus): string => t(`validity.status.${status}`);
