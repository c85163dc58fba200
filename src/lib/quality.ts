// Where a reader can see what an anomaly of the ingest report is about: the place on the
// document page that shows its source line (the anchored provision, row or section holding
// that line), and the measure it affects (the one whose source lines hold it) — so /quality/
// leads from “第81行: 6万元5万元…” to （十一）鼓励进规入库 and its own page.
import type { Anomaly, Document, Measure } from '../../pipeline/schema.ts';

export interface AnomalyPlace {
  /** the document page, or its anchor showing the line */
  lineHref: string | null;
  measure: Pick<Measure, 'id' | 'url' | 'label'> | null;
}

const span = (lines: readonly [number, number]) => lines[1] - lines[0];
const holds = (lines: readonly [number, number], line: number) => lines[0] <= line && line <= lines[1];

/** The narrowest thing holding the line: a measure before a block of the same size. */
export function locateAnomaly(
  a: Pick<Anomaly, 'line' | 'document'>,
  doc: Pick<Document, 'url' | 'blocks'> | undefined,
  measures: ReadonlyArray<Pick<Measure, 'id' | 'url' | 'label' | 'anchor' | 'source'>>,
): AnomalyPlace {
  if (!doc) return { lineHref: null, measure: null };
  if (a.line === null) return { lineHref: doc.url, measure: null };
  const line = a.line;
  const measure = measures.filter((m) => holds(m.source.lines, line)).sort((x, y) => span(x.source.lines) - span(y.source.lines))[0];
  const block = doc.blocks.filter((b) => b.anchor && holds(b.lines, line)).sort((x, y) => span(x.lines) - span(y.lines))[0];
  const anchor = measure && (!block || span(measure.source.lines) <= span(block.lines)) ? measure.anchor : block?.anchor;
  return {
    lineHref: anchor ? `${doc.url}#${anchor}` : doc.url,
    measure: measure ? { id: measure.id, url: measure.url, label: measure.label } : null,
  };
}
