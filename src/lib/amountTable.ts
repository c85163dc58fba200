// Every money amount of every measure as one row: the /amounts/ explorer's table, its CSV
// (in the browser, of exactly the rows in view) and /data/amounts.csv. A journalist asking
// "which measures give 100万元 or more?" sorts by value and keeps only 补贴/奖励, so each
// row says what the money is (its kind), as printed and in yuan.
import type { AmountKind } from '../../pipeline/grammar/amountKind.ts';
import type { Currency } from '../../pipeline/grammar/currency.ts';
import type { ValidityStatus } from '../../pipeline/grammar/validityStatus.ts';
import type { Agency, Document, Jurisdiction, Measure } from '../../pipeline/schema.ts';
import { toCsv } from './opendata.ts';

export interface AmountRow {
  /** measure id and the amount's place in it: tianzhengfa-2023-1-4#2 */
  key: string;
  /** in yuan; a range by its low end; null for another currency (never converted) */
  yuan: number | null;
  /** a range's high end in yuan, else null */
  yuanMax: number | null;
  value: number;
  currency: Currency;
  /** the figure as printed (1600元) and with its words (最高每人每年补贴1600元) */
  figure: string;
  raw: string;
  per: string[];
  kind: AmountKind;
  vague: boolean;
  measure: { id: string; url: string; label: string; heading: string };
  lead: string[];
  place: { id: string; name: string };
  document: { id: string; url: string; title: string; wenhao: string | null };
  /** the measure's validity as of the site's date (its own period, or its document's) */
  validity: { status: ValidityStatus | null; until: string | null };
}

export interface AmountTableData {
  measures: Measure[];
  document: ReadonlyMap<string, Pick<Document, 'id' | 'url' | 'fullTitle' | 'wenhao' | 'jurisdiction'>>;
  jurisdiction: ReadonlyMap<string, Pick<Jurisdiction, 'id' | 'name'>>;
  agency: ReadonlyMap<string, Pick<Agency, 'name'>>;
}

/** Rows in the order a reader first sees them: largest yuan first, other currencies after, then by document order. */
export function amountRows(data: AmountTableData, heading: (m: Measure) => string): AmountRow[] {
  const rows = data.measures.flatMap((m) => {
    const doc = data.document.get(m.document)!;
    const place = data.jurisdiction.get(doc.jurisdiction)!;
    const lead = [...m.lead.map((id) => data.agency.get(id)?.name ?? id), ...m.leadGroups];
    return m.amounts.map((a, i): AmountRow => ({
      key: `${m.id}#${i + 1}`,
      yuan: a.yuan,
      yuanMax: a.yuan !== null ? a.valueMax : null,
      value: a.value,
      currency: a.currency,
      figure: a.figure,
      raw: a.raw,
      per: a.per,
      kind: a.kind,
      vague: a.vague,
      measure: { id: m.id, url: m.url, label: m.label, heading: heading(m) },
      lead,
      place: { id: place.id, name: place.name },
      document: { id: doc.id, url: doc.url, title: doc.fullTitle, wenhao: doc.wenhao },
      validity: { status: m.validity.status, until: m.validity.until },
    }));
  });
  const top = (r: AmountRow) => (r.yuan === null ? -1 : (r.yuanMax ?? r.yuan));
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => top(b.r) - top(a.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** Does a row's amount (a range by its ends) lie in [min, max] yuan? A bound left out is open. */
export function inYuanRange(row: Pick<AmountRow, 'yuan' | 'yuanMax'>, min: number | null, max: number | null): boolean {
  if (row.yuan === null) return min === null && max === null;
  const hi = row.yuanMax ?? row.yuan;
  return (min === null || hi >= min) && (max === null || row.yuan <= max);
}

export const AMOUNT_CSV_HEADER = [
  'yuan',
  'yuan_max',
  'value',
  'currency',
  'figure',
  'raw',
  'per',
  'kind',
  'vague',
  'measure',
  'measure_url',
  'label',
  'lead',
  'place',
  'document',
  'document_title',
  'wenhao',
  'validity',
  'valid_until',
];

/** CSV of these rows, in this order; `site` makes the URLs absolute (a spreadsheet has no site to be relative to). */
export function amountsCsv(rows: AmountRow[], site: string): string {
  const abs = (path: string) => new URL(path, site).href;
  return toCsv(
    AMOUNT_CSV_HEADER,
    rows.map((r) => [
      r.yuan ?? '',
      r.yuanMax ?? '',
      r.value,
      r.currency,
      r.figure,
      r.raw,
      r.per.join(';'),
      r.kind,
      r.vague,
      r.measure.id,
      abs(r.measure.url),
      r.measure.label,
      r.lead.join(';'),
      r.place.name,
      r.document.id,
      r.document.title,
      r.document.wenhao ?? '',
      r.validity.status ?? '',
      r.validity.until ?? '',
    ]),
  );
}
