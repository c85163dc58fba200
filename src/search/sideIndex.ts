// The search side indexes, built with the site.
//
// Pagefind's index answers words; two small files answer what Pagefind cannot.
// /search/index.json, needed by every query: every document's 文号 and the 文号 the pages
// cite (so a typed 文号 finds its document and the pages citing it), and the traditional →
// simplified map for queries (t2s.ts). /search/amounts.json, fetched only for a query with
// an amount: every money amount of every measure, by value (amountMatch.ts), with the card
// fields and facet values the measure pages give Pagefind, computed by the same function
// (measureSearchFields), so an amount result looks, filters and counts like a text result.
import type { AmountKind } from '../../pipeline/grammar/amountKind.ts';
import type { Document, Jurisdiction, Measure } from '../../pipeline/schema.ts';
import { formatDeadline, measureHeading, validityLine } from '../lib/format.ts';
import { documentFacetValues, measureFacetValues, shortDocTitle, HAS_AMOUNT, type FacetValues } from './facets.ts';
import type { SideAmount } from './amountMatch.ts';
import { aroundAmounts, type Passage } from './passages.ts';
import { wenhaoIn } from './query.ts';
import type { ThesaurusSide } from './thesaurus.ts';
import type { EntityIndex } from './entities.ts';
import { foldText } from '../../pipeline/text/fold.ts';
import type { Agency } from '../../pipeline/schema.ts';

export interface SideMeasure {
  /** also the value of the page's `id` Pagefind filter, to intersect text and amount results */
  id: string;
  url: string;
  title: string;
  doc: string;
  place: string;
  lead: string;
  deadline: string;
  /** the validity line of the card: 已到期 · 有效期至2026年1月6日 */
  validity?: string;
  text: string;
  amounts: SideAmount[];
  filters: FacetValues;
}

export interface SideDocument {
  /** also the value of the document page's `id` Pagefind filter */
  id: string;
  url: string;
  title: string;
  wenhao: string | null;
  place: string;
  filters: FacetValues;
}

/** /search/wenhao.json: the documents' 文号 and the 文号 pages cite, fetched by a query that holds a 文号. */
export interface WenhaoIndex {
  documents: SideDocument[];
  /**
   * 文号 cited in the pages' own text → the `id`s of those pages. Pagefind's exact-phrase
   * search cannot find a 文号 (the index splits 〔2023〕 differently from the browser's
   * segmenter), so pages citing one are looked up here.
   */
  citations: Array<[string, string[]]>;
}

/** The side index: what /search/index.json (loaded with the search page, needed by every query) and /search/wenhao.json hold. */
export interface SideIndex extends WenhaoIndex {
  version: 1;
  /** traditional → simplified pairs, see t2s.ts */
  t2s: string;
  /** everyday word → official term, with the pages holding the everyday word (thesaurus.ts) */
  thesaurus: ThesaurusSide;
}

/** /search/amounts.json: loaded when a query holds an amount. */
export interface AmountIndex {
  version: 1;
  /** measures with at least one amount, in document order */
  measures: SideMeasure[];
}

/** What the search needs to know of the site's data (a subset of SiteData). */
export interface SearchData {
  documents: Document[];
  measures: Measure[];
  jurisdiction: ReadonlyMap<string, Pick<Jurisdiction, 'name'>>;
  document: ReadonlyMap<string, Pick<Document, 'title' | 'fullTitle' | 'jurisdiction'>>;
  agency: ReadonlyMap<string, { name: string }>;
}

export interface MeasureSearchFields {
  title: string;
  doc: string;
  place: string;
  lead: string;
  deadline: string;
  /** the card's validity line (已到期 · 有效期至2026年1月6日), '' when nothing is stated */
  validity: string;
  /** amounts as printed, for the card */
  figures: string[];
  /** each figure's kind (补贴/奖励, 目标 …), in the same order, so the card can say what the money is */
  kinds: AmountKind[];
  /** largest amount in yuan, the `amount` sort key; null when there is none in yuan */
  sortYuan: number | null;
  /** largest 补贴/奖励 amount in yuan, the `subsidy` sort key; null when the measure grants none in yuan */
  subsidyYuan: number | null;
  filters: Required<FacetValues>;
}

/** A measure's card fields, filters and sort key — for its page's data-pagefind-* attributes and for the side index. */
export function measureSearchFields(m: Measure, data: Pick<SearchData, 'jurisdiction' | 'document' | 'agency'>): MeasureSearchFields {
  const doc = data.document.get(m.document)!;
  const place = data.jurisdiction.get(doc.jurisdiction)!.name;
  const leadNames = m.lead.map((id) => data.agency.get(id)?.name ?? id);
  const deadline = formatDeadline(m.deadline);
  const yuanOf = (amounts: Measure['amounts']) => amounts.flatMap((a) => (a.yuan !== null ? [a.valueMax ?? a.yuan] : []));
  const yuan = yuanOf(m.amounts);
  const subsidy = yuanOf(m.amounts.filter((a) => a.kind === 'subsidy'));
  return {
    title: measureHeading(m),
    doc: shortDocTitle(doc.fullTitle),
    place,
    lead: leadNames.join('、') || m.leadGroups.join('、'),
    deadline,
    validity: validityLine(m.validity),
    figures: m.amounts.map((a) => a.figure),
    kinds: m.amounts.map((a) => a.kind),
    sortYuan: yuan.length > 0 ? Math.max(...yuan) : null,
    subsidyYuan: subsidy.length > 0 ? Math.max(...subsidy) : null,
    filters: measureFacetValues({
      place,
      docTitle: doc.title,
      leadNames,
      deadline,
      hasAmount: m.amounts.length > 0,
      validity: m.validity.status,
    }),
  };
}

export function sideAmount(a: Measure['amounts'][number]): SideAmount {
  return {
    value: a.value,
    max: a.valueMax,
    currency: a.currency,
    vague: a.vague,
    kind: a.kind,
    figure: a.figure,
    offset: a.offset,
    per: a.per,
  };
}

/**
 * /search/index.json: the side index without its 文号 part (wenhao.json). At 100× the documents
 * and citations are most of it (2,203 documents), and only a query holding a 文号 reads them.
 */
export type SideIndexFile = Omit<SideIndex, keyof WenhaoIndex>;

export function sideIndexFile(side: SideIndex): SideIndexFile {
  const { version, t2s, thesaurus } = side;
  return { version, t2s, thesaurus };
}

export function buildSideIndex(data: SearchData, t2s: string, thesaurus: ThesaurusSide = { terms: [], printed: {} }): SideIndex {
  return { version: 1, t2s, ...buildWenhaoIndex(data), thesaurus };
}

export function buildWenhaoIndex(data: SearchData): WenhaoIndex {
  const documents = data.documents.map((d): SideDocument => {
    const place = data.jurisdiction.get(d.jurisdiction)!.name;
    return {
      id: d.id,
      url: d.url,
      title: d.fullTitle,
      wenhao: d.wenhao,
      place,
      filters: documentFacetValues({ place, title: d.title, validity: d.validity.status }),
    };
  });
  return { documents, citations: buildCitations(data) };
}

/**
 * The text Pagefind indexes for each page, folded (a page printed in traditional characters
 * is indexed in its simplified form too): a measure's heading, text, central policy and
 * agency cells; a document's title and the paragraphs that are not measures (those are
 * indexed on the measures' own pages). For counting which pages hold a word.
 */
export function indexedTexts(data: Pick<SearchData, 'documents' | 'measures'>): string[] {
  return [
    ...data.measures.map((m) =>
      foldText([m.title ?? '', m.text, m.policy?.title ?? '', m.leadRaw ?? '', m.responsibleRaw ?? ''].join('\n')),
    ),
    ...data.documents.map((d) => foldText([d.title, ...d.blocks.filter((b) => !b.measure).map((b) => b.text)].join('\n'))),
  ];
}

/** How many of the texts hold a word; counted once per word. */
export function pageCounter(texts: readonly string[]): (word: string) => number {
  const cache = new Map<string, number>();
  return (word) => {
    let n = cache.get(word);
    if (n === undefined) cache.set(word, (n = texts.reduce((k, t) => k + (t.includes(word) ? 1 : 0), 0)));
    return n;
  };
}

/**
 * /search/leads.json: every lead filter value (the lead agencies' names as the measure pages
 * carry them, measureFacetValues), sorted. A query naming one (市财政局) ranks the measures it
 * leads first (engine.ts); this short list says which names are values without loading
 * Pagefind's filter index, whose values Pagefind would then count for every search.
 */
export function buildLeadValues(data: Pick<SearchData, 'measures' | 'agency'>): string[] {
  const names = new Set(data.measures.flatMap((m) => m.lead.map((id) => data.agency.get(id)?.name ?? id)));
  return [...names].sort();
}

/** The agencies, places and documents a query may name (entities.ts), written in shards as /search/entities/… (entityShards.ts). */
export function buildEntityIndex(
  data: Pick<SearchData, 'documents' | 'measures' | 'jurisdiction'> & {
    agencies: Agency[];
    jurisdictions: ReadonlyArray<{ id: string; name: string; shortName: string; url: string }>;
  },
): EntityIndex {
  const led = new Map<string, number>();
  const shared = new Map<string, number>();
  const measuresIn = new Map<string, number>();
  const documentsIn = new Map<string, number>();
  const docPlace = new Map(data.documents.map((d) => [d.id, d.jurisdiction]));
  for (const m of data.measures) {
    for (const a of new Set(m.lead)) led.set(a, (led.get(a) ?? 0) + 1);
    for (const a of new Set(m.responsible)) if (!m.lead.includes(a)) shared.set(a, (shared.get(a) ?? 0) + 1);
    const place = docPlace.get(m.document)!;
    measuresIn.set(place, (measuresIn.get(place) ?? 0) + 1);
  }
  for (const d of data.documents) documentsIn.set(d.jurisdiction, (documentsIn.get(d.jurisdiction) ?? 0) + 1);
  const placeName = (id: string) => data.jurisdiction.get(id)?.name ?? id;
  return {
    version: 1,
    agencies: data.agencies
      .filter((a) => (led.get(a.id) ?? 0) + (shared.get(a.id) ?? 0) > 0)
      .map((a) => [a.fullName, foldText(a.name), a.url, led.get(a.id) ?? 0, shared.get(a.id) ?? 0, placeName(a.jurisdiction)]),
    places: data.jurisdictions
      .filter((j) => (documentsIn.get(j.id) ?? 0) > 0)
      .map((j) => [j.name, j.shortName, j.url, documentsIn.get(j.id) ?? 0, measuresIn.get(j.id) ?? 0]),
    documents: data.documents.map((d) => [d.title, d.url, d.wenhao ?? '', d.measureCount, placeName(d.jurisdiction)]),
  };
}

/**
 * The amount index: every measure with an amount, in document order, then the passages
 * that are not measures (chain texts, section headings: passages.ts) with theirs.
 */
export function buildAmountIndex(data: SearchData, passages: Passage[] = []): AmountIndex {
  const order = new Map(data.documents.map((d, i) => [d.id, i]));
  const measures = data.measures
    .filter((m) => m.amounts.length > 0)
    .sort((a, b) => order.get(a.document)! - order.get(b.document)! || a.order - b.order)
    .map((m): SideMeasure => {
      const f = measureSearchFields(m, data);
      return {
        id: m.id,
        url: m.url,
        title: f.title,
        doc: f.doc,
        place: f.place,
        lead: f.lead,
        deadline: f.deadline,
        ...(f.validity ? { validity: f.validity } : {}),
        text: m.text,
        amounts: m.amounts.map(sideAmount),
        filters: f.filters,
      };
    });
  const others = passages
    .filter((p) => p.amounts.length > 0)
    .map((whole): SideMeasure => {
      const p = aroundAmounts(whole);
      const doc = data.document.get(p.document)!;
      const place = data.jurisdiction.get(doc.jurisdiction)!.name;
      return {
        id: p.pageId,
        url: p.url,
        title: p.title,
        doc: shortDocTitle(doc.fullTitle),
        place,
        lead: '',
        deadline: '',
        text: p.text,
        amounts: p.amounts.map(sideAmount),
        filters: passageFacetValues(place, doc.title),
      };
    });
  return { version: 1, measures: [...measures, ...others] };
}

/** A passage's facet values: where its document is from, which document, and that it has an amount (the chain page carries the same). */
export function passageFacetValues(place: string, docTitle: string): FacetValues {
  return { ...documentFacetValues({ place, title: docTitle }), amount: [HAS_AMOUNT] };
}

/** Which pages cite which 文号 in their indexed text: measures in their text, documents in their other paragraphs. */
export function buildCitations(data: Pick<SearchData, 'documents' | 'measures'>): Array<[string, string[]]> {
  const cited = new Map<string, Set<string>>();
  const add = (text: string, id: string) => {
    for (const w of wenhaoIn(text)) (cited.get(w) ?? cited.set(w, new Set()).get(w)!).add(id);
  };
  for (const m of data.measures) add(m.text, m.id);
  for (const d of data.documents) for (const b of d.blocks) if (!b.measure && b.role !== 'wenhao' && b.role !== 'title') add(b.text, d.id);
  return [...cited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, ids]) => [w, [...ids].sort()]);
}

/** Every text of the corpus, for the characters the t2s map may target. */
export function corpusTexts(data: Pick<SearchData, 'documents' | 'measures'>): string[] {
  return [
    ...data.documents.flatMap((d) => [d.title, d.wenhao ?? '', d.issuer ?? '', ...d.blocks.map((b) => b.text)]),
    ...data.measures.flatMap((m) => [
      m.text,
      m.title ?? '',
      m.leadRaw ?? '',
      m.responsibleRaw ?? '',
      ...m.lineage.map((l) => l.text),
      m.policy?.title ?? '',
    ]),
  ];
}
