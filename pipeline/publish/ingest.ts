// The ingest stage end to end: read the manifest and data files, assemble the
// collections, write them (and the canonical Markdown and the report) to disk.
//
// Fail closed: everything is written into a temporary folder next to the output and
// swapped in only when ingest got that far; an error in the manifest or the registries
// (or, under --strict, any error) leaves the previous output untouched and nothing new.
// The report records a hash of every input (freshness.ts), so that a build refuses output
// that no longer matches its sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseManifest } from '../sources/manifest.ts';
import { parseLocalPlaces } from '../sources/jurisdictions.ts';
import { createPlaceRegistry } from '../sources/places.ts';
import { SourceError } from '../sources/errors.ts';
import { parseAgencyRegistry } from '../extract/agencies.ts';
import { Anomaly, SiteInfo } from '../schema.ts';
import { validityStatus } from '../extract/validity.ts';
import { assemble, memoryStore, type CanonicalStore, type Collections, type SourceInput } from './assemble.ts';
import { headCommitDate, siteDate } from './siteDate.ts';
import { fingerprint } from './freshness.ts';
import { changeDate, parseLedger, permalinkState, type LedgerComparison } from './ledger.ts';
import { buildReport, type IngestReport } from './report.ts';
import { inShard, shardPlace } from './shard.ts';

export interface IngestOptions {
  root: string; // project root: paths in records are relative to it
  manifest?: string | undefined; // default content/sources/manifest.yaml
  outDir?: string; // default content/generated
  write?: boolean;
  /** The environment to read SOURCE_DATE_EPOCH from (default process.env). */
  env?: Record<string, string | undefined>;
  /** Build one shard: only the entries whose place lies within this one (湖北省); see shard.ts. */
  shard?: string | undefined;
  /** --strict: a report that is not ok (a source failed, an error, text lost, a permalink changed) is not written. */
  strict?: boolean;
  /** The date permalink changes found now are dated with (default: the site's update date, siteDate.ts). */
  date?: string;
}

/**
 * The site's update date (SOURCE_DATE_EPOCH, else the commit date of HEAD, else the newest
 * date the sources print) and every validity's status as of that date.
 */
export function stampSiteDate(c: Collections, root: string, env: Record<string, string | undefined>): SiteInfo {
  const date = siteDate({
    sourceDateEpoch: env['SOURCE_DATE_EPOCH'],
    commitDate: env['SOURCE_DATE_EPOCH'] ? null : headCommitDate(root),
    sourceDates: [...c.documents.map((d) => d.date), ...c.issues.map((i) => i.date)],
  });
  for (const r of [...c.documents, ...c.measures]) r.validity.status = validityStatus(r.validity, date.asOf);
  return SiteInfo.parse({ id: 'site', ...date });
}

/** Canonical Markdown on disk: stage 1 writes the files, stage 2 reads them back. */
function diskStore(dir: string): CanonicalStore {
  mkdirSync(dir, { recursive: true });
  return {
    put: (id, md) => writeFileSync(join(dir, `${id}.md`), md),
    get: (id) => readFileSync(join(dir, `${id}.md`), 'utf8'),
    // content/generated/text/<file>.txt, beside canonical/ (see extractedTextPath).
    putText: (file, text) => {
      mkdirSync(join(dir, '../text'), { recursive: true });
      writeFileSync(join(dir, '../text', `${file.split('/').at(-1)}.txt`), text + '\n');
    },
  };
}

export const LEDGER_FILE = 'content/permalinks.lock';

export function runIngest(options: IngestOptions): {
  collections: Collections;
  report: IngestReport;
  site: SiteInfo;
  permalinks: LedgerComparison;
} {
  const root = options.root;
  // Hashed before anything is read: a file changed while the ingest runs makes the output stale, never silently current.
  const fingerprinted = fingerprint(root);
  const manifestPath = options.manifest ?? join(root, 'content/sources/manifest.yaml');
  const rel = (p: string) => relative(root, p) || p;
  const items = parseManifest(readFileSync(manifestPath, 'utf8'), rel(manifestPath));
  const places = createPlaceRegistry(
    parseLocalPlaces(readFileSync(join(root, 'content/jurisdictions.yaml'), 'utf8'), 'content/jurisdictions.yaml'),
  );
  const registry = parseAgencyRegistry(readFileSync(join(root, 'content/agencies.yaml'), 'utf8'), 'content/agencies.yaml');
  const ledgerPath = join(root, LEDGER_FILE);
  const hasLedger = existsSync(ledgerPath);
  const ledger = hasLedger ? parseLedger(readFileSync(ledgerPath, 'utf8'), LEDGER_FILE) : new Map();
  const sourceDir = resolve(manifestPath, '..');
  const seen = new Map<string, number>();
  const inputs: SourceInput[] = [];
  const early: Array<{ file: string; line: number | null; message: string }> = [];
  const shard = options.shard ? shardPlace(options.shard, places) : null;
  for (const { entry, line } of items) {
    const first = seen.get(entry.file);
    if (first !== undefined) throw new SourceError(rel(manifestPath), line, `${entry.file} is listed twice (first at line ${first})`);
    seen.set(entry.file, line);
    if (shard && !inShard(entry, shard, places)) continue;
    const path = resolve(sourceDir, entry.file);
    if (!path.startsWith(sourceDir + sep)) {
      throw new SourceError(rel(manifestPath), line, `${entry.file}: a source must be a file inside ${rel(sourceDir)}/`);
    }
    if (!existsSync(path)) {
      early.push({
        file: rel(manifestPath),
        line,
        message: `${rel(manifestPath)}:${line}: ${entry.file}: source file not found in ${rel(sourceDir)}/`,
      });
      continue;
    }
    inputs.push({ entry, path: rel(path), bytes: readFileSync(path), manifest: { file: rel(manifestPath), line } });
  }
  const outDir = options.outDir ?? join(root, 'content/generated');
  const write = options.write !== false;
  const tmp = `${outDir}.tmp-${process.pid}`;
  if (write) rmSync(tmp, { recursive: true, force: true });
  const store = write ? diskStore(join(tmp, 'canonical')) : memoryStore();
  try {
    const collections = assemble(inputs, places, registry, store);
    for (const f of early) {
      collections.failures.push(f);
      collections.anomalies.push(
        Anomaly.parse({
          severity: 'error',
          code: 'source-failed',
          file: f.file,
          line: f.line,
          message: `源文件未能收录：${f.message}`,
          document: null,
        }),
      );
    }
    // A file in content/sources/ that no entry names would silently not be published.
    const listed = new Set(items.map((i) => i.entry.file));
    for (const name of readdirSync(sourceDir).sort()) {
      if (name === 'manifest.yaml' || name.startsWith('.') || listed.has(name)) continue;
      collections.anomalies.push(
        Anomaly.parse({
          severity: 'warning',
          code: 'source-unlisted',
          file: rel(join(sourceDir, name)),
          line: null,
          message: `源文件 ${name} 不在 manifest.yaml 中，未收录`,
          document: null,
        }),
      );
    }
    const site = stampSiteDate(collections, root, options.env ?? process.env);
    // Permalinks: the site now against the ledger of every URL published before; a change
    // found now is dated with the site's update date (never the build clock).
    // A shard publishes part of the site: only the URLs of its own documents are its to keep
    // (the ledger's others are other shards' promises, not removed pages). A document dropped
    // from the manifest altogether is caught by the build of the whole corpus.
    const kept = shard ? new Set(collections.documents.map((d) => d.id)) : null;
    const own = kept ? new Map([...ledger].filter(([url]) => kept.has(/^\/docs\/([^/]+)\//.exec(url)?.[1] ?? ''))) : ledger;
    const permalinks = permalinkState(own, hasLedger, collections, options.date ?? site.asOf ?? changeDate(), LEDGER_FILE);
    collections.anomalies.push(...permalinks.anomalies);
    const report = buildReport(collections, { strict: options.strict ?? false, inputs: fingerprinted, permalinks: permalinks.state });
    if (write && (report.ok || !options.strict)) {
      writeCollections(collections, report, tmp);
      writeFileSync(join(tmp, 'site.json'), JSON.stringify([site], null, 1) + '\n');
      writeFileSync(join(tmp, 'permalinks.json'), JSON.stringify(permalinks.state, null, 1) + '\n');
      rmSync(outDir, { recursive: true, force: true });
      renameSync(tmp, outDir);
    }
    return { collections, report, site, permalinks: permalinks.comparison };
  } finally {
    if (write) rmSync(tmp, { recursive: true, force: true });
  }
}

export function writeCollections(c: Collections, report: IngestReport, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const json = (name: string, data: unknown) => writeFileSync(join(outDir, name), JSON.stringify(data, null, 1) + '\n');
  json('jurisdictions.json', c.jurisdictions);
  json('documents.json', c.documents);
  json('measures.json', c.measures);
  json('agencies.json', c.agencies);
  json('policies.json', c.policies);
  json('issues.json', c.issues);
  json('report.json', report);
}
