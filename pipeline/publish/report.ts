// The ingest report: counts, coverage, sources that failed, and every anomaly — for the
// console and for the site's data-quality page.
import { ANOMALY_REGISTRY, type AnomalyCode } from '../anomalies.ts';
import type { Collections, SourceFailure, SourceSummary } from './assemble.ts';

export interface IngestReport {
  generatedFrom: SourceSummary[];
  failures: SourceFailure[];
  counts: {
    documents: number;
    measures: number;
    agencies: number;
    unknownAgencies: number;
    policies: number;
    issues: number;
    amounts: number;
    measuresWithAmounts: number;
    anomalies: Record<string, number>;
  };
  perDocument: Array<{ id: string; title: string; wenhao: string | null; measures: number }>;
  anomalies: Collections['anomalies'];
  /** Every source read whole (coverage 100%), none failed, no error: what --strict requires. */
  ok: boolean;
}

export function buildReport(c: Collections): IngestReport {
  const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const a of c.anomalies) bySeverity[a.severity] = (bySeverity[a.severity] ?? 0) + 1;
  return {
    generatedFrom: c.sources,
    failures: c.failures,
    counts: {
      documents: c.documents.length,
      measures: c.measures.length,
      agencies: c.agencies.length,
      unknownAgencies: c.agencies.filter((a) => !a.known).length,
      policies: c.policies.length,
      issues: c.issues.length,
      amounts: c.measures.reduce((n, m) => n + m.amounts.length, 0),
      measuresWithAmounts: c.measures.filter((m) => m.amounts.length > 0).length,
      anomalies: bySeverity,
    },
    perDocument: c.documents.map((d) => ({ id: d.id, title: d.title, wenhao: d.wenhao, measures: d.measureCount })),
    anomalies: c.anomalies,
    ok: c.failures.length === 0 && c.sources.every((s) => s.coverage.percent === 100) && bySeverity.error === 0,
  };
}

/** What the console shows: the counts, per source its coverage, failures in full, anomalies grouped by code. */
export function formatSummary(r: IngestReport, verbose = false): string {
  const lines: string[] = [];
  lines.push(
    `政策清单 ingest: ${r.counts.documents} documents, ${r.counts.measures} measures, ${r.counts.agencies} agencies (${r.counts.unknownAgencies} unknown), ${r.counts.amounts} amounts in ${r.counts.measuresWithAmounts} measures`,
  );
  for (const s of r.generatedFrom) {
    const manifest = s.fromManifest.length ? `; from manifest: ${s.fromManifest.join(', ')}` : '';
    lines.push(`  ${s.file}: ${s.documents.length} document(s), coverage ${s.coverage.percent.toFixed(2)}%${manifest}`);
    for (const l of s.coverage.lost.slice(0, 10)) lines.push(`    LOST ${s.file}:${l.line}: ${l.reason}: ${l.text}`);
  }
  for (const f of r.failures) lines.push(`  SKIPPED ${f.message}`);
  const a = r.counts.anomalies;
  const byCode = new Map<AnomalyCode, number>();
  for (const x of r.anomalies) byCode.set(x.code, (byCode.get(x.code) ?? 0) + 1);
  lines.push(
    `  ${r.anomalies.length} anomalies in the sources (${a.error ?? 0} errors, ${a.warning ?? 0} warnings, ${a.info ?? 0} notes), listed on /quality/:`,
  );
  lines.push(
    '    ' +
      [...byCode]
        .sort((x, y) => y[1] - x[1])
        .map(([code, n]) => `${n} ${ANOMALY_REGISTRY[code].label}`)
        .join('，'),
  );
  const shown = r.anomalies.filter((x) => x.severity === 'error' || verbose);
  for (const x of shown) lines.push(`    ${x.severity}: ${x.file}:${x.line ?? '-'}: [${x.code}] ${x.message}`);
  lines.push(r.ok ? 'ingest OK' : `ingest: ${r.failures.length} source(s) skipped or incomplete — see above and /quality/`);
  return lines.join('\n');
}
