// The ingest report: counts, coverage and every anomaly, for the console and
// for the site's data-quality page.
import type { Collections } from './assemble.ts';

export interface IngestReport {
  generatedFrom: Array<{
    file: string;
    originalFile: string;
    encoding: string;
    lineEndings: string;
    lines: number;
    documents: string[];
    coverage: {
      characters: number;
      furniture: number;
      covered: number;
      percent: number;
      lost: Array<{ line: number; reason: string; text: string }>;
    };
  }>;
  counts: {
    documents: number;
    measures: number;
    agencies: number;
    unknownAgencies: number;
    policies: number;
    amounts: number;
    measuresWithAmounts: number;
    anomalies: Record<string, number>;
  };
  perDocument: Array<{ id: string; title: string; wenhao: string | null; measures: number }>;
  anomalies: Collections['anomalies'];
  ok: boolean;
}

export function buildReport(c: Collections): IngestReport {
  const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const a of c.anomalies) bySeverity[a.severity] = (bySeverity[a.severity] ?? 0) + 1;
  return {
    generatedFrom: c.sources,
    counts: {
      documents: c.documents.length,
      measures: c.measures.length,
      agencies: c.agencies.length,
      unknownAgencies: c.agencies.filter((a) => !a.known).length,
      policies: c.policies.length,
      amounts: c.measures.reduce((n, m) => n + m.amounts.length, 0),
      measuresWithAmounts: c.measures.filter((m) => m.amounts.length > 0).length,
      anomalies: bySeverity,
    },
    perDocument: c.documents.map((d) => ({ id: d.id, title: d.title, wenhao: d.wenhao, measures: d.measureCount })),
    anomalies: c.anomalies,
    ok: c.sources.every((s) => s.coverage.percent === 100) && bySeverity.error === 0,
  };
}

export function formatSummary(r: IngestReport): string {
  const lines: string[] = [];
  lines.push(
    `政策清单 ingest: ${r.counts.documents} documents, ${r.counts.measures} measures, ${r.counts.agencies} agencies (${r.counts.unknownAgencies} unknown), ${r.counts.policies} central policies, ${r.counts.amounts} amounts in ${r.counts.measuresWithAmounts} measures`,
  );
  for (const s of r.generatedFrom) {
    lines.push(
      `  ${s.file} (${s.originalFile}, ${s.encoding}, ${s.lines} lines): coverage ${s.coverage.percent.toFixed(2)}% of ${s.coverage.characters} characters (+${s.coverage.furniture} furniture)`,
    );
    for (const l of s.coverage.lost.slice(0, 10)) lines.push(`    LOST ${s.file}:${l.line}: ${l.reason}: ${l.text}`);
  }
  for (const d of r.perDocument) lines.push(`  ${d.id}: ${d.measures} measures — ${d.wenhao ?? ''} ${d.title}`);
  const a = r.counts.anomalies;
  lines.push(
    `  anomalies: ${a.error ?? 0} errors, ${a.warning ?? 0} warnings, ${a.info ?? 0} notes (all in content/generated/report.json)`,
  );
  for (const x of r.anomalies.filter((x) => x.severity !== 'info'))
    lines.push(`    ${x.severity}: ${x.file}:${x.line ?? '-'}: [${x.code}] ${x.message}`);
  lines.push(r.ok ? 'ingest OK' : 'ingest FAILED: coverage below 100% or errors found');
  return lines.join('\n');
}
