// A Word file (.docx) as a source: converted to HTML by mammoth (in a worker, see
// convert.worker.ts) and read by the same code as a saved web page (../html/readPage.ts),
// the whole HTML being document. Merged cells arrive as rowspans and become merged cells of
// the table (mergedUp), not empty cells to be guessed at; Word artefacts are reported.
import { fileURLToPath } from 'node:url';
import { createSyncFn } from 'synckit';
import type { AnomalyDraft } from '../../anomalies.ts';
import { SourceError } from '../../sources/errors.ts';
import { readPage, type PageText } from '../html/readPage.ts';
import { WORD_ARTEFACT_MESSAGES, type WordConversion } from './artefacts.ts';

const convertSync = createSyncFn<(bytes: Uint8Array) => Promise<WordConversion>>(
  fileURLToPath(new URL('./convert.worker.ts', import.meta.url)),
);

const squash = (s: string) => s.replace(/\s+/g, '');

export interface DocxText {
  page: PageText;
  /** Word artefacts, each on the line of the paragraph it sits in. */
  anomalies: AnomalyDraft[];
  /** The Word file's own text: the accept-all text of each paragraph of word/document.xml (read apart from mammoth). */
  paragraphs: string[];
}

export function readDocx(bytes: Uint8Array, file: string): DocxText {
  // A .docx is a zip file: PK\x03\x04.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new SourceError(file, null, 'not a Word (.docx) file: it is not a zip archive');
  let converted: WordConversion;
  try {
    converted = convertSync(bytes);
  } catch (e) {
    throw new SourceError(file, null, `cannot read the Word file: ${(e as Error).message}`);
  }
  const page = readPage(`<!DOCTYPE html><html><head></head><body>${converted.html}</body></html>`, file, { whole: true });
  const keys = page.lines.map(squash);
  const lineOf = (paragraph: string): number | null => {
    const p = squash(paragraph);
    if (!p) return null;
    const at = keys.findIndex(
      (k) => k === p || k.replace(/^\t/, '') === p || k.includes(p) || (p.length > 10 && p.includes(k) && k.length > 10),
    );
    return at >= 0 ? at + 1 : null;
  };
  const anomalies: AnomalyDraft[] = converted.artefacts.map((a) => ({
    code: 'word-artefact',
    line: lineOf(a.paragraph),
    message: WORD_ARTEFACT_MESSAGES[a.kind](a.text),
  }));
  return { page, anomalies, paragraphs: converted.paragraphs };
}
