// The ingest stage end to end: read the manifest and data files, assemble the
// collections, write them (and the canonical Markdown and the report) to disk.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseManifest } from '../sources/manifest.ts';
import { parseLocalPlaces } from '../sources/jurisdictions.ts';
import { createPlaceRegistry } from '../sources/places.ts';
import { SourceError } from '../sources/decode.ts';
import { parseAgencyRegistry } from '../extract/agencies.ts';
import { assemble, type Collections, type SourceInput } from './assemble.ts';
import { buildReport, type IngestReport } from './report.ts';

export interface IngestOptions {
  root: string; // project root: paths in records are relative to it
  manifest?: string | undefined; // default content/sources/manifest.yaml
  outDir?: string; // default content/generated; null-ish to skip writing
  write?: boolean;
}

export function runIngest(options: IngestOptions): { collections: Collections; report: IngestReport } {
  const root = options.root;
  const manifestPath = options.manifest ?? join(root, 'content/sources/manifest.yaml');
  const rel = (p: string) => relative(root, p) || p;
  const entries = parseManifest(readFileSync(manifestPath, 'utf8'), rel(manifestPath));
  const places = createPlaceRegistry(
    parseLocalPlaces(readFileSync(join(root, 'content/jurisdictions.yaml'), 'utf8'), 'content/jurisdictions.yaml'),
  );
  const registry = parseAgencyRegistry(readFileSync(join(root, 'content/agencies.yaml'), 'utf8'), 'content/agencies.yaml');
  const sourceDir = join(manifestPath, '..');
  const seen = new Set<string>();
  const inputs: SourceInput[] = entries.map((entry) => {
    if (seen.has(entry.file)) throw new SourceError(rel(manifestPath), null, `${entry.file} is listed twice`);
    seen.add(entry.file);
    const path = join(sourceDir, entry.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new SourceError(rel(manifestPath), null, `${entry.file}: source file not found in ${rel(sourceDir)}/`);
    }
    return { entry, path: rel(path), bytes };
  });
  const collections = assemble(inputs, places, registry);
  const report = buildReport(collections);
  if (options.write !== false) writeCollections(collections, report, options.outDir ?? join(root, 'content/generated'));
  return { collections, report };
}

export function writeCollections(c: Collections, report: IngestReport, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'canonical'), { recursive: true });
  const json = (name: string, data: unknown) => writeFileSync(join(outDir, name), JSON.stringify(data, null, 1) + '\n');
  json('jurisdictions.json', c.jurisdictions);
  json('documents.json', c.documents);
  json('measures.json', c.measures);
  json('agencies.json', c.agencies);
  json('policies.json', c.policies);
  json('report.json', report);
  for (const { document, markdown } of c.canonical) writeFileSync(join(outDir, 'canonical', `${document}.md`), markdown);
}
