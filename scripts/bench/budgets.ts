// The budgets of issue 13, checked against measured figures: each a line that PASSes or
// FAILs, with the figure it was judged on. Not assertions in tests (timings vary with the
// machine); `npm run bench` prints them and exits 1 when one fails.
import type { Category, LighthouseRun } from './lighthouse.ts';
import type { BenchQuery, EmptyPage, QueryRun } from './search.ts';

/** The build's stages, each run and measured in a process of its own (scripts/build.ts --stage). */
export const STAGES = ['ingest', 'astro', 'pagefind', 'check'] as const;

export const KB = 1024;
export const GIB = 1024 ** 3;

export const BUDGET = {
  /** at 100×: a query's warm time against bare Pagefind's on the same dist/ */
  warmVsBare: 1.2,
  warmMs: 200,
  coldGzip: 300 * KB,
  amountColdGzip: 60 * KB,
  /** at seeds */
  seedColdGzip: 150 * KB,
  growth: 1.1,
  pagefindPeak: 4 * GIB,
  lighthouse: 95,
} as const;

export interface StageFigures {
  stage: string;
  /** wall time */
  ms: number;
  /** CPU time of the stage's processes: what growth is judged on (the machine is shared) */
  cpuMs: number;
  peak: number;
  /** the Pagefind binary's own peak, for the pagefind stage */
  pagefindPeak?: number;
  ok: boolean;
}

export interface ScaleFigures {
  scale: number;
  pages: number;
  /** sitemap files under the index, and the most URLs one holds */
  sitemap?: { files: number; maxUrls: number };
  stages: StageFigures[];
  queries?: QueryRun[];
  emptyPage?: EmptyPage;
}

export interface Verdict {
  budget: string;
  figure: string;
  pass: boolean;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const gib = (n: number) => `${(n / GIB).toFixed(2)} GiB`;

/**
 * Growth exponents of CPU time between consecutive scales of at least 10× (below that, start-up
 * costs dominate), against the number of pages built.
 */
export function growth(figures: ScaleFigures[]): Array<{ stage: string; from: number; to: number; k: number }> {
  const big = figures.filter((f) => f.scale >= 10 && f.stages.every((s) => s.ok)).sort((a, b) => a.scale - b.scale);
  const out: Array<{ stage: string; from: number; to: number; k: number }> = [];
  for (let i = 1; i < big.length; i++) {
    const a = big[i - 1]!;
    const b = big[i]!;
    for (const s of b.stages) {
      const before = a.stages.find((x) => x.stage === s.stage);
      if (before)
        out.push({ stage: s.stage, from: a.scale, to: b.scale, k: Math.log(s.cpuMs / before.cpuMs) / Math.log(b.pages / a.pages) });
    }
  }
  return out;
}

export function verdicts(figures: ScaleFigures[], queries: BenchQuery[], lighthouse: LighthouseRun[]): Verdict[] {
  const out: Verdict[] = [];
  const at = (scale: number) => figures.find((f) => f.scale === scale);
  const runOf = (f: ScaleFigures, q: string, engine: 'site' | 'bare', run: 'cold' | 'warm') =>
    f.queries?.find((r) => r.query === q && r.engine === engine && r.run === run);

  const hundred = at(100);
  if (hundred?.queries) {
    for (const { q, amount } of queries) {
      const site = runOf(hundred, q, 'site', 'warm');
      const bare = runOf(hundred, q, 'bare', 'warm');
      if (site && bare) {
        out.push({
          budget: `100× ${q}: warm ≤ ${BUDGET.warmVsBare}× bare Pagefind`,
          figure: `${site.ms.toFixed(0)} ms vs ${bare.ms.toFixed(0)} ms (${(site.ms / bare.ms).toFixed(2)}×)`,
          pass: site.ms <= BUDGET.warmVsBare * bare.ms,
        });
        out.push({ budget: `100× ${q}: warm ≤ ${BUDGET.warmMs} ms`, figure: `${site.ms.toFixed(0)} ms`, pass: site.ms <= BUDGET.warmMs });
      }
      const cold = runOf(hundred, q, 'site', 'cold');
      if (cold) {
        const limit = amount ? BUDGET.amountColdGzip : BUDGET.coldGzip;
        out.push({ budget: `100× ${q}: cold ≤ ${kb(limit)} gzip`, figure: kb(cold.gzip), pass: cold.gzip <= limit });
      }
    }
  }
  const seeds = at(1);
  if (seeds?.queries) {
    for (const { q } of queries) {
      const cold = runOf(seeds, q, 'site', 'cold');
      if (cold)
        out.push({
          budget: `seeds ${q}: cold ≤ ${kb(BUDGET.seedColdGzip)} gzip`,
          figure: kb(cold.gzip),
          pass: cold.gzip <= BUDGET.seedColdGzip,
        });
    }
  }
  if (seeds?.emptyPage) {
    const { beforeTyping, afterTyping } = seeds.emptyPage;
    out.push({
      budget: 'seeds: the empty search page loads no index until the reader types',
      figure: `before typing: ${beforeTyping.join(', ') || 'nothing'}; after: ${afterTyping.length} index requests`,
      pass: beforeTyping.length === 0 && afterTyping.length > 0,
    });
  }
  for (const f of figures) {
    if (f.sitemap && f.scale >= 100)
      out.push({
        budget: `${f.scale}× sitemap index: every sitemap ≤ 50,000 URLs`,
        figure: `${f.sitemap.files} sitemaps, the largest ${f.sitemap.maxUrls} URLs`,
        pass: f.sitemap.maxUrls <= 50_000,
      });
  }
  for (const g of growth(figures)) {
    out.push({
      budget: `${g.stage} ${g.from}×→${g.to}×: growth k ≤ ${BUDGET.growth}`,
      figure: `k = ${g.k.toFixed(2)}`,
      pass: g.k <= BUDGET.growth,
    });
  }
  const pf = hundred?.stages.find((s) => s.stage === 'pagefind');
  if (pf) {
    const peak = pf.pagefindPeak ?? pf.peak;
    out.push({
      budget: `100× Pagefind peak memory ≤ ${gib(BUDGET.pagefindPeak)}`,
      figure: gib(peak),
      pass: pf.ok && peak <= BUDGET.pagefindPeak,
    });
  }
  const big = at(300);
  if (big) {
    out.push({
      budget: '300× builds on this machine',
      figure: big.stages
        .map((s) => `${s.stage} ${s.ok ? 'ok' : 'FAILED'} in ${(s.ms / 1000).toFixed(0)} s, peak ${gib(s.peak)}`)
        .join('; '),
      pass: big.stages.length === STAGES.length && big.stages.every((s) => s.ok),
    });
  }
  for (const run of lighthouse) {
    const low = (Object.entries(run.scores) as Array<[Category, number]>).filter(([, s]) => s < BUDGET.lighthouse);
    out.push({
      budget: `Lighthouse ${run.name}: every category ≥ ${BUDGET.lighthouse}`,
      figure: Object.entries(run.scores)
        .map(([c, s]) => `${c} ${s}`)
        .join(', '),
      pass: low.length === 0,
    });
    if (run.name.startsWith('search'))
      out.push({ budget: `Lighthouse ${run.name}: CLS 0`, figure: run.cls.toFixed(3), pass: run.cls === 0 });
  }
  return out;
}
