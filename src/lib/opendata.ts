// The open-data contract: what dist/data/*.json and *.csv contain. Other tools
// read these files; change fields only by adding.
import type { Agency, Document, GazetteIssue, Measure } from '../../pipeline/schema.ts';
import type { z } from 'zod';
import type { MeasureRecord } from './openDataSchemas.ts';

// Typed as the record its JSON Schema describes (openDataSchemas.ts): a field added here
// without adding it there does not compile (the arrow's return type makes TypeScript check
// the object literal for fields the record lacks).
export function measuresJson(measures: Measure[]): Array<z.infer<typeof MeasureRecord>> {
  return measures.map((m): z.infer<typeof MeasureRecord> => ({
    id: m.id,
    url: m.url,
    jurisdiction: m.jurisdiction,
    level: m.level,
    document: m.document,
    number: m.number,
    label: m.label,
    title: m.title,
    text: m.text,
    section: m.section,
    lead: m.lead,
    responsible: m.responsible,
    leadGroups: m.leadGroups,
    responsibleGroups: m.responsibleGroups,
    leadRaw: m.leadRaw,
    responsibleRaw: m.responsibleRaw,
    agenciesInherited: m.agenciesInherited,
    deadline: m.deadline,
    amounts: m.amounts,
    percentages: m.percentages,
    policy: m.policy,
    lineage: m.lineage,
    wording: m.wording,
    people: m.people,
    source: m.source,
    notes: m.notes,
    validity: m.validity,
    periods: m.periods,
    conditions: m.conditions,
    aliasesUsed: m.aliasesUsed,
  }));
}

/** The gazette issues (政府公报), each with its documents. */
export function issuesJson(issues: GazetteIssue[]) {
  return issues;
}

/** Each document with its text as blocks (title, paragraphs, headings, provisions, signature), each with its source lines. */
export function documentsJson(docs: Document[]) {
  return docs;
}

export function agenciesJson(agencies: Agency[]) {
  return agencies;
}

// A text cell that starts like a formula (=HYPERLINK(…), +, -, @, or a TAB or CR before one)
// runs as a formula when a journalist opens the file in a spreadsheet. OWASP's advice
// ("CSV Injection"): prefix such a cell with a single quote, and quote the cell. Numbers are
// numbers, never formulas, and stay as they are (-5 in max_yuan).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(raw);
  const s = formula ? `'${raw}` : raw;
  return formula || /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The largest yuan figure of a measure (a range counts by its upper end); other currencies are not converted. */
export function maxYuan(m: Pick<Measure, 'amounts'>): number | '' {
  const yuan = m.amounts.filter((a) => a.yuan !== null).map((a) => a.valueMax ?? a.yuan!);
  return yuan.length ? Math.max(...yuan) : '';
}

/** One row per measure; agency names beside their ids, and the largest amount in yuan, so a spreadsheet can sort and filter without joins. */
export function measuresCsv(measures: Measure[], agencies: Agency[]): string {
  const name = new Map(agencies.map((a) => [a.id, a.fullName]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id).join('；');
  return toCsv(
    [
      'id',
      'url',
      'jurisdiction',
      'document',
      'number',
      'label',
      'title',
      'text',
      'lead',
      'responsible',
      'lead_names',
      'responsible_names',
      'lead_raw',
      'responsible_raw',
      'deadline',
      'deadline_raw',
      'amounts',
      'amounts_yuan',
      'max_yuan',
      'wording',
      'source_file',
      'source_lines',
      'validity_status',
      'valid_until',
      'conditions',
    ],
    measures.map((m) => [
      m.id,
      m.url,
      m.jurisdiction,
      m.document,
      m.number,
      m.label,
      m.title,
      m.text,
      m.lead.join(';'),
      m.responsible.join(';'),
      names(m.lead),
      names(m.responsible),
      m.leadRaw,
      m.responsibleRaw,
      m.deadline?.normalized ?? '',
      m.deadline?.raw ?? '',
      m.amounts.map((a) => a.raw).join(';'),
      m.amounts.map((a) => a.yuan ?? '').join(';'),
      maxYuan(m),
      m.wording?.verdict ?? '',
      m.source.originalFile,
      `${m.source.lines[0]}-${m.source.lines[1]}`,
      m.validity.status ?? '',
      m.validity.until ?? '',
      m.conditions.map((c) => c.text).join(';'),
    ]),
  );
}

export function agenciesCsv(agencies: Agency[]): string {
  return toCsv(
    ['id', 'url', 'jurisdiction', 'name', 'full_name', 'kind', 'known', 'aliases'],
    agencies.map((a) => [a.id, a.url, a.jurisdiction, a.name, a.fullName, a.kind, a.known, a.aliases.map((x) => x.name).join(';')]),
  );
}

export function documentsCsv(docs: Document[]): string {
  return toCsv(
    [
      'id',
      'url',
      'title',
      'wenhao',
      'issuer',
      'date',
      'jurisdiction',
      'kind',
      'measures',
      'source_file',
      'full_title',
      'issue',
      'effective',
      'valid_until',
      'validity_status',
    ],
    docs.map((d) => [
      d.id,
      d.url,
      d.title,
      d.wenhao,
      d.issuer,
      d.date,
      d.jurisdiction,
      d.kind,
      d.measureCount,
      d.source.originalFile,
      d.fullTitle,
      d.issue,
      d.validity.effective,
      d.validity.until,
      d.validity.status,
    ]),
  );
}

/**
 * One agency's measures (agency pages' CSV): its role in each (lead / shared), where the
 * measure is, and what it says. URLs absolute against `site`.
 */
export function agencyMeasuresCsv(
  roles: { led: Measure[]; shared: Measure[] },
  documents: ReadonlyMap<string, Pick<Document, 'title' | 'wenhao'>>,
  heading: (m: Measure) => string,
  site: string,
): string {
  const rows = [...roles.led.map((m) => ['lead', m] as const), ...roles.shared.map((m) => ['responsible', m] as const)];
  return toCsv(
    [
      'role',
      'id',
      'url',
      'label',
      'heading',
      'document',
      'document_title',
      'wenhao',
      'deadline',
      'deadline_raw',
      'amounts',
      'max_yuan',
      'text',
    ],
    rows.map(([role, m]) => {
      const doc = documents.get(m.document);
      return [
        role,
        m.id,
        new URL(m.url, site).href,
        m.label,
        heading(m),
        m.document,
        doc?.title ?? '',
        doc?.wenhao ?? '',
        m.deadline?.normalized ?? '',
        m.deadline?.raw ?? '',
        m.amounts.map((a) => a.raw).join(';'),
        maxYuan(m),
        m.text,
      ];
    }),
  );
}
