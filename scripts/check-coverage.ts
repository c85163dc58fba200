// node scripts/check-coverage.ts [dist] — is every source line published as printed?
//
// Reads what the ingest made (content/generated/: which measure and document owns which
// source lines, and which lines are furniture) and what the build wrote (the pages and
// dist/data/*.json), and checks each line with pipeline/publish/siteCoverage.ts. Run by
// scripts/build.ts on the freshly built site before it replaces dist/; exits 1 when a
// line is missing, naming it.
//
// The lines of a saved page or a Word file are those the ingest read it into and recorded
// (content/generated/text/<file>.txt, `extractedText` in the report); the page itself is read
// again with the ingest's own reader (pipeline/publish/sourceText.ts) to hold that text and
// the items the report declares left out against it.
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
  type OriginalSource,
  type Owner,
  type SiteCoverage,
} from '../pipeline/publish/siteCoverage.ts';
import { readSourceText, type SourceText } from '../pipeline/publish/sourceText.ts';
import { decodeSource } from '../pipeline/sources/decode.ts';
import { SourceError } from '../pipeline/sources/errors.ts';

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
    const common = { file: s.file, furniture: s.furniture, tableLines: s.tableLines, inlineFurniture: s.inlineFurniture };
    if (s.extractedText) {
      // A page or a Word file: the lines the ingest read it into, held against the page.
      const recorded = existsSync(join(root, s.extractedText)) ? readFileSync(join(root, s.extractedText), 'utf8').replace(/\n$/, '') : '';
      const lines = recorded.split('\n').map((t, i) => ({ line: i + 1, text: t }));
      return { ...common, lines, original: original(readFileSync(join(root, s.file)), s, lines) };
    }
    const text = decodeSource(readFileSync(join(root, s.file)), s.file).text;
    const lines = s.canonical
      ? parseCanonical(text, s.file).blocks.flatMap((b) => b.text.split('\n').map((t) => ({ line: b.lines[0], text: t })))
      : text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
    return { ...common, lines };
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

/** The page or Word file behind recorded lines: what it reads to now, its own text, what the report declares left out. */
function original(bytes: Uint8Array, s: IngestReport['generatedFrom'][number], lines: CoverageSource['lines']): OriginalSource {
  let read: SourceText;
  try {
    read = readSourceText(bytes, s.file, s.format);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return { origin: new Map(), record: [], leftOut: [], balance: false, differs: { line: 1, text: e.message } };
  }
  const now = read.text.split('\n');
  const at = Math.max(now.length, lines.length);
  let differs: OriginalSource['differs'] = null;
  for (let i = 0; i < at && !differs; i++) if (now[i] !== lines[i]?.text) differs = { line: i + 1, text: now[i] ?? lines[i]!.text };
  return {
    origin: new Map((read.page?.origin ?? []).map((o, i) => [i + 1, o])),
    record: read.record ?? [],
    leftOut: s.leftOut.filter((l) => l.reason !== 'image').map((l) => l.text),
    balance: s.format === 'html',
    differs,
  };
}

function owner(r: Sourced): Omit<Owner, 'kind'> {
  return { id: r.id, url: r.url, file: r.source.file, lines: r.source.lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = checkPublished(process.cwd(), process.argv[2] ?? 'dist');
  console.log(formatSiteCoverage(result));
  process.exit(result.ok ? 0 : 1);
}
