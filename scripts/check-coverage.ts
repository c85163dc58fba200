// node scripts/check-coverage.ts [dist] — is every source line published as printed?
//
// Reads what the ingest made (content/generated/: which measure and document owns which
// source lines, and which lines are furniture) and what the build wrote (the pages and
// dist/data/*.json), and checks each line with pipeline/publish/siteCoverage.ts. Run by
// scripts/build.ts on the freshly built site before it replaces dist/; exits 1 when a
// line is missing, naming it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { parseCanonical } from '../pipeline/canonical/blocks.ts';
import type { IngestReport } from '../pipeline/publish/report.ts';
import {
  checkSiteCoverage,
  formatSiteCoverage,
  squash,
  type CoverageSource,
  type Owner,
  type SiteCoverage,
} from '../pipeline/publish/siteCoverage.ts';
import { decodeSource } from '../pipeline/sources/decode.ts';

interface Sourced {
  id: string;
  url: string;
  source: { file: string; lines: [number, number] };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** What a reader sees of a page: the text of <main>, without hidden elements, scripts and styles. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector('main') ?? document.body;
  for (const el of main.querySelectorAll('script, style, template, [hidden]')) el.remove();
  return squash(main.textContent ?? '');
}

function stringsOf(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(squash(value));
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

export function checkPublished(root: string, dist: string): SiteCoverage {
  const generated = join(root, 'content/generated');
  const report = readJson<IngestReport>(join(generated, 'report.json'));
  const sources: CoverageSource[] = report.generatedFrom.map((s) => {
    const text = decodeSource(readFileSync(join(root, s.file)), s.file).text;
    const lines = s.canonical
      ? parseCanonical(text, s.file).blocks.flatMap((b) => b.text.split('\n').map((t) => ({ line: b.lines[0], text: t })))
      : text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
    return { file: s.file, lines, furniture: s.furniture, tableLines: s.tableLines, inlineFurniture: s.inlineFurniture };
  });
  const owners: Owner[] = [
    ...readJson<Sourced[]>(join(generated, 'measures.json')).map((m) => ({ kind: 'measure' as const, ...owner(m) })),
    ...readJson<Sourced[]>(join(generated, 'documents.json')).map((d) => ({ kind: 'document' as const, ...owner(d) })),
  ];
  const openData = {
    measure: new Map(readJson<Sourced[]>(join(dist, 'data/measures.json')).map((r) => [r.id, r])),
    document: new Map(readJson<Sourced[]>(join(dist, 'data/documents.json')).map((r) => [r.id, r])),
  };
  const pages = new Map<string, string | null>();
  const pageText = (url: string) => {
    if (!pages.has(url)) {
      const file = join(dist, url, 'index.html');
      pages.set(url, existsSync(file) ? visibleText(readFileSync(file, 'utf8')) : null);
    }
    return pages.get(url)!;
  };
  const data = new Map<string, string | null>();
  const dataText = (o: Owner) => {
    const key = `${o.kind}:${o.id}`;
    if (!data.has(key)) {
      const record = openData[o.kind].get(o.id);
      data.set(key, record ? stringsOf(record, []).join('\u0000') : null);
    }
    return data.get(key)!;
  };
  return checkSiteCoverage(sources, owners, pageText, dataText);
}

function owner(r: Sourced): Omit<Owner, 'kind'> {
  return { id: r.id, url: r.url, file: r.source.file, lines: r.source.lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = checkPublished(process.cwd(), process.argv[2] ?? 'dist');
  console.log(formatSiteCoverage(result));
  process.exit(result.ok ? 0 : 1);
}
