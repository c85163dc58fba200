// One canonical document (read back from content/generated/canonical/<id>.md) → the
// measures it holds, the blocks of its page, and what was odd about it.
//
// Two kinds of body are read: a work list whose table passes policies down the levels of
// government (中央 → 省 → 市 → 县: extractWorklist, with each row's lineage), and
// everything else — numbered provisions and task tables (extractProvisions).
import type { AnomalyDraft } from '../anomalies.ts';
import type { CanonicalBlock, CanonicalDoc } from '../canonical/blocks.ts';
import { findDeadlineInText } from '../grammar/deadlines.ts';
import type { Document } from '../schema.ts';
import { extractProvisions } from './provisions.ts';
import { extractWorklist, tableLevels, type LevelInfo } from './worklist.ts';
import type { MeasureDraft, PolicyDraft } from './drafts.ts';

type DocBlockDraft = Document['blocks'][number];

export interface DocumentExtraction {
  blocks: DocBlockDraft[];
  measures: MeasureDraft[];
  policies: PolicyDraft[];
  anomalies: AnomalyDraft[];
}

const PAGE_ROLES = new Set<DocBlockDraft['role']>([
  'redhead',
  'title',
  'wenhao',
  'addressee',
  'paragraph',
  'section',
  'provision',
  'signer',
  'date',
  'attachment',
]);

/**
 * `id` is the document's id (measure ids are `${id}-${anchor}`), `year` the year that
 * stands in for deadlines printed without one, `levelName` the name of a level's place.
 */
export function extractDocument(
  doc: CanonicalDoc,
  id: string,
  year: number | null,
  levelName: (levelId: string) => string,
  file: string,
): DocumentExtraction {
  const levels = tableLevels(doc);
  if (levels.length > 0) return worklistDocument(doc, id, levels, levelName, file);
  const { provisions, anomalies } = extractProvisions(doc, { year, tags: { firstListedLeads: doc.meta.firstListedLeads } });
  const byLine = new Map(provisions.map((p) => [p.lines[0], p]));
  const blocks: DocBlockDraft[] = [];
  let headerCells: CanonicalBlock[] = [];
  // A table split by a heading row that spans it (谯城区's colspan row 一、…) gives each part
  // the header the page prints once; the document page shows it once, where it is printed.
  const headersShown = new Set<string>();
  for (const b of doc.blocks) {
    if (b.role === 'header') {
      headerCells.push(b);
      continue;
    }
    const headerLines = headerCells.length ? `${headerCells[0]!.lines[0]}-${headerCells.at(-1)!.lines[1]}` : '';
    if (headerCells.length && headersShown.has(headerLines)) headerCells = [];
    if (headerCells.length) {
      headersShown.add(headerLines);
      blocks.push({
        role: 'paragraph',
        level: 0,
        number: null,
        anchor: null,
        text: headerCells.map((h) => h.text).join(' | '),
        measure: null,
        lines: [headerCells[0]!.lines[0], headerCells.at(-1)!.lines[1]],
      });
      headerCells = [];
    }
    if (b.role === 'row') {
      // A task-table row on the document page: its number, anchor and its cells' text.
      const p = byLine.get(b.lines[0]);
      const cells = doc.blocks.filter((c) => c.role === 'cell' && c.lines[0] >= b.lines[0] && c.lines[1] <= b.lines[1]);
      blocks.push({
        role: 'provision',
        level: 1,
        number: p?.number ?? null,
        anchor: p?.anchor ?? null,
        text: cells.map((c) => c.text).join('\n'),
        measure: p?.isMeasure ? `${id}-${p.anchor}` : null,
        lines: b.lines,
      });
      continue;
    }
    if (!PAGE_ROLES.has(b.role as DocBlockDraft['role'])) continue;
    const p = b.role === 'provision' || b.role === 'section' ? byLine.get(b.lines[0]) : undefined;
    blocks.push({
      role: b.role as DocBlockDraft['role'],
      level: 'level' in b ? b.level : 0,
      number: 'number' in b ? b.number : null,
      anchor: p?.anchor ?? null,
      text: b.text,
      measure: p?.isMeasure ? `${id}-${p.anchor}` : null,
      lines: b.lines,
    });
  }
  const measures: MeasureDraft[] = provisions
    .filter((p) => p.isMeasure)
    .map((p) => {
      const parent = p.sectionPath.at(-1);
      return {
        anchor: p.anchor,
        number: p.number,
        label: p.label,
        title: p.title,
        text: p.text,
        section: parent ? { number: parent.number, title: parent.title, anchor: parent.anchor, label: parent.label } : null,
        leadRaw: p.leadRaw,
        responsibleRaw: p.responsibleRaw,
        lead: p.lead,
        responsible: p.responsible,
        people: p.people,
        agenciesInherited: p.agenciesInherited,
        deadline: p.deadline ?? findDeadlineInText(p.text, year),
        lineage: [],
        policy: null,
        lines: p.lines,
        notes: [],
        conditions: p.conditions,
      };
    });
  return { blocks, measures, policies: [], anomalies };
}

function worklistDocument(
  doc: CanonicalDoc,
  id: string,
  tableLevelList: Array<{ id: string; header: string }>,
  levelName: (levelId: string) => string,
  file: string,
): DocumentExtraction {
  const levels: LevelInfo[] = tableLevelList.map((l) => ({ id: l.id, name: levelName(l.id), header: l.header }));
  const result = extractWorklist(doc, levels, file);
  const headerCells = doc.blocks.filter((b) => b.role === 'header');
  const blocks: DocBlockDraft[] = [];
  for (const b of doc.blocks) {
    if (b.role === 'table') break;
    if (!PAGE_ROLES.has(b.role as DocBlockDraft['role'])) continue;
    blocks.push({
      role: b.role as DocBlockDraft['role'],
      level: 0,
      number: null,
      anchor: null,
      text: b.text,
      measure: null,
      lines: b.lines,
    });
  }
  blocks.push({
    role: 'paragraph',
    level: 0,
    number: null,
    anchor: 'columns',
    text: headerCells.map((h) => h.text).join(' | '),
    measure: null,
    lines: [headerCells[0]!.lines[0], headerCells.at(-1)!.lines[1]],
  });
  const byAnchor = new Map(result.measures.map((m) => [m.anchor, m]));
  for (const p of result.policies) {
    const first = byAnchor.get(p.anchors[0]!)!;
    blocks.push({
      role: 'section',
      level: 0,
      number: p.number,
      anchor: `policy-${p.number}`,
      text: p.title,
      measure: null,
      lines: first.lines,
    });
    for (const a of p.anchors) {
      const m = byAnchor.get(a)!;
      blocks.push({ role: 'provision', level: 1, number: m.number, anchor: a, text: m.text, measure: `${id}-${a}`, lines: m.lines });
    }
  }
  return { blocks, measures: result.measures, policies: result.policies, anomalies: result.anomalies };
}
