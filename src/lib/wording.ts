// "Did 钟祥 copy 荆门 word for word?" — the work-list rows compared with the level above
// (pipeline/extract/similarity.ts decides the verdict at ingest), listed from most to least
// copied, and the character-level difference a reader can check the verdict against.
//
// The difference is computed by the `diff` library (diffChars: Myers' algorithm on
// characters, which suits Chinese, written without spaces between words).
import { diffChars } from 'diff';
import type { Measure } from '../../pipeline/schema.ts';

export const VERDICTS = ['identical', 'near-identical', 'adapted', 'own'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The rows a work list's wording counts are about: the document's own numbered measures
 * with a level above to compare with. Rows such as “钟祥无此项工作内容” (no local number)
 * are statements, not measures to compare. Most copied first; equal similarity in printed order.
 */
export function comparedRows(measures: Measure[], place: string): Array<Measure & { wording: NonNullable<Measure['wording']> }> {
  return measures
    .filter(
      (m): m is Measure & { wording: NonNullable<Measure['wording']> } => m.level === place && /^\d+$/.test(m.anchor) && m.wording !== null,
    )
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.wording.similarity - a.m.wording.similarity || a.i - b.i)
    .map(({ m }) => m);
}

/** How many rows have each verdict. */
export function verdictCounts(rows: Array<{ wording: { verdict: Verdict } }>): Record<Verdict, number> {
  const counts = { identical: 0, 'near-identical': 0, adapted: 0, own: 0 } satisfies Record<Verdict, number>;
  for (const r of rows) counts[r.wording.verdict]++;
  return counts;
}

/** The anchor of a document's list of rows with a verdict on /compare/. */
export function compareHref(document: string, verdict: Verdict): string {
  return `/compare/#${document}-${verdict}`;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The level above's text turned into this one: what stayed, what was added, what was left out. */
export function wordingDiff(above: string, text: string): DiffPart[] {
  return diffChars(above, text).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** The text a measure was compared with: the nearest level above it (as at ingest). */
export function textAbove(m: Pick<Measure, 'lineage'>): Measure['lineage'][number] | null {
  const parent = m.lineage.at(-1);
  return parent && parent.text.trim() !== '' ? parent : null;
}
