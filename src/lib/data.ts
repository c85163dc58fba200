// One place that loads the collections and builds the lookups pages need.
import { getCollection } from 'astro:content';
import type { Agency, Document, Jurisdiction, Measure, PolicyChain } from '../../pipeline/schema.ts';

export interface SiteData {
  jurisdictions: Jurisdiction[];
  documents: Document[];
  measures: Measure[];
  agencies: Agency[];
  policies: PolicyChain[];
  jurisdiction: Map<string, Jurisdiction>;
  document: Map<string, Document>;
  measure: Map<string, Measure>;
  agency: Map<string, Agency>;
  policy: Map<string, PolicyChain>;
  measuresByDocument: Map<string, Measure[]>;
  ledBy: Map<string, Measure[]>;
  sharedBy: Map<string, Measure[]>;
}

let cache: Promise<SiteData> | null = null;

export function loadData(): Promise<SiteData> {
  cache ??= (async () => {
    const [jurisdictions, documents, measures, agencies, policies] = await Promise.all([
      getCollection('jurisdictions'), getCollection('documents'), getCollection('measures'), getCollection('agencies'), getCollection('policies'),
    ]);
    const d = {
      jurisdictions: jurisdictions.map((e) => e.data),
      documents: documents.map((e) => e.data),
      measures: measures.map((e) => e.data),
      agencies: agencies.map((e) => e.data),
      policies: policies.map((e) => e.data),
    };
    const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    const group = (pick: (m: Measure) => string[]) => {
      const map = new Map<string, Measure[]>();
      for (const m of d.measures) for (const k of pick(m)) map.set(k, [...(map.get(k) ?? []), m]);
      return map;
    };
    const measuresByDocument = group((m) => [m.document]);
    for (const list of measuresByDocument.values()) list.sort((a, b) => a.order - b.order);
    return {
      ...d,
      jurisdiction: index(d.jurisdictions), document: index(d.documents), measure: index(d.measures), agency: index(d.agencies), policy: index(d.policies),
      measuresByDocument, ledBy: group((m) => m.lead), sharedBy: group((m) => m.responsible),
    };
  })();
  return cache;
}

/** Jurisdictions the site has something to say about: a document of its own, or a level in a work list's chain. */
export function usedJurisdictions(data: SiteData): Set<string> {
  return new Set([...data.documents.map((d) => d.jurisdiction), ...data.measures.flatMap((m) => [m.level, ...m.lineage.map((l) => l.level)])]);
}
