// npm run build — sources → dist/: ingest, Astro, Pagefind, the coverage check on the
// built pages, one short summary per stage.
//
// Fail closed. One build at a time (.build.lock, scripts/lock.ts). The site is built into
// dist.tmp-<pid>/ and replaces dist/ whole only when every stage passed, the check that
// every source line is on its page and in the open data included (scripts/check-coverage.ts);
// a failed or interrupted build (Ctrl-C, kill) removes its temporary folder and leaves the
// previous dist/ as it was. Astro itself refuses a stale or failed ingest report
// (astro.config.mjs), so a plain `astro build` cannot publish one either.
//
// Astro runs at log level "warn", so its list of every route written (one line per page,
// ~600 lines) is left out while its warnings and errors still print; Pagefind runs through
// its Node API, which reports the pages it indexed.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { markUnpublishable } from '../pipeline/publish/freshness.ts';
import { formatSummary } from '../pipeline/publish/report.ts';
import { formatSiteCoverage } from '../pipeline/publish/siteCoverage.ts';
import { SourceError } from '../pipeline/sources/errors.ts';
import { checkPublished } from './check-coverage.ts';
import { acquireLock, LockedError } from './lock.ts';
import { removeLeftovers, replaceDir, tempDirFor } from './replaceDir.ts';

const DIST = 'dist';
const OUT = tempDirFor(DIST);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function htmlFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

let ingested = false;
function fail(message: string): never {
  console.error(message);
  rmSync(OUT, { recursive: true, force: true });
  // What the ingest wrote is not to be published either: a plain `astro build` now refuses it.
  if (ingested) markUnpublishable(process.cwd(), message.split('\n')[0]!);
  console.error(`build FAILED: ${DIST}/ left as it was`);
  process.exit(1);
}

let lock;
try {
  lock = acquireLock('.build.lock', 'build');
} catch (e) {
  if (e instanceof LockedError) {
    console.error(`build REFUSED: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
// Interrupted: remove the half-built folder (the lock goes with the process); dist/ is untouched.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    rmSync(OUT, { recursive: true, force: true });
    console.error(`build INTERRUPTED (${signal}): ${DIST}/ left as it was`);
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
  });
}
removeLeftovers(DIST);

const start = performance.now();

// --strict (tests, CI): any source that fails or loses text fails the build. By default a
// bad source is skipped, listed on /quality/ and named in the summary, and the others publish.
const strict = process.argv.includes('--strict') || process.env.ZCQD_STRICT === '1';
// Astro's guard (astro.config.mjs) reads it too.
if (strict) process.env.ZCQD_STRICT = '1';

// 1. Ingest: content/sources → content/generated (its summary groups the anomalies).
const skipped: string[] = [];
try {
  const { report } = runIngest({ root: process.cwd(), strict });
  ingested = true;
  console.log(formatSummary(report));
  if (strict && !report.ok) fail('ingest failed (--strict): see above');
  skipped.push(...report.failures.map((f) => f.file));
} catch (err) {
  if (err instanceof SourceError) fail(err.message);
  throw err;
}

// 2. Astro: the pages and the open-data files, into the temporary folder.
let at = performance.now();
try {
  await build({ root: process.cwd(), logLevel: 'warn', outDir: OUT });
} catch (err) {
  fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
}
console.log(`astro: ${htmlFiles(OUT)} pages written in ${seconds(at)}`);

// 3. Pagefind: the search index, from the pages' data-pagefind-* markup.
at = performance.now();
const { index, errors } = await pagefind.createIndex();
if (!index) fail(`pagefind: ${errors.join('\n')}`);
const added = await index.addDirectory({ path: OUT });
if (added.errors.length > 0) fail(`pagefind: ${added.errors.join('\n')}`);
const written = await index.writeFiles({ outputPath: join(OUT, 'pagefind') });
if (written.errors.length > 0) fail(`pagefind: ${written.errors.join('\n')}`);
await pagefind.close();
// Only pages with data-pagefind-body (measures and documents) are indexed; the entry file says how many.
const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(
  readFileSync(join(OUT, 'pagefind', 'pagefind-entry.json'), 'utf8'),
);
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
console.log(`pagefind: ${indexed} of ${added.page_count} pages indexed in ${seconds(at)}`);

// 4. Coverage of what is published: every source line on its page and in the open data.
at = performance.now();
const coverage = checkPublished(process.cwd(), OUT);
if (!coverage.ok) fail(formatSiteCoverage(coverage));
console.log(`${formatSiteCoverage(coverage)} (${seconds(at)})`);

// 5. Publish: the new site replaces dist/ whole.
replaceDir(OUT, DIST);
lock.release();
console.log(
  skipped.length
    ? `build OK: ${DIST}/ in ${seconds(start)} — ${skipped.length} source(s) left out, listed on /quality/: ${skipped.join(', ')}`
    : `build OK: ${DIST}/ in ${seconds(start)}`,
);
