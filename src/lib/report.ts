// The ingest report (content/generated/report.json), read at build time. Read from
// disk rather than imported, so that type-checking does not need a generated file.
import { readFileSync } from 'node:fs';
import type { IngestReport } from '../../pipeline/publish/report.ts';

let cache: IngestReport | null = null;

export function loadReport(): IngestReport {
  cache ??= JSON.parse(readFileSync('content/generated/report.json', 'utf8')) as IngestReport;
  return cache;
}
