// Assemble every source into the validated collections the site is built from.
// Pure: bytes and data files in, records + report out; the CLI does the I/O.
import type { z } from 'zod';
import type { Agency, Jurisdiction } from '../schema.ts';
import { Anomaly, Document, Measure, PolicyChain, type ManifestEntry } from '../schema.ts';
import { decodeSource, SourceError, type DecodedSource } from '../sources/decode.ts';
import { ancestry } from '../sources/jurisdictions.ts';
import { parseCanonical, renderCanonical, type CanonicalBlock, type CanonicalDoc } from '../canonical/blocks.ts';
import { adaptWorklist } from '../adapters/worklist/adaptWorklist.ts';
import { adaptGazette } from '../adapters/gazette/adaptGazette.ts';
import { extractWorklist } from '../extract/worklist.ts';
import { extractProvisions } from '../extract/provisions.ts';
import type { AgencyRegistry } from '../extract/agencies.ts';
import { createAgencyCatalog, type AgencyCatalog } from '../extract/agencyCatalog.ts';
import { extractAmounts, extractPercentages } from '../extract/amounts.ts';
import { findDeadlineInText } from '../grammar/deadlines.ts';
import { textSimilarity, wordingVerdict } from '../extract/similarity.ts';
import type { AnomalyDraft, MeasureDraft } from '../extract/drafts.ts';
import { agencyUrl, documentUrl, measureUrl, policyAnchor, policyUrl, wenhaoSlug } from './ids.ts';
import { measureCoverage, type Coverage } from './coverage.ts';

export interface SourceInput {
  entry: ManifestEntry;
  path: string; // content/sources/<file>, as cited to readers
  bytes: Uint8Array;
}

export interface Collections {
  jurisdictions: Jurisdiction[];
  documents: Document[];
  measures: Measure[];
  agencies: Agency[];
  policies: PolicyChain[];
  anomalies: Anomaly[];
  canonical: Array<{ document: string; markdown: string }>;
  sources: Array<{
    file: string;
    originalFile: string;
    encoding: DecodedSource['encoding'];
    lineEndings: DecodedSource['lineEndings'];
    lines: number;
    documents: string[];
    coverage: Coverage;
  }>;
}

interface DocumentDraft {
  id: string;
  meta: {
    title: string;
    wenhao: string | null;
    wenhaoRaw: string | null;
    issuer: string | null;
    date: string | null;
    kind: z.infer<typeof Document>['kind'];
    addressees: string | null;
    lines: [number, number];
  };
  blocks: z.infer<typeof Document>['blocks'];
  measures: MeasureDraft[];
  policies: Array<{ number: string; title: string; anchors: string[] }>;
  anomalies: AnomalyDraft[];
  markdown: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function assemble(inputs: SourceInput[], jurisdictions: Jurisdiction[], registry: AgencyRegistry): Collections {
  const out: Collections = {
    jurisdictions,
    documents: [],
    measures: [],
    agencies: [],
    policies: [],
    anomalies: [],
    canonical: [],
    sources: [],
  };
  const catalog = createAgencyCatalog(registry, agencyUrl);
  const docIds = new Map<string, string>();

  for (const input of inputs) {
    const { entry, path } = input;
    const jurisdiction = jurisdictions.find((j) => j.name === entry.jurisdiction || j.id === entry.jurisdiction);
    if (!jurisdiction)
      throw new SourceError(
        'content/sources/manifest.yaml',
        null,
        `${entry.file}: unknown jurisdiction "${entry.jurisdiction}" (add it to content/jurisdictions.yaml)`,
      );
    const decoded = decodeSource(input.bytes, path);
    const sourceAnomalies: AnomalyDraft[] = [];
    if (decoded.encoding !== 'utf-8')
      sourceAnomalies.push({ severity: 'info', code: 'encoding', line: null, message: `源文件编码为 ${decoded.encoding}，已按此解码` });
    if (decoded.lineEndings !== 'lf')
      sourceAnomalies.push({
        severity: 'info',
        code: 'line-endings',
        line: null,
        message: `源文件换行符为 ${decoded.lineEndings.toUpperCase()}，已统一为 LF`,
      });

    let drafts: DocumentDraft[];
    let furniture: Array<[number, number]> = [];
    let adapted: CanonicalDoc[];
    if (entry.format === 'worklist') {
      const chain = ancestry(jurisdictions, jurisdiction.id);
      const doc = adaptWorklist(decoded.text, path, chain);
      adapted = [doc];
      drafts = [worklistDraft(doc, entry, chain, path)];
    } else {
      const result = adaptGazette(decoded.text, path);
      furniture = result.furniture;
      sourceAnomalies.push(...result.anomalies);
      adapted = result.documents;
      drafts = result.documents.map((doc) => gazetteDraft(doc, jurisdiction));
    }
    for (const d of drafts) attachNotes(d.measures, [...d.anomalies, ...sourceAnomalies]);
    for (const d of drafts) {
      const clash = docIds.get(d.id);
      if (clash)
        throw new SourceError(
          path,
          d.meta.lines[0],
          `document id "${d.id}" is already used by ${clash}; give one of them a distinct slug in the manifest`,
        );
      docIds.set(d.id, path);
    }

    const docRecords: Document[] = [];
    const measureRecords: Measure[] = [];
    for (const d of drafts) {
      const measures = d.measures.map((m, order) => buildMeasure(m, order, d, jurisdiction, entry, path, catalog, out.anomalies));
      measureRecords.push(...measures);
      docRecords.push(
        Document.parse({
          id: d.id,
          url: documentUrl(d.id),
          title: d.meta.title,
          wenhao: d.meta.wenhao,
          wenhaoRaw: d.meta.wenhaoRaw,
          issuer: d.meta.issuer,
          date: d.meta.date,
          jurisdiction: jurisdiction.id,
          kind: d.meta.kind,
          addressees: d.meta.addressees,
          source: { file: path, originalFile: entry.originalFile, lines: d.meta.lines },
          blocks: d.blocks,
          measureCount: measures.length,
        }),
      );
      for (const p of d.policies) {
        out.policies.push(
          PolicyChain.parse({
            id: `${d.id}-${policyAnchor(p.number)}`,
            url: policyUrl(d.id, p.number),
            document: d.id,
            number: p.number,
            title: p.title,
            measures: p.anchors.map((a) => `${d.id}-${a}`),
          }),
        );
      }
      for (const a of d.anomalies) out.anomalies.push(toAnomaly(a, path, d.id));
      out.canonical.push({ document: d.id, markdown: d.markdown });
    }
    for (const a of sourceAnomalies) out.anomalies.push(toAnomaly(a, path, null));

    const coverage = measureCoverage(decoded.text, adapted, furniture, [
      ...docRecords,
      ...measureRecords,
      ...out.policies.filter((p) => docRecords.some((d) => d.id === p.document)),
    ]);
    out.documents.push(...docRecords);
    out.measures.push(...measureRecords);
    out.sources.push({
      file: path,
      originalFile: entry.originalFile,
      encoding: decoded.encoding,
      lineEndings: decoded.lineEndings,
      lines: decoded.text.split('\n').length,
      documents: docRecords.map((d) => d.id),
      coverage,
    });
  }
  out.agencies = catalog.agencies();
  return out;
}

/**
 * Readers of a measure page must see what the site made of a flawed source line
 * (a number read as （16） though printed 16), so every anomaly reported on a
 * measure's lines is also a note on that measure.
 */
export function attachNotes(measures: MeasureDraft[], anomalies: AnomalyDraft[]): void {
  for (const m of measures) {
    for (const a of anomalies) {
      if (a.line === null || a.line < m.lines[0] || a.line > m.lines[1]) continue;
      if (m.notes.some((n) => n.message === a.message)) continue;
      m.notes.push({ kind: a.code, message: a.message, lines: [a.line, a.line] });
    }
  }
}

function toAnomaly(a: AnomalyDraft, file: string, document: string | null): Anomaly {
  return Anomaly.parse({ severity: a.severity, code: a.code, file, line: a.line, message: a.message, document });
}

function worklistDraft(doc: CanonicalDoc, entry: ManifestEntry, chain: Jurisdiction[], path: string): DocumentDraft {
  if (!entry.slug)
    throw new SourceError(
      'content/sources/manifest.yaml',
      null,
      `${entry.file}: a work list has no 文号, so its manifest entry needs a slug`,
    );
  const markdown = renderCanonical(doc);
  const parsed = parseCanonical(markdown, `${entry.slug}.md`);
  const headerCells = parsed.blocks.filter((b) => b.role === 'cell' && b.column === 'header');
  const levelHeaders = headerCells.map((h) => h.text.replace(/\s+/g, '')).filter((h) => /(政策|举措|措施|任务)$/.test(h));
  const levels = chain.map((j, i) => ({ id: j.id, name: j.name, header: levelHeaders[i] ?? j.name }));
  const result = extractWorklist(parsed, levels, path);
  const title = parsed.blocks.find((b) => b.role === 'title')!;
  const blocks: DocumentDraft['blocks'] = [
    { role: 'title', level: 0, number: null, anchor: null, text: title.text, measure: null, lines: title.lines },
    {
      role: 'paragraph',
      level: 0,
      number: null,
      anchor: 'columns',
      text: headerCells.map((h) => h.text).join(' | '),
      measure: null,
      lines: [headerCells[0]!.lines[0], headerCells.at(-1)!.lines[1]],
    },
  ];
  const byAnchor = new Map(result.measures.map((m) => [m.anchor, m]));
  for (const p of result.policies) {
    const first = byAnchor.get(p.anchors[0]!)!;
    blocks.push({
      role: 'section',
      level: 0,
      number: p.number,
      anchor: policyAnchor(p.number),
      text: p.title,
      measure: null,
      lines: first.lines,
    });
    for (const a of p.anchors) {
      const m = byAnchor.get(a)!;
      blocks.push({
        role: 'provision',
        level: 1,
        number: m.number,
        anchor: a,
        text: m.text,
        measure: `${entry.slug}-${a}`,
        lines: m.lines,
      });
    }
  }
  return {
    id: entry.slug,
    meta: {
      title: title.text,
      wenhao: entry.wenhao,
      wenhaoRaw: null,
      issuer: entry.issuer ?? null,
      date: entry.date,
      kind: 'worklist',
      addressees: null,
      lines: doc.meta.lines as [number, number],
    },
    blocks,
    measures: result.measures,
    policies: result.policies,
    anomalies: result.anomalies,
    markdown,
  };
}

function gazetteDraft(doc: CanonicalDoc, jurisdiction: Jurisdiction): DocumentDraft {
  const meta = doc.meta;
  const wenhao = str(meta.wenhao);
  const date = str(meta.date);
  const id = (wenhao && wenhaoSlug(wenhao)) ?? `${jurisdiction.id}-${date ?? 'undated'}-${String(meta.kind ?? 'doc')}`;
  const markdown = renderCanonical(doc);
  const parsed = parseCanonical(markdown, `${id}.md`);
  const { provisions, anomalies } = extractProvisions(parsed);
  const byLine = new Map(provisions.map((p) => [p.lines[0], p]));
  const year = Number((date ?? '').slice(0, 4)) || new Date().getFullYear();
  const blocks: DocumentDraft['blocks'] = parsed.blocks.map((b: CanonicalBlock) => {
    const p = b.role === 'provision' || b.role === 'section' ? byLine.get(b.lines[0]) : undefined;
    return {
      role: b.role as DocumentDraft['blocks'][number]['role'],
      level: b.level ?? 0,
      number: b.number ?? null,
      anchor: p?.anchor ?? null,
      text: b.text,
      measure: p?.isMeasure ? `${id}-${p.anchor}` : null,
      lines: b.lines,
    };
  });
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
        section: parent ? { number: parent.number, title: parent.title, anchor: parent.anchor } : null,
        leadRaw: p.dutyOf ?? p.leadRaw,
        responsibleRaw: p.responsibleRaw,
        agenciesInherited: p.agenciesInherited,
        deadline: findDeadlineInText(p.text, year),
        lineage: [],
        policy: null,
        lines: p.lines,
        notes: [],
      };
    });
  return {
    id,
    meta: {
      title: str(meta.title) ?? '（无标题）',
      wenhao,
      wenhaoRaw: str(meta.wenhaoRaw),
      issuer: str(meta.issuer),
      date,
      kind: (str(meta.kind) ?? 'other') as DocumentDraft['meta']['kind'],
      addressees: str(meta.addressees),
      lines: meta.lines as [number, number],
    },
    blocks,
    measures,
    policies: [],
    anomalies,
    markdown,
  };
}

function buildMeasure(
  m: MeasureDraft,
  order: number,
  d: DocumentDraft,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  path: string,
  catalog: AgencyCatalog,
  anomalies: Anomaly[],
): Measure {
  const resolveList = (raw: string | null, role: string) => {
    const resolved = catalog.resolve(raw, jurisdiction);
    for (const name of resolved.firstUnknown) {
      anomalies.push(
        Anomaly.parse({
          severity: 'warning',
          code: 'unknown-agency',
          file: path,
          line: m.lines[0],
          document: d.id,
          message: `单位“${name}”（${role}）不在单位名录 content/agencies.yaml 中，已作为未确认单位收录`,
        }),
      );
    }
    return resolved;
  };
  const parent = m.lineage.at(-1);
  const similarity = parent && parent.text ? textSimilarity(m.text, parent.text) : null;
  const lead = resolveList(m.leadRaw, '牵头单位');
  const responsible = resolveList(m.responsibleRaw, '责任单位');
  return Measure.parse({
    id: `${d.id}-${m.anchor}`,
    url: measureUrl(d.id, m.anchor),
    anchor: m.anchor,
    jurisdiction: jurisdiction.id,
    level: m.level ?? jurisdiction.id,
    document: d.id,
    number: m.number,
    label: m.label,
    title: m.title,
    text: m.text,
    section: m.section,
    lead: lead.ids,
    responsible: responsible.ids.filter((id) => !lead.ids.includes(id)),
    leadGroups: lead.groups,
    responsibleGroups: responsible.groups,
    leadRaw: m.leadRaw,
    responsibleRaw: m.responsibleRaw,
    agenciesInherited: m.agenciesInherited,
    deadline: m.deadline,
    amounts: extractAmounts(m.text),
    percentages: extractPercentages(m.text),
    lineage: m.lineage,
    policy: m.policy ? { ...m.policy, url: policyUrl(d.id, m.policy.number) } : null,
    wording:
      parent && similarity !== null
        ? {
            comparedWith: parent.level,
            number: parent.number,
            similarity: Math.round(similarity * 1000) / 1000,
            verdict: wordingVerdict(similarity),
          }
        : null,
    source: { file: path, originalFile: entry.originalFile, lines: m.lines },
    notes: m.notes,
    order,
  });
}
