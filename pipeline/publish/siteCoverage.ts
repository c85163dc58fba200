// Coverage of what is published: every source line that is not declared furniture must
// appear, as printed, on the built page that owns it and in the open-data record of that
// page. The ingest's own check (coverage.ts) looks at the records it wrote; this one looks
// at dist/ after the build, so a page that drops text — an extractor that loses the second
// sentence of every measure while the document record still holds it — fails the build.
//
// The page that owns a line: the measure whose source lines hold it (its page shows the
// measure's text, and for a work-list row the texts of the levels above), otherwise the
// document whose lines hold it (its page shows the document's text). Whitespace is ignored
// on both sides (a hard-wrapped line is one phrase on the page); a table line is compared
// cell by cell, without its bars (| │), which are layout.
//
// A saved page (.html) or a Word file (.docx) is looked for line by line in the text the
// ingest read it into (content/generated/text/<file>.txt, whose line numbers its records
// cite), and the page stays the source of record: that text must be what the page reads to
// now, and every piece of the page's own text (a text node, a Word paragraph) must be in it
// or declared left out (navigation, 打印 关闭, the information table …). A reader of the page
// that silently dropped a paragraph would otherwise pass: its text would be whole, and short.

import type { InlineFurniture } from './coverage.ts';

export interface CoverageSource {
  file: string;
  /** Line number → text as printed, of every line of the source (for a hand-made canonical file: its blocks' lines). */
  lines: Array<{ line: number; text: string }>;
  furniture: Array<[number, number]>;
  tableLines: number[];
  /** Furniture inside a line (a Word artefact, [bookmark: _GoBack]): taken out before the line is looked for. */
  inlineFurniture?: InlineFurniture[];
  /** A page or a Word file read into `lines`: the source of record they are held against. */
  original?: OriginalSource;
}

export interface OriginalSource {
  /** Line of `lines` → the line of the page it was read from (a Word file has none). */
  origin: Map<number, number | null>;
  /** The page's own text, piece by piece in order: its text nodes (with their HTML line), the Word file's paragraphs. */
  record: Array<{ text: string; line: number | null }>;
  /** What the ingest declared left out of the lines, each whole (not images: their alt text is no text of the page). */
  leftOut: string[];
  /**
   * The characters must add up: the record's = the lines' + those declared left out. True for a
   * page (its text nodes are all its text); not for a Word file, to which mammoth adds the
   * markers and texts of footnotes that word/document.xml keeps elsewhere.
   */
  balance: boolean;
  /** Where `lines` differ from what the page reads to now (the first differing line, as the page reads), or null. */
  differs: { line: number; text: string } | null;
}

export interface Owner {
  kind: 'measure' | 'document';
  id: string;
  url: string;
  file: string;
  lines: [number, number];
}

export interface LostLine {
  file: string;
  /** The line records cite (for a page: of the text it was read into), or null when none is at fault. */
  line: number | null;
  /** For a page: the line of the HTML file it stands on. */
  pageLine?: number | null;
  /** The page that should show it, or null when no published record holds the line. */
  url: string | null;
  /**
   * Where it is missing: the page, the open data, or both; in no published record; for a page
   * or a Word file, from the text it was read into though the page holds it and does not
   * declare it left out (`text`), the text it was read into is not what the page reads to
   * (`reading`), or the page's characters are not those of that text and those left out (`balance`).
   */
  missing: Array<'page' | 'data' | 'owner' | 'text' | 'reading' | 'balance'>;
  text: string; // the first missing piece, 40 characters at most
}

export interface SourceSiteCoverage {
  file: string;
  characters: number; // non-whitespace characters outside furniture
  covered: number;
  percent: number;
  lost: LostLine[];
}

export interface SiteCoverage {
  sources: SourceSiteCoverage[];
  characters: number;
  covered: number;
  ok: boolean;
}

const NUMBER_PREFIX = /^(?:\d{1,4}[.、．]|[(（]\d{1,4}[)）])(?=\S)/;

export const squash = (s: string): string => s.replace(/\s+/g, '');

/** The pieces of a line that must each be published: the line, or a table line's cells. */
export function piecesOf(text: string, table: boolean): string[] {
  const s = squash(text);
  return table ? s.split(/[|│┃║]+/).filter(Boolean) : s ? [s] : [];
}

/**
 * `pageText(url)`: the visible text of the built page, whitespace removed (null when there
 * is no such page); `dataText(owner)`: the strings of the owner's open-data record, each
 * whitespace-free, joined by a character that occurs in no source (null when missing).
 */
export function checkSiteCoverage(
  sources: CoverageSource[],
  owners: Owner[],
  pageText: (url: string) => string | null,
  dataText: (owner: Owner) => string | null,
): SiteCoverage {
  const byFile = new Map<string, Owner[]>();
  for (const o of owners) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  const result: SourceSiteCoverage[] = sources.map((source) => {
    const own = byFile.get(source.file) ?? [];
    // A measure owns its lines before the document that holds it.
    const documentOf = (n: number) => own.find((o) => o.kind === 'document' && o.lines[0] <= n && n <= o.lines[1]) ?? null;
    const ownerOf = (n: number) => own.find((o) => o.kind === 'measure' && o.lines[0] <= n && n <= o.lines[1]) ?? documentOf(n);
    const furniture = (n: number) => source.furniture.some(([a, b]) => a <= n && n <= b);
    const table = new Set(source.tableLines);
    let characters = 0;
    let covered = 0;
    const lost: LostLine[] = source.original ? accountForOriginal(source.file, source.lines, source.original) : [];
    const at = (line: number) => (source.original ? { line, pageLine: source.original.origin.get(line) ?? null } : { line });
    const inline = new Map<number, InlineFurniture[]>();
    for (const f of source.inlineFurniture ?? []) inline.set(f.line, [...(inline.get(f.line) ?? []), f]);
    for (const { line, text: printed } of source.lines) {
      let text = printed;
      for (const f of [...(inline.get(line) ?? [])].sort((a, b) => b.start - a.start))
        if (text.slice(f.start, f.start + f.text.length) === f.text) text = text.slice(0, f.start) + text.slice(f.start + f.text.length);
      const pieces = piecesOf(text, table.has(line));
      if (pieces.length === 0 || furniture(line)) continue;
      const size = squash(text).length;
      characters += size;
      const owner = ownerOf(line);
      if (!owner) {
        lost.push({ file: source.file, ...at(line), url: null, missing: ['owner'], text: pieces[0]!.slice(0, 40) });
        continue;
      }
      const page = pageText(owner.url) ?? '';
      const data = dataText(owner) ?? '';
      // A table's header cells (重点工作: | 135.统筹… in a label/value table) label every row:
      // a cell of a measure's table line may stand on the measure's page or, as a header,
      // on its document's page.
      const doc = table.has(line) && owner.kind === 'measure' ? documentOf(line) : null;
      const docPage = doc ? (pageText(doc.url) ?? '') : '';
      const docData = doc ? (dataText(doc) ?? '') : '';
      // An item number printed before its text (135.统筹… in a table cell) is shown as the item's label (第135项).
      const onPage = (p: string) =>
        page.includes(p) || docPage.includes(p) || (owner.kind === 'measure' && page.includes(p.replace(NUMBER_PREFIX, '')));
      const notOnPage = pieces.filter((p) => !onPage(p));
      const notInData = pieces.filter((p) => !data.includes(p) && !docData.includes(p));
      if (notOnPage.length === 0 && notInData.length === 0) {
        covered += size;
        continue;
      }
      const missing: LostLine['missing'] = [];
      if (notOnPage.length) missing.push('page');
      if (notInData.length) missing.push('data');
      lost.push({ file: source.file, ...at(line), url: owner.url, missing, text: (notOnPage[0] ?? notInData[0]!).slice(0, 40) });
    }
    return { file: source.file, characters, covered, percent: characters ? (covered / characters) * 100 : 100, lost };
  });
  const characters = result.reduce((n, s) => n + s.characters, 0);
  const covered = result.reduce((n, s) => n + s.covered, 0);
  return { sources: result, characters, covered, ok: result.every((s) => s.lost.length === 0) };
}

/**
 * A page or a Word file against the text it was read into: that text is what the page reads
 * to now, and each piece of the page's own text is in it or declared left out. Pieces are
 * looked for whitespace aside, in the text as a whole (a Word paragraph with a line break in
 * it is two lines) — so this guards against text lost (a paragraph, a cell, a sentence), not
 * against a character moved.
 */
export function accountForOriginal(file: string, lines: CoverageSource['lines'], original: OriginalSource): LostLine[] {
  if (original.differs)
    return [
      {
        file,
        line: original.differs.line,
        pageLine: original.origin.get(original.differs.line) ?? null,
        url: null,
        missing: ['reading'],
        text: squash(original.differs.text).slice(0, 40),
      },
    ];
  const read = squash(lines.map((l) => l.text).join(''));
  const declared = original.leftOut.map(squash);
  const lost: LostLine[] = [];
  for (const piece of original.record) {
    const p = squash(piece.text);
    if (!p || read.includes(p) || declared.some((d) => d.includes(p))) continue;
    lost.push({ file, line: null, pageLine: piece.line, url: null, missing: ['text'], text: p.slice(0, 40) });
  }
  if (lost.length === 0 && original.balance) {
    // Every piece was found; a piece found only because the same text stands elsewhere (a
    // 序号 cell 1 dropped) still shows in the count.
    const size = (xs: string[]) => xs.reduce((n, x) => n + squash(x).length, 0);
    const [record, inText, declaredSize] = [size(original.record.map((r) => r.text)), read.length, size(original.leftOut)];
    if (record !== inText + declaredSize)
      lost.push({ file, line: null, url: null, missing: ['balance'], text: `${record} ≠ ${inText} + ${declaredSize}` });
  }
  return lost;
}

const WHERE: Record<LostLine['missing'][number], string> = {
  page: 'not on its page',
  data: 'not in the open data',
  owner: 'in no published document',
  text: 'in the source but neither in the text it was read into nor declared left out',
  reading: 'its text in content/generated/text/ differs here from what the source reads to now',
  balance: 'the characters of the page are not those of the text it was read into plus those declared left out',
};

/** file:line, and for a page the line of the HTML file: content/sources/x.html:12 (page line 57). */
const place = (l: LostLine) => `${l.file}${l.line === null ? '' : `:${l.line}`}${l.pageLine ? ` (page line ${l.pageLine})` : ''}`;

/** For the build's console: one line per source below 100%, then every lost line as file:line. */
export function formatSiteCoverage(c: SiteCoverage, limit = 50): string {
  const lines: string[] = [];
  const lost = c.sources.flatMap((s) => s.lost);
  if (c.ok) {
    lines.push(`coverage: every line of ${c.sources.length} sources (${c.characters} characters) is on its page and in the open data`);
    return lines.join('\n');
  }
  lines.push(`coverage FAILED: ${c.covered} of ${c.characters} characters published as printed, ${lost.length} lines lost:`);
  for (const s of c.sources.filter((x) => x.lost.length)) lines.push(`  ${s.file}: ${s.percent.toFixed(2)}%`);
  for (const l of lost.slice(0, limit))
    lines.push(`  LOST ${place(l)}: ${l.missing.map((m) => WHERE[m]).join(', ')}${l.url ? ` ${l.url}` : ''}: ${l.text}`);
  if (lost.length > limit) lines.push(`  … and ${lost.length - limit} more`);
  return lines.join('\n');
}
