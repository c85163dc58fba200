// npm run bench [-- --scale 10|100|300|1,10,100] [-- --keep] [-- --dist dist]
//
// Builds the site from corpora derived from the bundled sources (scripts/bench/corpus.ts: copy
// 0 is the bundled corpus, "seeds" below; every further copy a new document of another real
// place) in throw-away projects, never in content/ or dist/, and prints for each scale:
//   - time and peak memory of ingest, astro and pagefind, each a process of its own, and the
//     growth exponent k of each stage between scales;
//   - bytes (raw and gzip) per page type;
//   - for representative queries in Chromium, bytes transferred and time to first results,
//     cold and warm, on our search page and on bare Pagefind's JS API over the same dist/;
//   - Lighthouse on home, a measure, an agency, a document and the search page with a query;
//   - the budgets of issue 13, PASS or FAIL. Exits 1 when a budget fails.
// Default: seeds, 10× and 100× in full, and the 300× build. --scale N runs scale N in full.
// --dist DIR benchmarks the search of an already built site (e.g. `npm run build` then
// `npm run bench -- --dist dist`) and nothing else. --keep keeps the projects (their paths print).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';
import { BUDGET, GIB, KB, STAGES, growth, verdicts, type ScaleFigures, type StageFigures } from './bench/budgets.ts';
import { lighthouseRun, type LighthouseRun } from './bench/lighthouse.ts';
import { runStage } from './bench/measure.ts';
import { siteBytes } from './bench/pages.ts';
import { makeBenchProject } from './bench/project.ts';
import { benchQueries, emptySearchPage, QUERIES, WARM_UP, type QueryRun } from './bench/search.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const keep = args.includes('--keep');
const scaleArg = option('--scale');
const distArg = option('--dist');
const FULL_UP_TO = 100;
const scales = scaleArg ? scaleArg.split(',').map(Number) : [1, 10, 100, 300];
if (scales.some((s) => !Number.isInteger(s) || s < 1)) {
  console.error(`--scale ${scaleArg}: expected whole numbers ≥ 1, e.g. 10 or 1,10,100`);
  process.exit(2);
}
/** Scales whose search is benchmarked: all named with --scale, else up to 100×. */
const searched = (scale: number) => scaleArg !== undefined || scale <= FULL_UP_TO;

const fmt = {
  s: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  ms: (ms: number) => `${ms.toFixed(0)} ms`,
  kb: (n: number) => (n >= 10 * 1024 * KB ? `${(n / KB / KB).toFixed(1)} MB` : `${(n / KB).toFixed(1)} KB`),
  mem: (n: number) => (n >= GIB ? `${(n / GIB).toFixed(2)} GiB` : `${(n / KB / KB).toFixed(0)} MiB`),
  scale: (s: number) => (s === 1 ? 'seeds' : `${s}×`),
};

function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const cols = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat(cols[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? htmlPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

async function buildScale(scale: number): Promise<{ root: string; figures: ScaleFigures; documents: number }> {
  const t0 = performance.now();
  const { root, corpus } = makeBenchProject(scale);
  console.log(`\n## ${fmt.scale(scale)}: ${corpus.length} sources in ${root} (written in ${fmt.s(performance.now() - t0)})`);
  const stages: StageFigures[] = [];
  for (const stage of STAGES) {
    const run = await runStage(process.execPath, ['scripts/build.ts', '--stage', stage], root, { ASTRO_TELEMETRY_DISABLED: '1' });
    const pagefindPeak = run.processes.filter((p) => p.name.startsWith('pagefind')).reduce((n, p) => Math.max(n, p.peak), 0);
    const summary = run.output.split('\n').find((l) => l.startsWith(`${stage}:`)) ?? '';
    stages.push({
      stage,
      ms: run.ms,
      cpuMs: run.cpuMs,
      peak: run.peak,
      ...(stage === 'pagefind' ? { pagefindPeak } : {}),
      ok: run.code === 0,
    });
    console.log(
      `${stage}: ${run.code === 0 ? 'ok' : 'FAILED'} in ${fmt.s(run.ms)} (CPU ${fmt.s(run.cpuMs)}), peak ${fmt.mem(run.peak)} — ${summary.trim()}`,
    );
    // A stage can pass while the ingest read a source only in part (the build publishes what it
    // read whole; the site check then fails closed): print the sources below 100% and their lost
    // lines, so a misread source shows here and not only as a failed check half an hour later.
    const partial = run.output.split('\n').filter((l) => /: coverage [\d.]+% of |^\s+LOST /.test(l));
    if (partial.length > 0)
      console.log([...partial.slice(0, 12), ...(partial.length > 12 ? [`  … ${partial.length - 12} more`] : [])].join('\n'));
    if (run.code !== 0) {
      console.log(run.output.split('\n').slice(-30).join('\n'));
      break;
    }
  }
  const dist = join(root, 'dist');
  const pages = existsSync(dist) ? htmlPages(dist) : 0;
  const figures: ScaleFigures = { scale, pages, stages };
  if (existsSync(join(dist, 'sitemap-index.xml'))) {
    const maps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const urls = maps.map((f) => (readFileSync(join(dist, f), 'utf8').match(/<loc>/g) ?? []).length);
    figures.sitemap = { files: maps.length, maxUrls: Math.max(0, ...urls) };
  }
  return { root, figures, documents: corpus.length };
}

/** A measure, an agency and a document of the bundled corpus (copy 0), present at every scale. */
function samplePages(dist: string): Array<{ name: string; path: string }> {
  const measures = JSON.parse(readFileSync(join(dist, 'data/measures.json'), 'utf8')) as Array<{ url: string; amounts: unknown[] }>;
  const measure = measures.find((m) => m.url.startsWith('/docs/tianzhengbanfa-2023-1/') && m.amounts.length > 0) ?? measures[0]!;
  const agencies = JSON.parse(readFileSync(join(dist, 'data/agencies.json'), 'utf8')) as Array<{ url: string }>;
  const agency = agencies.find((a) => a.url.startsWith('/agencies/tianmen/')) ?? agencies[0]!;
  return [
    { name: 'home', path: '/' },
    { name: 'measure', path: measure.url },
    { name: 'agency', path: agency.url },
    { name: 'document', path: '/docs/tianzhengbanfa-2023-1/' },
    { name: 'search ?q=补贴', path: `/search/?q=${encodeURIComponent('补贴')}` },
  ];
}

function printQueries(runs: QueryRun[]): void {
  const rows = [
    ['query', 'kind', 'run', 'site: req', 'bytes', 'gzip', 'first results', 'results', 'bare: req', 'gzip', 'first results', 'results'],
  ];
  for (const { q, what } of QUERIES) {
    for (const run of ['cold', 'warm'] as const) {
      const s = runs.find((r) => r.query === q && r.engine === 'site' && r.run === run);
      const b = runs.find((r) => r.query === q && r.engine === 'bare' && r.run === run);
      if (!s || !b) continue;
      rows.push([
        q,
        what,
        run,
        String(s.requests),
        fmt.kb(s.raw),
        fmt.kb(s.gzip),
        fmt.ms(s.ms),
        String(s.results ?? '-'),
        String(b.requests),
        fmt.kb(b.gzip),
        fmt.ms(b.ms),
        String(b.results ?? '-'),
      ]);
    }
  }
  console.log(table(rows));
}

async function benchSearch(browser: Browser, dist: string, scale: number): Promise<Pick<ScaleFigures, 'queries' | 'emptyPage'>> {
  const server = await serveDist(dist);
  try {
    const emptyPage = scale === 1 ? await emptySearchPage(browser, server.url) : undefined;
    const queries = await benchQueries(browser, server.url, dist, QUERIES);
    printQueries(queries);
    console.log(
      `cold: fresh context, page opened with the query, time from navigation start; warm: the page after a search for “${WARM_UP}”, time from submit, median of 3. bare: Pagefind's JS API on the same dist/, search + data() of the first 20 results.`,
    );
    if (emptyPage)
      console.log(
        `empty /search/: before typing ${emptyPage.beforeTyping.length} index requests; after typing one character ${emptyPage.afterTyping.length}`,
      );
    return { queries, ...(emptyPage ? { emptyPage } : {}) };
  } finally {
    await server.close();
  }
}

async function benchLighthouse(dist: string): Promise<LighthouseRun[]> {
  const server = await serveDist(dist);
  try {
    const runs: LighthouseRun[] = [];
    for (const { name, path } of samplePages(dist)) runs.push(await lighthouseRun(name, server.url + path));
    console.log(
      table([
        ['page', 'performance', 'accessibility', 'best-practices', 'seo', 'CLS', 'audits below 0.9'],
        ...runs.map((r) => [
          `${r.name} ${decodeURIComponent(new URL(r.url).pathname + new URL(r.url).search)}`,
          String(r.scores.performance),
          String(r.scores.accessibility),
          String(r.scores['best-practices']),
          String(r.scores.seo),
          r.cls.toFixed(3),
          r.failing.map((f) => `${f.id} ${f.score}`).join(', '),
        ]),
      ]),
    );
    return runs;
  } finally {
    await server.close();
  }
}

function printBytes(dist: string): void {
  const bytes = siteBytes(dist);
  console.log(
    table([
      ['type', 'files', 'raw total', 'gzip total', 'raw / file', 'gzip / file', 'largest'],
      ...bytes.map((b) => [
        b.type,
        String(b.files),
        fmt.kb(b.raw),
        fmt.kb(b.gzip),
        fmt.kb(b.raw / b.files),
        fmt.kb(b.gzip / b.files),
        fmt.kb(b.max),
      ]),
    ]),
  );
}

const figures: ScaleFigures[] = [];
let lighthouse: LighthouseRun[] = [];
const browser = await launchBrowser();
const projects: string[] = [];
try {
  if (distArg) {
    const f: ScaleFigures = { scale: 0, pages: htmlPages(distArg), stages: [] };
    Object.assign(f, await benchSearch(browser, distArg, 0));
  } else {
    for (const scale of scales) {
      const { root, figures: f } = await buildScale(scale);
      projects.push(root);
      figures.push(f);
      const dist = join(root, 'dist');
      if (f.stages.length === STAGES.length && f.stages.every((s) => s.ok)) {
        console.log(
          `${f.pages} pages; ${f.sitemap?.files ?? 0} sitemaps under sitemap-index.xml, the largest ${f.sitemap?.maxUrls ?? 0} URLs`,
        );
        printBytes(dist);
        if (searched(scale)) Object.assign(f, await benchSearch(browser, dist, scale));
      }
      const last = scales.filter(searched).at(-1);
      if (scale === last && f.stages.every((s) => s.ok)) lighthouse = await benchLighthouse(dist);
      if (!keep) rmSync(root, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

if (!distArg) {
  console.log('\n## Build');
  console.log(
    table([
      ['scale', 'pages', 'ingest (CPU)', 'peak', 'astro (CPU)', 'peak', 'pagefind (CPU)', 'peak (binary)', 'check (CPU)', 'peak'],
      ...figures.map((f) => {
        const s = (n: string) => f.stages.find((x) => x.stage === n);
        const cell = (n: string) => (s(n) ? `${fmt.s(s(n)!.ms)} (${fmt.s(s(n)!.cpuMs)})${s(n)!.ok ? '' : ' FAILED'}` : '-');
        return [
          fmt.scale(f.scale),
          String(f.pages),
          cell('ingest'),
          s('ingest') ? fmt.mem(s('ingest')!.peak) : '-',
          cell('astro'),
          s('astro') ? fmt.mem(s('astro')!.peak) : '-',
          cell('pagefind'),
          s('pagefind') ? `${fmt.mem(s('pagefind')!.peak)} (${fmt.mem(s('pagefind')!.pagefindPeak ?? 0)})` : '-',
          cell('check'),
          s('check') ? fmt.mem(s('check')!.peak) : '-',
        ];
      }),
    ]),
  );
  const k = growth(figures);
  if (k.length > 0)
    console.log(
      '\ngrowth exponent k (CPU time ∝ pages^k): ' +
        k.map((g) => `${g.stage} ${fmt.scale(g.from)}→${fmt.scale(g.to)} ${g.k.toFixed(2)}`).join(', '),
    );
  const v = verdicts(figures, QUERIES, lighthouse);
  console.log('\n## Budgets');
  for (const x of v) console.log(`${x.pass ? 'PASS' : 'FAIL'}  ${x.budget}: ${x.figure}`);
  const failed = v.filter((x) => !x.pass).length;
  console.log(
    `\n${v.length - failed} passed, ${failed} failed (budgets: warm ≤ ${BUDGET.warmVsBare}× bare and ≤ ${BUDGET.warmMs} ms at 100×, …)`,
  );
  if (keep) console.log(`projects kept: ${projects.join(' ')}`);
  process.exit(failed > 0 ? 1 : 0);
}
