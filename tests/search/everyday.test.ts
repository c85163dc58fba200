// The everyday query set (everyday.yaml): questions as citizens type them, each with the
// measures that answer it, read from the documents. Every query runs in Chromium twice over
// the same dist/: through our search page, and through plain Pagefind (its JS API, default
// options, no re-ranking) as the reference. Prints hit@3 of both, by kind of query, and how
// many Pagefind searches our page ran per query; fails below 0.9.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { documents, measures, search, useHarness } from './helpers.ts';

const KINDS = ['everyday', 'typo', 'two-words', 'amount', 'agency', 'english'] as const;
const QuerySet = z.array(
  z.strictObject({
    q: z.string().min(1),
    intent: z.string().min(2),
    answers: z.array(z.string().startsWith('/')),
    kind: z.enum(KINDS),
  }),
);
const QUERIES = QuerySet.parse(YAML.parse(readFileSync('tests/search/everyday.yaml', 'utf8')));
const SCORED = QUERIES.filter((x) => x.answers.length > 0);
const HIT_AT_3 = 0.9;

const h = useHarness();

interface Outcome {
  kind: (typeof KINDS)[number];
  ours: boolean;
  plain: boolean;
  searches: number;
}
const outcomes = new Map<string, Outcome>();

/** The first three results of plain Pagefind for a query, on the page already open. */
async function plainTop3(q: string): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a function's import() for Node.
  return h.page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const response = await pf.search(${JSON.stringify(q)});
    return Promise.all(response.results.slice(0, 3).map(async (r) => (await r.data()).url));
  })()`);
}

/** Pagefind searches our page ran for the search it last showed. */
async function searchesRun(): Promise<number> {
  return h.page.evaluate(() => {
    const start = performance.getEntriesByName('search:start').at(-1)?.startTime ?? 0;
    return performance.getEntriesByName('search:pagefind').filter((e) => e.startTime >= start).length;
  });
}

describe('the query set', () => {
  it('has at least 40 scored questions, every answer a published page', () => {
    expect(SCORED.length).toBeGreaterThanOrEqual(40);
    const urls = new Set([...measures.map((m) => m.url), ...documents.map((d) => d.url)]);
    for (const x of QUERIES) for (const a of x.answers) expect(urls.has(a), `${x.q}: ${a}`).toBe(true);
    expect(new Set(QUERIES.map((x) => x.q)).size).toBe(QUERIES.length);
  });
});

describe('hit@3, ours and plain Pagefind', () => {
  it.each(SCORED.map((x) => [x.q, x] as const))('%s', async (_, x) => {
    const ours = (await search(h.page, h.server.url, x.q)).slice(0, 3);
    const searches = await searchesRun();
    const plain = await plainTop3(x.q);
    const hit = (urls: string[]) => urls.some((u) => x.answers.includes(u));
    outcomes.set(x.q, { kind: x.kind, ours: hit(ours), plain: hit(plain), searches });
  });

  it(`ours reaches ${HIT_AT_3}`, () => {
    const rows = [...outcomes.values()];
    expect(rows.length).toBe(SCORED.length);
    const rate = (pick: (o: Outcome) => boolean, of: Outcome[]) => of.filter(pick).length / of.length;
    const lines = KINDS.map((kind) => {
      const of = rows.filter((o) => o.kind === kind);
      return of.length === 0
        ? ''
        : `  ${kind.padEnd(10)} ${String(of.length).padStart(3)}   ours ${rate((o) => o.ours, of).toFixed(2)}   plain ${rate((o) => o.plain, of).toFixed(2)}`;
    }).filter(Boolean);
    const searches = rows.map((o) => o.searches).sort((a, b) => a - b);
    const missed = [...outcomes].filter(([, o]) => !o.ours).map(([q]) => q);
    console.log(
      [
        `hit@3 on ${rows.length} everyday queries: ours ${rate((o) => o.ours, rows).toFixed(3)}, plain Pagefind ${rate((o) => o.plain, rows).toFixed(3)}`,
        ...lines,
        `Pagefind searches per query (ours): median ${searches[Math.floor(searches.length / 2)]}, max ${searches.at(-1)}`,
        missed.length > 0 ? `missed: ${missed.join(' · ')}` : 'missed: none',
      ].join('\n'),
    );
    expect(rate((o) => o.ours, rows)).toBeGreaterThanOrEqual(HIT_AT_3);
  });
});
