// Government texts arrive as UTF-8 (with or without BOM) or as GB18030 from
// older Windows tools, with LF or CRLF line endings. Decode them all to one
// canonical form — UTF-8 string, LF, no BOM — and say what was found, so the
// report can tell a maintainer what the file really was.

import { SourceError } from './errors.ts';

export { SourceError };

export interface DecodedSource {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030';
  lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed';
}

export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  if (bytes.length === 0) throw new SourceError(file, 1, 'file is empty');
  let encoding: DecodedSource['encoding'] = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    if (encoding === 'utf-8-bom') throw new SourceError(file, null, 'file starts with a UTF-8 BOM but is not valid UTF-8');
    // GB18030 is a superset of GBK/GB2312 and decodes every byte sequence those produce.
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(body);
      encoding = 'gb18030';
    } catch {
      throw new SourceError(file, null, 'file is neither valid UTF-8 nor GB18030');
    }
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEndings = kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, 1, 'file has no text (only whitespace)');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new SourceError(file, lineOf(text, nul), 'file contains a NUL byte: binary or wrongly decoded');
  return { text, encoding, lineEndings };
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
