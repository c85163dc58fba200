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
    return {
      ...d,
      jurisdiction: index(d.jurisdictions),
      document: index(d.documents),
      measure: index(d.measures),
      agency: index(d.agencies),
      policy: index(d.policies),
      issue: index(d.issues),
      measuresByDocument,
      ledBy: group((m) => m.lead),
      sharedBy: group((m) => m.responsible),
    };
  })();
  return cache;
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

/** 0 for 中央, 1 for 湖北省, … */
export function depthOf(data: Pick<SiteData, 'jurisdictions'>, id: string): number {
  return ancestry(data.jurisdictions, id).length - 1;
}

/** Central-policy chains in which this jurisdiction has a level of its own (a 省/市 落实举措 or the 中央 text). */
export function policiesSpeakingFor(data: SiteData, place: string): PolicyChain[] {
  return data.policies.filter((p) =>
    p.measures.some((id) => {
      const m = data.measure.get(id);
      return m && (m.level === place || m.lineage.some((l) => l.level === place && !l.merged && l.text.trim() !== ''));
    }),
  );
}

/** Jurisdictions the site has something to say about: a document of its own, or a level in a work list's chain. */
export function usedJurisdictions(data: SiteData): Set<string> {
  return new Set([
    ...data.documents.map((d) => d.jurisdiction),
    ...data.measures.flatMap((m) => [m.level, ...m.lineage.map((l) => l.level)]),
  ]);
}
