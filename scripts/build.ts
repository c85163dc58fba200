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
//
// --stage ingest|astro|pagefind|check runs that stage alone: `npm run bench` times each and
// measures its memory in a process of its own. Stages run alone share dist.stages/ (a pid-named
// folder would not outlive its process); `check` is the last and swaps it in for dist/, so a
// staged build publishes only after the coverage check too.
//
// --shard 湖北省 builds one shard of a country's corpus: only the manifest entries whose place
// lies within 湖北省 (pipeline/publish/shard.ts). SEARCH_SHARDS=https://a.example/,https://b.example/
// names the other shards' sites, whose search indexes this site's search merges with its own.
// Each stage imports what it needs when it runs, so a stage run alone loads nothing else.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { acquireLock, LockedError } from './lock.ts';
import { removeLeftovers, replaceDir, tempDirFor } from './replaceDir.ts';

const DIST = 'dist';
const STAGES = ['ingest', 'astro', 'pagefind', 'check'] as const;
type Stage = (typeof STAGES)[number];
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const args = process.argv.slice(2);
const only = args.includes('--stage') ? args[args.indexOf('--stage') + 1] : undefined;
const OUT = only === undefined ? tempDirFor(DIST) : `${DIST}.stages`;

function htmlFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

let ingested = false;
async function fail(message: string): Promise<never> {
  console.error(message);
  rmSync(OUT, { recursive: true, force: true });
  // What the ingest wrote is not to be published either: a plain `astro build` now refuses it.
  if (ingested) {
    const { markUnpublishable } = await import('../pipeline/publish/freshness.ts');
    markUnpublishable(process.cwd(), message.split('\n')[0]!);
  }
  console.error(`build FAILED: ${DIST}/ left as it was`);
  process.exit(1);
}

/** 1. Ingest: content/sources → content/generated (its summary groups the anomalies). Returns the sources left out. */
async function ingest(strict: boolean, shard: string | undefined): Promise<string[]> {
  const { runIngest } = await import('../pipeline/publish/ingest.ts');
  const { formatSummary } = await import('../pipeline/publish/report.ts');
  const { SourceError } = await import('../pipeline/sources/errors.ts');
  try {
    const { report } = runIngest({ root: process.cwd(), strict, shard });
    ingested = true;
    console.log((shard ? `shard ${shard}: ` : '') + formatSummary(report));
    if (strict && !report.ok) await fail('ingest failed (--strict): see above');
    return report.failures.map((f) => f.file);
  } catch (err) {
    if (err instanceof SourceError) await fail(err.message);
    throw err;
  }
}

/** 2. Astro: the pages and the open-data files, into the temporary folder. */
async function astro(): Promise<void> {
  const at = performance.now();
  rmSync(OUT, { recursive: true, force: true });
  const { build } = await import('astro');
  try {
    await build({ root: process.cwd(), logLevel: 'warn', outDir: OUT });
  } catch (err) {
    await fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  console.log(`astro: ${htmlFiles(OUT)} pages written in ${seconds(at)}`);
}

/**
 * 3. Pagefind: the search index, from the pages' data-pagefind-* markup, in one bundle or,
 * for a large corpus, several (src/search/bundles.ts), each indexed and written before the
 * next is begun, so Pagefind's memory holds one bundle's pages at a time. Only the pages that
 * have a data-pagefind-body (documents and measures) are handed to it: Pagefind keeps every
 * page it is given until the end, ~200 KB for each agency or chain page it would then drop.
 */
async function index(): Promise<void> {
  const at = performance.now();
  const pagefind = await import('pagefind');
  const { planBundles, provinceOrder } = await import('../src/search/bundles.ts');
  const read = <T>(name: string): T => JSON.parse(readFileSync(join('content/generated', name), 'utf8')) as T;
  const documents = read<Array<{ id: string; jurisdiction: string; measureCount: number }>>('documents.json');
  const places = new Map(
    read<Array<{ id: string; parent: string | null; code: string | null }>>('jurisdictions.json').map((p) => [p.id, p]),
  );
  const bundles = planBundles(documents, provinceOrder(places));
  let pages = 0;
  for (const bundle of bundles) {
    const { index, errors } = await pagefind.createIndex();
    if (!index) return fail(`pagefind: ${errors.join('\n')}`);
    for (const id of bundle.documents) {
      for (const [file, content] of bodyPages(join(OUT, 'docs', id))) {
        const added = await index.addHTMLFile({ sourcePath: relative(OUT, file), content });
        if (added.errors.length > 0) await fail(`pagefind: ${file}: ${added.errors.join('\n')}`);
        pages++;
      }
    }
    const written = await index.writeFiles({ outputPath: join(OUT, bundle.path) });
    if (written.errors.length > 0) await fail(`pagefind: ${written.errors.join('\n')}`);
    await index.deleteIndex();
  }
  await pagefind.close();
  // For other sites whose search merges this one's (SEARCH_SHARDS): where its bundles are.
  writeFileSync(join(OUT, 'search/bundles.json'), JSON.stringify({ version: 1, bundles: bundles.map((b) => b.path) }) + '\n');
  const paths = bundles.map((b) => b.path).join(', ');
  console.log(`pagefind: ${pages} pages indexed in ${bundles.length} bundle${bundles.length > 1 ? 's' : ''} (${paths}) in ${seconds(at)}`);
}

/** A document's page and its measure pages: the index.html files under its folder that Pagefind indexes. */
function bodyPages(dir: string): Array<[file: string, html: string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        if (html.includes('data-pagefind-body')) out.push([full, html]);
      }
    }
  };
  walk(dir);
  return out;
}

/** 4. Coverage of what is published: every source line on its page and in the open data. */
async function check(): Promise<void> {
  const at = performance.now();
  const { checkPublished } = await import('./check-coverage.ts');
  const { formatSiteCoverage } = await import('../pipeline/publish/siteCoverage.ts');
  const coverage = checkPublished(process.cwd(), OUT);
  if (!coverage.ok) await fail(formatSiteCoverage(coverage));
  console.log(`check: ${formatSiteCoverage(coverage)} (${seconds(at)})`);
}

if (only !== undefined && !(STAGES as readonly string[]).includes(only)) {
  console.error(`--stage ${only}: expected one of ${STAGES.join(', ')}`);
  process.exit(2);
}
const runs = (stage: Stage) => only === undefined || only === stage;

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
const strict = args.includes('--strict') || process.env.ZCQD_STRICT === '1';
// Astro's guard (astro.config.mjs) reads it too.
if (strict) process.env.ZCQD_STRICT = '1';
const shard = args.includes('--shard') ? args[args.indexOf('--shard') + 1] : process.env.ZCQD_SHARD || undefined;

const skipped = runs('ingest') ? await ingest(strict, shard) : [];
if (runs('astro')) await astro();
if (runs('pagefind')) await index();
if (runs('check')) {
  await check();
  // 5. Publish: the new site replaces dist/ whole.
  replaceDir(OUT, DIST);
}
lock.release();
if (only === undefined)
  console.log(
    skipped.length
      ? `build OK: ${DIST}/ in ${seconds(start)} — ${skipped.length} source(s) left out, listed on /quality/: ${skipped.join(', ')}`
      : `build OK: ${DIST}/ in ${seconds(start)}`,
  );
