// Assemble every source into the validated collections the site is built from.
//
// Per source, in two stages with the canonical Markdown between them:
//   1. decode, find the place, adapt (text → canonical documents), apply what the
//      manifest says, give each document its id, and put its canonical Markdown in the
//      store (content/generated/canonical/<id>.md when the CLI runs);
//   2. read each canonical file back (remark-parse) and extract measures, agencies,
//      amounts and deadlines.
// A source that cannot be read is skipped and reported with `file:line`; it leaves no
// record behind, and the others publish. Pure: bytes and data files in, records out.
import type { AnomalyDraft } from '../anomalies.ts';
import { ANOMALY_REGISTRY, severityOf } from '../anomalies.ts';
import { adaptPage } from '../adapters/html/adaptPage.ts';
import type { LeftOut } from '../adapters/html/readPage.ts';
import { adaptOfficialText } from '../adapters/official/adaptOfficialText.ts';
import { parseCanonical, renderCanonical, type CanonicalDoc } from '../canonical/blocks.ts';
import { extractPercentages, readAmounts } from '../extract/amounts.ts';
import type { AgencyRegistry } from '../extract/agencies.ts';
import { createAgencyCatalog, type AgencyCatalog } from '../extract/agencyCatalog.ts';
import { extractDocument } from '../extract/document.ts';
import type { MeasureDraft } from '../extract/drafts.ts';
import { textSimilarity, wordingVerdict } from '../extract/similarity.ts';
import { kindOfTitle } from '../grammar/documentKinds.ts';
import { titleWithPlace } from '../grammar/titles.ts';
import { documentValidity, measurePeriods, measureValidity, type ValidityDraft } from '../extract/validity.ts';
import { findArtefacts, withoutArtefacts } from '../text/artefacts.ts';
import { wenhaoParts } from '../grammar/wenhao.ts';
import type { Agency, Jurisdiction } from '../schema.ts';
import { Anomaly, Document, GazetteIssue, Measure, PolicyChain, type ManifestEntry } from '../schema.ts';
import type { DecodedSource } from '../sources/decode.ts';
import { SourceError } from '../sources/errors.ts';
import { jurisdictionOf, type PlaceRegistry } from '../sources/places.ts';
import { measureCoverage, type Coverage, type InlineFurniture } from './coverage.ts';
import { extractedTextPath, readSourceText, sourceKind, type SourceKind } from './sourceText.ts';
import { agencyUrl, documentIdFor, documentUrl, issueId, issueUrl, measureUrl, policyAnchor, policyUrl, wenhaoSlug } from './ids.ts';

export interface SourceInput {
  entry: ManifestEntry;
  path: string; // content/sources/<file>, as cited in the data files
  bytes: Uint8Array;
  /** Where the entry is: the manifest file and the line the entry starts on. */
  manifest?: { file: string; line: number };
}

/** Where canonical Markdown goes between the two stages: files on disk, or memory in tests. */
export interface CanonicalStore {
  put(documentId: string, markdown: string): void;
  get(documentId: string): string;
  /** The text a page or Word file was read into (the lines its records cite), by source file name. */
  putText?(file: string, text: string): void;
}

export function memoryStore(): CanonicalStore & { all(): Array<{ document: string; markdown: string }> } {
  const map = new Map<string, string>();
  return {
    put: (id, md) => void map.set(id, md),
    get: (id) => map.get(id)!,
    all: () => [...map].map(([document, markdown]) => ({ document, markdown })),
  };
}

export interface SourceFailure {
  file: string;
  line: number | null;
  message: string; // file:line: what is wrong (English, for maintainers)
}

export interface SourceSummary {
  file: string;
  originalFile: string;
  encoding: DecodedSource['encoding'] | 'docx';
  lineEndings: DecodedSource['lineEndings'];
  lines: number;
  format: SourceKind;
  /** For an .html or .docx source: the file holding the text its line numbers refer to. */
  extractedText: string | null;
  /** For an .html source: what of the page is not the document (navigation, 打印 关闭 …), declared. */
  leftOut: LeftOut[];
  documents: string[];
  coverage: Coverage;
  /** Metadata the manifest gave rather than the text, per field. */
  fromManifest: string[];
  /** A hand-made canonical Markdown file: its blocks' texts are what must be published. */
  canonical: boolean;
  /** Lines of page furniture (1-based, inclusive ranges) and of table rows: what the published-site check needs to know. */
  furniture: Array<[number, number]>;
  tableLines: number[];
  /** Furniture inside lines (Word artefacts such as [bookmark: _GoBack]): not shown, so not looked for. */
  inlineFurniture: InlineFurniture[];
}

export interface Collections {
  jurisdictions: Jurisdiction[];
  documents: Document[];
  measures: Measure[];
  agencies: Agency[];
  policies: PolicyChain[];
  issues: GazetteIssue[];
  anomalies: Anomaly[];
  sources: SourceSummary[];
  failures: SourceFailure[];
}

interface Prepared {
  id: string;
  doc: CanonicalDoc;
  year: number | null;
}

const yearOf = (...candidates: Array<string | number | null | undefined>): number | null => {
  for (const c of candidates) {
    const m = /((?:19|20)\d{2})/.exec(String(c ?? ''));
    if (m) return Number(m[1]);
  }
  return null;
};

/** Manifest values win over what the text says; the fields they gave are recorded. */
function applyManifest(doc: CanonicalDoc, entry: ManifestEntry, single: boolean, anomalies: AnomalyDraft[]): void {
  if (!single) return;
  const m = doc.meta;
  const from: string[] = [];
  const give = <K extends 'title' | 'wenhao' | 'issuer' | 'date'>(key: K, value: string | null | undefined) => {
    if (value === undefined) return;
    if (m[key] !== null && value !== null && m[key] !== value && key !== 'date') {
      anomalies.push({
        code: 'metadata-conflict',
        line: m.lines[0],
        message: `清单中的${{ title: '标题', wenhao: '文号', issuer: '发文机关', date: '日期' }[key]}“${value}”与原文“${m[key]}”不同，按清单`,
      });
    }
    if (m[key] !== value) from.push(key);
    m[key] = value;
  };
  give('title', entry.title);
  give('wenhao', entry.wenhao);
  give('issuer', entry.issuer);
  // A year-only manifest date (2022) does not override a full signing date.
  if (entry.date !== undefined && !(m.date && m.date.startsWith(entry.date))) give('date', entry.date);
  if (entry.kind) {
    if (m.kind !== entry.kind) from.push('kind');
    m.kind = entry.kind;
  } else if (entry.title) m.kind = kindOfTitle(entry.title);
  m.fromManifest = from;
}

function toAnomaly(a: AnomalyDraft, file: string, document: string | null): Anomaly {
  return Anomaly.parse({ severity: severityOf(a), code: a.code, file, line: a.line, message: a.message, document });
}

/**
 * Readers of a measure page must see what the site made of a flawed source line (a
 * number read as （16） though printed 16), so every anomaly reported on a measure's lines
 * is also a note on that measure.
 */
export function attachNotes(measures: MeasureDraft[], anomalies: AnomalyDraft[]): void {
  for (const m of measures) {
    for (const a of anomalies) {
      if (a.line === null || a.line < m.lines[0] || a.line > m.lines[1]) continue;
      // Furniture taken out of the text ([bookmark: _GoBack]) is no part of the measure: /quality/ lists it.
      if (a.code === 'word-artefact') continue;
      if (m.notes.some((n) => n.message === a.message)) continue;
      m.notes.push({ kind: a.code, message: a.message, lines: [a.line, a.line] });
    }
  }
}

interface Ctx {
  places: PlaceRegistry;
  catalog: AgencyCatalog;
  store: CanonicalStore;
  docIds: Map<string, string>; // document id → source file, across sources
  /** Measure and policy-chain ids → source file, across sources: a record with a taken id would replace the other one. */
  recordIds: Map<string, string>;
}

interface SourceResult {
  documents: Document[];
  measures: Measure[];
  policies: PolicyChain[];
  issue: GazetteIssue | null;
  anomalies: Anomaly[];
  summary: SourceSummary;
}

/** One source, both stages. Throws SourceError when the source cannot be read at all. */
function readSource(input: SourceInput, ctx: Ctx): SourceResult {
  const { entry, path } = input;
  let jurisdiction: Jurisdiction;
  try {
    jurisdiction = jurisdictionOf(ctx.places, entry);
  } catch (e) {
    // The fault is in the manifest entry: name its line.
    if (e instanceof SourceError && input.manifest) throw new SourceError(input.manifest.file, input.manifest.line, e.detail);
    throw e;
  }
  const kind = sourceKind(entry);
  // A page or a Word file is read into lines of text first; those lines are what records cite.
  const decoded = readSourceText(input.bytes, path, kind);
  const page = decoded.page;
  const sourceAnomalies: AnomalyDraft[] = [...decoded.anomalies];
  if (page) ctx.store.putText?.(path, decoded.text);
  if (decoded.lineEndings !== 'lf') {
    sourceAnomalies.push({ code: 'line-endings', line: null, message: `源文件换行符为 ${decoded.lineEndings.toUpperCase()}，已统一为 LF` });
  }

  // Word artefacts ([bookmark: _GoBack]) are furniture: out of the text before it is read,
  // declared to the coverage check, listed on /quality/ with their lines.
  const artefacts = findArtefacts(decoded.text);
  for (const a of artefacts) {
    sourceAnomalies.push({
      code: 'word-artefact',
      line: a.line,
      message:
        a.kind === 'bookmark'
          ? `“${a.text}”是 Word 书签在导出文本中留下的标记，不是原文内容，已去除`
          : `“${a.text}”是 Word 域代码在导出文本中留下的标记，不是原文内容，已去除`,
    });
  }
  const text = withoutArtefacts(decoded.text, artefacts);

  // Stage 1: adapt.
  const chain = ctx.places.chain(jurisdiction.id);
  let adapted: CanonicalDoc[];
  let furniture: Array<[number, number]> = [];
  let tableLines: number[] = [];
  let issueRaw: ReturnType<typeof adaptOfficialText>['issue'] = null;
  const isCanonical = kind === 'canonical';
  if (isCanonical) {
    adapted = [parseCanonical(text, path)];
  } else {
    // A page's text holds no export markers ([bookmark: …]): a Word file's artefacts were read from its XML.
    const result = page ? adaptPage(page, path, chain) : adaptOfficialText(text, path, chain);
    adapted = result.documents;
    furniture = result.furniture;
    tableLines = result.tableLines;
    sourceAnomalies.push(...result.anomalies);
    issueRaw = result.issue;
  }
  const single = adapted.length === 1;
  const prepared: Prepared[] = [];
  for (const doc of adapted) {
    applyManifest(doc, entry, single, sourceAnomalies);
    doc.meta.chain = chain.map((j) => j.id);
    const wenhao = doc.meta.wenhao;
    const year = yearOf(
      doc.meta.date,
      wenhao ? wenhaoParts(wenhao)?.year : null,
      doc.meta.title,
      single ? entry.date : null,
      issueRaw?.year,
    );
    const id =
      (wenhao && wenhaoSlug(wenhao)) ??
      (single ? entry.slug : undefined) ??
      documentIdFor(jurisdiction.id, doc.meta.date ?? (year ? String(year) : null), doc.meta.title);
    const clash = ctx.docIds.get(id) ?? (prepared.some((p) => p.id === id) ? path : undefined);
    if (clash) {
      throw new SourceError(
        path,
        doc.meta.lines[0],
        `document id "${id}" is already used by a document of ${clash}; give this source a distinct slug in the manifest`,
      );
    }
    ctx.store.put(id, renderCanonical(doc));
    prepared.push({ id, doc, year });
  }

  // Stage 2: read the canonical files back and extract.
  const documents: Document[] = [];
  const measures: Measure[] = [];
  const policies: PolicyChain[] = [];
  const anomalies: Anomaly[] = [];
  const docAnomalies: AnomalyDraft[] = [];
  const issue = issueRaw ? issueId(jurisdiction.id, issueRaw.year ?? yearOf(entry.date), issueRaw.number, issueRaw.total) : null;
  // Two sources of one place's same gazette issue (a text and a saved page of 天门市人民政府公报
  // 2023年第1号) would share its page /gazettes/tianmen-gongbao-2023-1/, one standing for both.
  const issueClash = issue ? ctx.recordIds.get(`gazette issue:${issue}`) : undefined;
  if (issue && issueRaw && issueClash) {
    throw new SourceError(
      path,
      issueRaw.line,
      `gazette issue id "${issue}" is already the issue of ${issueClash}: the same issue twice? Publish it from one source`,
    );
  }
  const levelName = (levelId: string) => ctx.places.byId.get(levelId)?.name ?? levelId;
  for (const { id, year } of prepared) {
    const doc = parseCanonical(ctx.store.get(id), `content/generated/canonical/${id}.md`);
    const x = extractDocument(doc, id, year, levelName, path);
    attachNotes(x.measures, [...x.anomalies, ...sourceAnomalies]);
    const validity = documentValidity(x.blocks, doc.meta, year);
    const records = x.measures.map((m, order) =>
      buildMeasure(m, order, id, jurisdiction, entry, path, ctx.catalog, anomalies, { validity, year }),
    );
    measures.push(...records);
    documents.push(
      Document.parse({
        id,
        url: documentUrl(id),
        title: doc.meta.title ?? '（无标题）',
        fullTitle: doc.meta.title ? titleWithPlace(doc.meta.title, jurisdiction) : '（无标题）',
        wenhao: doc.meta.wenhao,
        wenhaoRaw: doc.meta.wenhaoRaw,
        issuer: doc.meta.issuer,
        date: doc.meta.date,
        jurisdiction: jurisdiction.id,
        kind: doc.meta.kind,
        addressees: doc.meta.addressees,
        originalUrl: entry.url ?? doc.meta.page?.url ?? null,
        page: doc.meta.page
          ? { published: doc.meta.page.published, indexNumber: doc.meta.page.indexNumber, fromPage: doc.meta.page.fields }
          : null,
        issue,
        fromManifest: doc.meta.fromManifest,
        source: { file: path, originalFile: entry.originalFile ?? entry.file, lines: doc.meta.lines },
        blocks: x.blocks,
        measureCount: records.length,
        validity: { ...validity, status: null },
      }),
    );
    for (const p of x.policies) {
      policies.push(
        PolicyChain.parse({
          id: `${id}-${policyAnchor(p.number)}`,
          url: policyUrl(id, p.number),
          document: id,
          number: p.number,
          title: p.title,
          measures: p.anchors.map((a) => `${id}-${a}`),
        }),
      );
    }
    for (const a of x.anomalies) anomalies.push(toAnomaly(a, path, id));
    docAnomalies.push(...x.anomalies);
  }
  for (const a of sourceAnomalies) anomalies.push(toAnomaly(a, path, null));

  // Ids are unique across the whole corpus. A document whose id is another document's id
  // plus an item number (slug zhongxiang-2022-qingdan-1 beside zhongxiang-2022-qingdan)
  // gives its measures the other's measure ids, and one set would silently replace the other.
  const own = new Set<string>();
  for (const r of [
    ...measures.map((m) => ({ kind: 'measure', id: m.id, line: m.source.lines[0] })),
    ...policies.map((p) => ({ kind: 'central-policy chain', id: p.id, line: null })),
  ]) {
    const key = `${r.kind}:${r.id}`;
    const clash = ctx.recordIds.get(key) ?? (own.has(key) ? path : undefined);
    if (clash) {
      const doc = documents.find((d) => r.id.startsWith(`${d.id}-`)) ?? documents[0]!;
      throw new SourceError(
        path,
        r.line ?? doc.source.lines[0],
        `${r.kind} id "${r.id}" of document ${doc.id} is already the id of a ${r.kind} of ${clash}; give this source a distinct slug in the manifest`,
      );
    }
    own.add(key);
  }

  // A hand-made canonical file is its own source of record: its blocks' texts are what must be published.
  const covered = adapted.length && isCanonical ? adapted.flatMap((d) => d.blocks.map((b) => b.text)).join('\n') : decoded.text;
  const coverage = measureCoverage(covered, furniture, tableLines, [...documents, ...measures, ...policies], artefacts);
  const issueRecord =
    issueRaw && issue
      ? GazetteIssue.parse({
          id: issue,
          url: issueUrl(issue),
          title: single && entry.title && !documents[0] ? entry.title : issueRaw.title,
          name: issueRaw.name,
          year: issueRaw.year,
          number: issueRaw.number,
          total: issueRaw.total,
          // The manifest's full date wins; else the date the page header prints (发布日期 2023年03月31日).
          date: !single && entry.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? entry.date : (issueRaw.date?.iso ?? null),
          jurisdiction: jurisdiction.id,
          documents: documents.map((d) => d.id),
          source: { file: path, originalFile: entry.originalFile ?? entry.file, lines: [issueRaw.line, issueRaw.line] },
        })
      : null;
  return {
    documents,
    measures,
    policies,
    issue: issueRecord,
    anomalies,
    summary: {
      file: path,
      originalFile: entry.originalFile ?? entry.file,
      encoding: decoded.encoding,
      lineEndings: decoded.lineEndings,
      lines: decoded.text.split('\n').length,
      format: kind,
      extractedText: page ? extractedTextPath(path) : null,
      leftOut: page?.leftOut ?? [],
      documents: documents.map((d) => d.id),
      coverage,
      fromManifest: [...new Set(prepared.flatMap((p) => p.doc.meta.fromManifest))],
      canonical: isCanonical,
      furniture,
      tableLines,
      inlineFurniture: artefacts.map((a) => ({ line: a.line, start: a.start, text: a.text })),
    },
  };
}

export function assemble(
  inputs: SourceInput[],
  places: PlaceRegistry,
  registry: AgencyRegistry,
  store: CanonicalStore = memoryStore(),
): Collections {
  const out: Collections = {
    jurisdictions: [],
    documents: [],
    measures: [],
    agencies: [],
    policies: [],
    issues: [],
    anomalies: [],
    sources: [],
    failures: [],
  };
  const ctx: Ctx = { places, catalog: createAgencyCatalog(registry, agencyUrl), store, docIds: new Map(), recordIds: new Map() };
  for (const input of inputs) {
    ctx.catalog.begin();
    let r: SourceResult;
    try {
      r = readSource(input, ctx);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      ctx.catalog.rollback();
      out.failures.push({ file: e.file, line: e.line, message: e.message });
      out.anomalies.push(
        Anomaly.parse({
          severity: 'error',
          code: 'source-failed',
          file: input.path,
          line: e.file === input.path ? e.line : null,
          message: `源文件未能收录：${e.message}`,
          document: null,
        }),
      );
      continue;
    }
    for (const d of r.documents) ctx.docIds.set(d.id, input.path);
    for (const m of r.measures) ctx.recordIds.set(`measure:${m.id}`, input.path);
    for (const p of r.policies) ctx.recordIds.set(`central-policy chain:${p.id}`, input.path);
    if (r.issue) ctx.recordIds.set(`gazette issue:${r.issue.id}`, input.path);
    out.documents.push(...r.documents);
    out.measures.push(...r.measures);
    out.policies.push(...r.policies);
    out.anomalies.push(...r.anomalies);
    out.sources.push(r.summary);
    if (r.issue) out.issues.push(r.issue);
  }
  out.agencies = ctx.catalog.agencies();
  out.jurisdictions = places.withAncestors([...out.documents.map((d) => d.jurisdiction), ...out.measures.map((m) => m.level)]);
  return out;
}

function buildMeasure(
  m: MeasureDraft,
  order: number,
  docId: string,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  path: string,
  catalog: AgencyCatalog,
  anomalies: Anomaly[],
  documentFacts: { validity: ValidityDraft; year: number | null },
): Measure {
  const resolveList = (refs: MeasureDraft['lead'], role: string) => {
    const resolved = catalog.resolve(refs, jurisdiction, { file: path, line: m.lines[0] });
    for (const name of resolved.firstUnknown) {
      anomalies.push(
        Anomaly.parse({
          severity: 'warning',
          code: 'unknown-agency',
          file: path,
          line: m.lines[0],
          document: docId,
          message: `单位“${name}”（${role}）不在单位名录 content/agencies.yaml 中，已作为未确认单位收录`,
        }),
      );
    }
    return resolved;
  };
  const parent = m.lineage.at(-1);
  const similarity = parent && parent.text ? textSimilarity(m.text, parent.text) : null;
  const lead = resolveList(m.lead, '牵头单位');
  const responsible = resolveList(m.responsible, '责任单位');
  const amounts = readAmounts(m.text);
  const periods = measurePeriods(m.text, documentFacts.year);
  const notes = [...m.notes];
  // The line a passage stands on, when the measure text keeps the source's line breaks.
  const lineOf = (offset: number) => {
    const line = m.lines[0] + (m.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    return line <= m.lines[1] ? line : m.lines[0];
  };
  // A figure the grammar declined (每家奖励6万元5万元) is no amount: the reader of the
  // measure page and of /quality/ learns why.
  for (const u of amounts.unsure) {
    const line = lineOf(u.offset);
    anomalies.push(toAnomaly({ code: 'amount-unsure', line, message: u.message }, path, docId));
    notes.push({ kind: 'amount-unsure', message: u.message, lines: [line, line] });
  }
  for (const a of amounts.amounts) {
    if (a.kind !== 'unknown') continue;
    const label = ANOMALY_REGISTRY['amount-kind-unknown'].label;
    const message = `金额“${a.raw}”${label}（补贴/奖励、资金/预算、目标、门槛均无明确依据），按“未判定”收录`;
    anomalies.push(toAnomaly({ code: 'amount-kind-unknown', line: lineOf(a.offset), message }, path, docId));
  }
  return Measure.parse({
    id: `${docId}-${m.anchor}`,
    url: measureUrl(docId, m.anchor),
    anchor: m.anchor,
    jurisdiction: jurisdiction.id,
    level: m.level ?? jurisdiction.id,
    document: docId,
    number: m.number,
    label: m.label,
    title: m.title,
    text: m.text,
    section: m.section,
    lead: lead.ids,
    responsible: responsible.ids.filter((id) => !lead.ids.includes(id)),
    people: m.people,
    leadGroups: lead.groups,
    responsibleGroups: responsible.groups,
    leadRaw: m.leadRaw,
    responsibleRaw: m.responsibleRaw,
    agenciesInherited: m.agenciesInherited,
    deadline: m.deadline,
    amounts: amounts.amounts,
    percentages: extractPercentages(m.text),
    lineage: m.lineage,
    policy: m.policy ? { ...m.policy, url: policyUrl(docId, m.policy.number) } : null,
    wording:
      parent && similarity !== null
        ? {
            comparedWith: parent.level,
            number: parent.number,
            similarity: Math.round(similarity * 1000) / 1000,
            verdict: wordingVerdict(similarity),
          }
        : null,
    source: { file: path, originalFile: entry.originalFile ?? entry.file, lines: m.lines },
    notes,
    order,
    validity: { ...measureValidity(periods, documentFacts.validity, m.lines), status: null },
    periods,
    conditions: m.conditions ?? [],
    aliasesUsed: [...lead.aliases, ...responsible.aliases].filter(
      (a, i, all) => all.findIndex((b) => b.name === a.name && b.agency === a.agency) === i,
    ),
  });
}
