// The text a source's line numbers refer to, read from its bytes. One function for the
// ingest (assemble.ts) and for the check of the built site (scripts/check-coverage.ts), so
// that both read a saved page or a Word file into the very same lines.
//
// A text file is its own text. A saved page (.html) or a Word file (.docx) is read into
// lines first (pipeline/adapters/html, pipeline/adapters/docx); those lines are what records
// cite, and the ingest writes them to content/generated/text/<file>.txt. The page or the
// Word file stays the source of record: what it holds is either in those lines or declared
// left out (navigation, 打印 关闭, the information table …), and `record` gives its text piece
// by piece so that the check can hold the lines against it.
import type { AnomalyDraft } from '../anomalies.ts';
import { readDocx } from '../adapters/docx/readDocx.ts';
import { decodePage } from '../adapters/html/charset.ts';
import { readPage, textNodes, type PageText } from '../adapters/html/readPage.ts';
import { decodeSource, type DecodedSource } from '../sources/decode.ts';
import { SourceError } from '../sources/errors.ts';

/** How a source is read, from its extension (and the manifest's `format`). */
export type SourceKind = 'text' | 'canonical' | 'html' | 'docx';
export function sourceKind(entry: { file: string; format?: string | undefined }): SourceKind {
  if (entry.format === 'canonical' || /\.md$/i.test(entry.file)) return 'canonical';
  if (entry.format === 'html' || /\.(?:s?html?|xhtml)$/i.test(entry.file)) return 'html';
  if (entry.format === 'docx' || /\.docx$/i.test(entry.file)) return 'docx';
  return 'text';
}

/** Where the text of an .html or .docx source is written: its line numbers refer to this file. */
export const extractedTextPath = (file: string) => `content/generated/text/${file.split('/').at(-1)}.txt`;

/** A piece of the source of record's own text: a text node of the page (with its HTML line), a paragraph of the Word file. */
export interface RecordPiece {
  text: string;
  line: number | null;
}

export interface SourceText {
  /** The lines records cite, joined by \n. */
  text: string;
  encoding: DecodedSource['encoding'] | 'docx';
  lineEndings: DecodedSource['lineEndings'];
  /** For a page or a Word file: what it was read into (lines, tables, metadata, what was left out). */
  page: PageText | null;
  /** For a page or a Word file: its own text, piece by piece, in order. */
  record: RecordPiece[] | null;
  /** What reading found (a page decoded as GB18030, Word artefacts). */
  anomalies: AnomalyDraft[];
}

export function readSourceText(bytes: Uint8Array, path: string, kind: SourceKind): SourceText {
  if (/\.doc$/i.test(path)) throw new SourceError(path, null, 'a .doc (Word 97–2003) file cannot be read: save it as .docx');
  if (kind === 'html') {
    const d = decodePage(bytes, path);
    const page = readPage(d.text, path);
    const anomalies: AnomalyDraft[] =
      d.encoding === 'gb18030'
        ? [{ code: 'encoding', line: null, message: `网页声明编码为 ${d.declared ?? '（未声明）'}，已按 GB18030 解码` }]
        : [];
    return { text: page.lines.join('\n'), encoding: d.encoding, lineEndings: 'lf', page, record: textNodes(d.text), anomalies };
  }
  if (kind === 'docx') {
    const r = readDocx(bytes, path);
    const record = r.paragraphs.map((text) => ({ text, line: null }));
    return { text: r.page.lines.join('\n'), encoding: 'docx', lineEndings: 'lf', page: r.page, record, anomalies: r.anomalies };
  }
  const decoded = decodeSource(bytes, path);
  const anomalies: AnomalyDraft[] =
    decoded.encoding === 'utf-8' ? [] : [{ code: 'encoding', line: null, message: `源文件编码为 ${decoded.encoding}，已按此解码` }];
  return { ...decoded, page: null, record: null, anomalies };
}
