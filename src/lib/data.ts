// One place that loads the collections and builds the lookups pages need.
import { getCollection } from 'astro:content';
import type { Agency, Document, GazetteIssue, Jurisdiction, Measure, PolicyChain, SiteInfo } from '../../pipeline/schema.ts';
import { ancestry } from '../../pipeline/sources/jurisdictions.ts';

export interface SiteData {
  jurisdictions: Jurisdiction[];
  documents: Document[];
  measures: Measure[];
  agencies: Agency[];
  policies: PolicyChain[];
  /** Gazette issues (政府公报), newest first. */
  issues: GazetteIssue[];
  /** The site's update date (截至…) and where it comes from. */
  site: SiteInfo;
  jurisdiction: Map<string, Jurisdiction>;
  document: Map<string, Document>;
  measure: Map<string, Measure>;
  agency: Map<string, Agency>;
  policy: Map<string, PolicyChain>;
  issue: Map<string, GazetteIssue>;
  measuresByDocument: Map<string, Measure[]>;
  ledBy: Map<string, Measure[]>;
  sharedBy: Map<string, Measure[]>;
  /** A document's central-policy chains (work lists have them), in data.policies order. */
  policiesByDocument: Map<string, PolicyChain[]>;
  /** What a place page shows, computed once: a page per place that scanned the corpus made the build quadratic. */
  byPlace: Map<string, PlaceIndex>;
  /** Jurisdictions the site has something to say about (see usedJurisdictions). */
  used: Set<string>;
}

export interface PlaceIndex {
  documents: Document[];
  /** measures of the place's own documents */
  measures: number;
  agencies: Agency[];
  /** used places whose parent it is, in tree order */
  children: Jurisdiction[];
  /** chains in which it has a level of its own (see policiesSpeakingFor), in data.policies order */
  policies: PolicyChain[];
}

let cache: Promise<SiteData> | null = null;

export function loadData(): Promise<SiteData> {
  cache ??= (async () => {
    const [jurisdictions, documents, measures, agencies, policies, issues, site] = await Promise.all([
      getCollection('jurisdictions'),
      getCollection('documents'),
      getCollection('measures'),
      getCollection('agencies'),
      getCollection('policies'),
      getCollection('issues'),
      getCollection('site'),
    ]);
    const d = {
      jurisdictions: treeOrder(jurisdictions.map((e) => e.data)),
      documents: documents.map((e) => e.data),
      // The content layer returns entries by id ("1-1", "1-10", "1-2"…); readers and
      // the open-data files want each document's measures in printed order.
      measures: measures.map((e) => e.data).sort((a, b) => a.document.localeCompare(b.document) || a.order - b.order),
      agencies: agencies.map((e) => e.data),
      policies: policies
        .map((e) => e.data)
        .sort((a, b) => a.document.localeCompare(b.document) || Number(a.number) - Number(b.number) || a.id.localeCompare(b.id)),
      issues: issues.map((e) => e.data).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)),
      site: site[0]?.data ?? { id: 'site' as const, asOf: null, asOfFrom: 'none' as const },
    };
    const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    const group = (pick: (m: Measure) => string[]) => {
      const map = new Map<string, Measure[]>();
      for (const m of d.measures) {
        for (const k of pick(m)) {
          const list = map.get(k);
          if (list) list.push(m);
          else map.set(k, [m]);
        }
      }
      return map;
    };
    const measuresByDocument = group((m) => [m.document]); // in printed order, as d.measures is
    const measure = index(d.measures);
    const used = new Set([
      ...d.documents.map((x) => x.jurisdiction),
      ...d.measures.flatMap((m) => [m.level, ...m.lineage.map((l) => l.level)]),
    ]);
    return {
      ...d,
      jurisdiction: index(d.jurisdictions),
      document: index(d.documents),
      measure,
      agency: index(d.agencies),
      policy: index(d.policies),
      issue: index(d.issues),
      measuresByDocument,
      ledBy: group((m) => m.lead),
      sharedBy: group((m) => m.responsible),
      policiesByDocument: groupBy(d.policies, (p) => [p.document]),
      byPlace: placeIndex(d, measure, used),
      used,
    };
  })();
  return cache;
}

function groupBy<T>(xs: readonly T[], keys: (x: T) => Iterable<string>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of xs) {
    for (const k of new Set(keys(x))) {
      const list = map.get(k);
      if (list) list.push(x);
      else map.set(k, [x]);
    }
  }
  return map;
}

function placeIndex(
  d: Pick<SiteData, 'jurisdictions' | 'documents' | 'measures' | 'agencies' | 'policies'>,
  measure: ReadonlyMap<string, Measure>,
  used: ReadonlySet<string>,
): Map<string, PlaceIndex> {
  const documents = groupBy(d.documents, (x) => [x.jurisdiction]);
  const agencies = groupBy(d.agencies, (a) => [a.jurisdiction]);
  const children = groupBy(
    d.jurisdictions.filter((j) => used.has(j.id)),
    (j) => (j.parent ? [j.parent] : []),
  );
  const measures = new Map<string, number>();
  for (const m of d.measures) measures.set(m.jurisdiction, (measures.get(m.jurisdiction) ?? 0) + 1);
  // The levels a chain speaks for: each row's own level, and every level of its lineage with text of its own.
  const policies = groupBy(d.policies, (p) =>
    p.measures.flatMap((id) => {
      const m = measure.get(id);
      return m ? [m.level, ...m.lineage.filter((l) => !l.merged && l.text.trim() !== '').map((l) => l.level)] : [];
    }),
  );
  return new Map(
    d.jurisdictions.map((j) => [
      j.id,
      {
        documents: documents.get(j.id) ?? [],
        measures: measures.get(j.id) ?? 0,
        agencies: agencies.get(j.id) ?? [],
        children: children.get(j.id) ?? [],
        policies: policies.get(j.id) ?? [],
      },
    ]),
  );
}

/** Top-down, depth-first: 中央, 湖北省, 荆门市, 钟祥市, … (children by name). */
export function treeOrder(all: Jurisdiction[]): Jurisdiction[] {
  const children = (parent: string | null) => all.filter((j) => j.parent === parent).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const out: Jurisdiction[] = [];
  const visit = (j: Jurisdiction) => {
    out.push(j);
    children(j.id).forEach(visit);
  };
  children(null).forEach(visit);
  // Anything whose parent is missing still appears, at the end.
  return [...out, ...all.filter((j) => !out.includes(j))];
}

const depths = new WeakMap<readonly Jurisdiction[], Map<string, number>>();

/** 0 for 中央, 1 for 湖北省, … (for the whole list at once: policy pages ask it for every level they show). */
export function depthOf(data: Pick<SiteData, 'jurisdictions'>, id: string): number {
  let map = depths.get(data.jurisdictions);
  if (!map) {
    const all = data.jurisdictions;
    const byId = new Map(all.map((j) => [j.id, j]));
    // ancestry() for one place, without building its lookup for each: a parent's depth plus one.
    const computed = new Map<string, number>();
    const depth = (j: Jurisdiction, seen: Set<string>): number => {
      const known = computed.get(j.id);
      if (known !== undefined) return known;
      const parent = j.parent ? byId.get(j.parent) : undefined;
      const d = parent && !seen.has(parent.id) ? depth(parent, seen.add(j.id)) + 1 : 0;
      computed.set(j.id, d);
      return d;
    };
    for (const j of all) depth(j, new Set());
    depths.set(all, (map = computed));
  }
  return map.get(id) ?? ancestry(data.jurisdictions, id).length - 1;
}

/** Central-policy chains in which this jurisdiction has a level of its own (a 省/市 落实举措 or the 中央 text). */
export function policiesSpeakingFor(data: Pick<SiteData, 'byPlace'>, place: string): PolicyChain[] {
  return data.byPlace.get(place)?.policies ?? [];
}

/** Jurisdictions the site has something to say about: a document of its own, or a level in a work list's chain. */
export function usedJurisdictions(data: Pick<SiteData, 'used'>): Set<string> {
  return data.used;
}
