// The real test corpus: documents of other provinces in content/sources/, and what a
// careful reader finds in each, written down by reading them (tests/corpus/expected/).
// Compares the ingest's records with those expectations and lists every difference.
import { readdirSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Collections } from '../../pipeline/publish/assemble.ts';
import type { Measure } from '../../pipeline/schema.ts';

export interface ExpectedMeasure {
  number: string;
  starts: string;
  lead: string[];
  responsible: string[];
  groups: string[];
  people: string[];
  amounts: Array<{ raw: string; value: number; currency: string; max?: number }>;
  deadline: { raw: string; normalized: string | null } | null;
  /** Policy periods the item's text states (实施期限至2021年12月31日), when written down: [raw, last day]. */
  periods?: Array<[string, string]>;
}

export interface Expected {
  source: { file: string; jurisdiction: string; url: string; province: string; traits: string[]; notes?: string };
  document: {
    title: string | null;
    wenhao: string | null;
    issuer: string | null;
    date: string | null;
    kind: string;
    truncated: boolean;
    /** The document's own validity clause, when written down: null says the visible text prints none. */
    validity?: { effective: string | null; until: string | null; clause: string } | null;
  };
  counts: { items: number; measures: number };
  measures: ExpectedMeasure[];
}

export const CORPUS_DIR = 'tests/corpus/expected';

export function loadExpected(dir = CORPUS_DIR): Expected[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => YAML.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Expected);
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The measure an expectation is about: the one whose text (after its number) starts with `starts`. */
export function findMeasure(measures: Measure[], e: ExpectedMeasure): Measure | undefined {
  const want = squash(e.starts);
  const last = e.number.trim().split(/\s+/).at(-1)!;
  const candidates = measures.filter((m) => {
    const body = squash(m.text).replace(/^[(（]?[一二三四五六七八九十百\d.]+[)）、.．]?/, '');
    return (
      body.startsWith(want) ||
      squash(m.title ?? '').startsWith(want) ||
      squash(m.text)
        .slice(0, want.length + 12)
        .includes(want)
    );
  });
  return candidates.find((m) => squash(m.label).includes(squash(last).replace(/[、.．()（）]/g, ''))) ?? candidates[0];
}

/** Every difference between what the ingest made of the corpus and what a reader expects. */
export function corpusDifferences(c: Collections, expected: Expected[]): string[] {
  const out: string[] = [];
  const nameOf = (id: string) => c.agencies.find((a) => a.id === id);
  for (const e of expected) {
    const file = `content/sources/${e.source.file}`;
    const docs = c.documents.filter((d) => d.source.file === file);
    const failed = c.failures.find((f) => f.file === file);
    if (failed) {
      out.push(`${e.source.file}: failed: ${failed.message}`);
      continue;
    }
    if (docs.length !== 1) {
      out.push(`${e.source.file}: ${docs.length} documents`);
      if (docs.length === 0) continue;
    }
    const d = docs[0]!;
    const doc = e.document;
    if (doc.title !== null && squash(d.title) !== squash(doc.title)) out.push(`${e.source.file}: title ${d.title} ≠ ${doc.title}`);
    if ((d.wenhao ?? null) !== (doc.wenhao ?? null) && !(doc.wenhao && d.wenhaoRaw === doc.wenhao))
      out.push(`${e.source.file}: 文号 ${d.wenhao} ≠ ${doc.wenhao}`);
    if (doc.issuer !== null && d.issuer !== doc.issuer) out.push(`${e.source.file}: issuer ${d.issuer} ≠ ${doc.issuer}`);
    if (doc.date !== null && d.date !== doc.date) out.push(`${e.source.file}: date ${d.date} ≠ ${doc.date}`);
    if (d.kind !== doc.kind) out.push(`${e.source.file}: kind ${d.kind} ≠ ${doc.kind}`);
    if (doc.validity !== undefined) {
      const got =
        d.validity.stated === 'none' ? null : { effective: d.validity.effective, until: d.validity.until, clause: d.validity.clause };
      if (JSON.stringify(got) !== JSON.stringify(doc.validity))
        out.push(`${e.source.file}: validity ${JSON.stringify(got)} ≠ ${JSON.stringify(doc.validity)}`);
    }
    const measures = c.measures.filter((m) => docs.some((x) => x.id === m.document));
    if (measures.length !== e.counts.measures) out.push(`${e.source.file}: ${measures.length} measures ≠ ${e.counts.measures}`);
    for (const em of e.measures) {
      const where = `${e.source.file} ${em.number} 「${em.starts}」`;
      const m = findMeasure(measures, em);
      if (!m) {
        out.push(`${where}: no such measure`);
        continue;
      }
      const names = (ids: string[]) => ids.map((id) => nameOf(id)?.aliases[0]?.name ?? nameOf(id)?.name ?? id);
      const cmp = (what: string, got: unknown, want: unknown) => {
        if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${where}: ${what} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      };
      cmp('lead', names(m.lead), em.lead);
      cmp('responsible', names(m.responsible), em.responsible);
      cmp('groups', [...m.leadGroups, ...m.responsibleGroups].sort(), [...em.groups].sort());
      cmp('people', m.people, em.people);
      cmp(
        'amounts',
        m.amounts.map((a) => [a.value, a.currency]),
        em.amounts.map((a) => [a.value, a.currency]),
      );
      cmp('deadline', m.deadline?.normalized ?? null, em.deadline?.normalized ?? null);
      if (em.periods !== undefined)
        cmp(
          'periods',
          m.periods.map((p) => [p.raw, p.until]),
          em.periods,
        );
    }
  }
  return out;
}
