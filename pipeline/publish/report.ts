// The ingest report: counts, coverage, sources that failed, and every anomaly — for the
// console and for the site's data-quality page.
import type { Collections, SourceFailure, SourceSummary } from './assemble.ts';
import type { PermalinkState } from './ledger.ts';

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
  /** The ingest ran under --strict: a report that is not ok was then not published. */
  strict: boolean;
  /** SHA-256 (16 hex) of every input read, by path: the build refuses a report whose inputs changed since (freshness.ts). */
  inputs: Record<string, string>;
  /** URLs of the permalink ledger that would show other text or none, and URLs it does not hold yet. */
  permalinks: { ledger: boolean; changes: PermalinkState['changes']; added: number };
}

export function buildReport(
  c: Collections,
  run: { strict?: boolean; inputs?: Record<string, string>; permalinks?: PermalinkState } = {},
): IngestReport {
  const permalinks = {
    ledger: run.permalinks?.ledger ?? false,
    changes: run.permalinks?.changes ?? [],
    added: run.permalinks?.added.length ?? 0,
  };
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
    // A URL of the ledger that changed, or a URL not in it yet, is a promise not kept or not yet made.
    ok:
      c.failures.length === 0 &&
      c.sources.every((s) => s.coverage.percent === 100) &&
      bySeverity.error === 0 &&
      permalinks.changes.length === 0 &&
      (!permalinks.ledger || permalinks.added === 0),
    strict: run.strict ?? false,
    inputs: run.inputs ?? {},
    permalinks,
  };
}

/**
 * The report for the console, kept short so that it reads at a glance in `npm run build`:
 * the counts; the sources' coverage, with each source below 100% and every line it lost;
 * every error in full (file:line: message); warnings and notes grouped by code, since each
 * one is listed on the site's /quality/ page and in content/generated/report.json.
 */
export function formatSummary(r: IngestReport): string {
  const c = r.counts;
  const lines = [
    `ingest: ${c.documents} documents, ${c.measures} measures, ${c.agencies} agencies (${c.unknownAgencies} unknown), ${c.policies} central policies, ${c.amounts} amounts in ${c.measuresWithAmounts} measures`,
  ];
  const partial = r.generatedFrom.filter((s) => s.coverage.percent !== 100);
  lines.push(`  ${r.generatedFrom.length} sources, ${r.generatedFrom.length - partial.length} with every character published`);
  for (const s of partial) {
    lines.push(`  ${s.file} (${s.originalFile}): coverage ${s.coverage.percent.toFixed(2)}% of ${s.coverage.characters} characters`);
    for (const l of s.coverage.lost) lines.push(`    LOST ${s.file}:${l.line}: ${l.reason}: ${l.text}`);
  }
  for (const s of r.generatedFrom.filter((s) => s.fromManifest.length))
    lines.push(`  ${s.file}: from manifest: ${s.fromManifest.join(', ')}`);
  for (const f of r.failures) lines.push(`  SKIPPED ${f.message}`);
  const p = r.permalinks;
  if (p.changes.length > 0) {
    lines.push(
      `  ${p.changes.length} permalinks of content/permalinks.lock would show other text or none; each carries a notice (--strict fails). Record them with \`npm run ledger -- --accept\`:`,
    );
    const what = { moved: 'its item moved to', changed: 'its text changed', removed: 'its item is gone' } as const;
    for (const c of p.changes) lines.push(`    PERMALINK ${c.url}: ${what[c.kind]}${c.to ? ` ${c.to}` : ''}`);
  }
  if (p.ledger && p.added > 0)
    lines.push(`  ${p.added} URLs are not in content/permalinks.lock yet (--strict fails): \`npm run ledger -- --accept\``);
  for (const x of r.anomalies.filter((x) => x.severity === 'error' && x.code !== 'source-failed'))
    lines.push(`  error: ${x.file}:${x.line ?? '-'}: [${x.code}] ${x.message}`);
  const rest = r.anomalies.filter((x) => x.severity !== 'error');
  if (rest.length > 0) {
    const w = rest.filter((x) => x.severity === 'warning').length;
    lines.push(
      `  ${rest.length} anomalies in the sources (${w} warnings, ${rest.length - w} notes), listed on /quality/ and in content/generated/report.json:`,
    );
    // Warnings one line per code, with where the first one is; notes (merged cells read as
    // “same as above”, unnumbered items …) on one line.
    const byCode = (xs: typeof rest) => {
      const groups = new Map<string, typeof rest>();
      for (const x of xs) groups.set(x.code, [...(groups.get(x.code) ?? []), x]);
      return [...groups].sort(([a, ax], [b, bx]) => bx.length - ax.length || a.localeCompare(b));
    };
    for (const [code, xs] of byCode(rest.filter((x) => x.severity === 'warning')))
      lines.push(`    warning ${code} ×${xs.length}, e.g. ${xs[0]!.file}:${xs[0]!.line ?? '-'}`);
    const notes = byCode(rest.filter((x) => x.severity !== 'warning'));
    if (notes.length > 0) lines.push(`    notes: ${notes.map(([code, xs]) => `${code} ×${xs.length}`).join(', ')}`);
  }
  lines.push(
    r.ok
      ? 'ingest OK'
      : r.failures.length
        ? `ingest: ${r.failures.length} source(s) skipped (listed on /quality/); the others are published`
        : 'ingest FAILED: coverage below 100%, errors found, or permalinks not as recorded',
  );
  return lines.join('\n');
}
