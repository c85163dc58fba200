// npm run build — sources → dist/: ingest, Astro, Pagefind, one short summary per stage.
//
// Astro runs at log level "warn", so its list of every route written (one line per page,
// ~600 lines) is left out while its warnings and errors still print; Pagefind runs through
// its Node API, which reports the pages it indexed. Any failure prints in full, removes
// dist/ (a failed build leaves nothing publishable behind) and exits 1.
//
// --stage ingest|astro|pagefind runs that stage alone: `npm run bench` times each and measures
// its memory in a process of its own.
//
// --shard 湖北省 builds one shard of a country's corpus: only the manifest entries whose place
// lies within 湖北省 (pipeline/publish/shard.ts). SEARCH_SHARDS=https://a.example/,https://b.example/
// names the other shards' sites, whose search indexes this site's search merges with its own.
// Each stage imports what it needs when it runs, so a stage run alone loads nothing else.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';
const STAGES = ['ingest', 'astro', 'pagefind'] as const;
type Stage = (typeof STAGES)[number];
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function htmlFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

function fail(message: string): never {
  console.error(message);
  rmSync(DIST, { recursive: true, force: true });
  console.error(`build FAILED: ${DIST}/ removed`);
  process.exit(1);
}

/** 1. Ingest: content/sources → content/generated (its summary groups the anomalies). Returns the sources left out. */
async function ingest(strict: boolean, shard: string | undefined): Promise<string[]> {
  const { runIngest } = await import('../pipeline/publish/ingest.ts');
  const { formatSummary } = await import('../pipeline/publish/report.ts');
  const { SourceError } = await import('../pipeline/sources/errors.ts');
  try {
    const { report } = runIngest({ root: process.cwd(), shard });
    console.log((shard ? `shard ${shard}: ` : '') + formatSummary(report));
    if (strict && !report.ok) fail('ingest failed (--strict): see above');
    return report.failures.map((f) => f.file);
  } catch (err) {
    if (err instanceof SourceError) fail(err.message);
    throw err;
  }
}

/** 2. Astro: the pages and the open-data files. */
async function astro(): Promise<void> {
  const at = performance.now();
  const { build } = await import('astro');
  try {
    await build({ root: process.cwd(), logLevel: 'warn' });
  } catch (err) {
    fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  console.log(`astro: ${htmlFiles(DIST)} pages written to ${DIST}/ in ${seconds(at)}`);
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
    if (!index) fail(`pagefind: ${errors.join('\n')}`);
    for (const id of bundle.documents) {
      for (const [file, content] of bodyPages(join(DIST, 'docs', id))) {
        const added = await index.addHTMLFile({ sourcePath: relative(DIST, file), content });
        if (added.errors.length > 0) fail(`pagefind: ${file}: ${added.errors.join('\n')}`);
        pages++;
      }
    }
    const written = await index.writeFiles({ outputPath: join(DIST, bundle.path) });
    if (written.errors.length > 0) fail(`pagefind: ${written.errors.join('\n')}`);
    await index.deleteIndex();
  }
  await pagefind.close();
  // For other sites whose search merges this one's (SEARCH_SHARDS): where its bundles are.
  writeFileSync(join(DIST, 'search/bundles.json'), JSON.stringify({ version: 1, bundles: bundles.map((b) => b.path) }) + '\n');
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

const start = performance.now();
const args = process.argv.slice(2);
// --strict (tests, CI): any source that fails or loses text fails the build. By default a
// bad source is skipped, listed on /quality/ and named in the summary, and the others publish.
const strict = args.includes('--strict') || process.env.ZCQD_STRICT === '1';
const only = args.includes('--stage') ? args[args.indexOf('--stage') + 1] : undefined;
if (only !== undefined && !(STAGES as readonly string[]).includes(only)) fail(`--stage ${only}: expected one of ${STAGES.join(', ')}`);
const runs = (stage: Stage) => only === undefined || only === stage;

const shard = args.includes('--shard') ? args[args.indexOf('--shard') + 1] : process.env.ZCQD_SHARD || undefined;
const skipped = runs('ingest') ? await ingest(strict, shard) : [];
if (runs('astro')) await astro();
if (runs('pagefind')) await index();

if (only === undefined)
  console.log(
    skipped.length
      ? `build OK: ${DIST}/ in ${seconds(start)} — ${skipped.length} source(s) left out, listed on /quality/: ${skipped.join(', ')}`
      : `build OK: ${DIST}/ in ${seconds(start)}`,
  );
