// Lighthouse (the npm package, its default mobile configuration with simulated throttling) on
// Debian's Chromium, one fresh Chromium per page so no cache carries over.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../../tests/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  name: string;
  url: string;
  scores: Record<Category, number>;
  /** cumulative layout shift as measured */
  cls: number;
  /** audits that cost points, for the report: id and score */
  failing: Array<{ id: string; score: number }>;
}

export async function lighthouseRun(name: string, url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`lighthouse: no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
      Category,
      number
    >;
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0)
        .map((r) => lhr.audits[r.id]!)
        .filter((a) => a.score !== null && a.score < 0.9)
        .map((a) => ({ id: a.id, score: a.score! })),
    );
    return { name, url, scores, cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0), failing };
  } finally {
    chrome.kill();
  }
}
