// Government texts arrive as UTF-8 (with or without BOM) or as GB18030 from
// older Windows tools, with LF or CRLF line endings; a mirror in Hong Kong or Taiwan may
// save Big5. Decode them all to one canonical form — UTF-8 string, LF, no BOM — and say
// what was found, so the report can tell a maintainer what the file really was.
//
// A legacy encoding is never guessed: GB18030 accepts almost any byte sequence, so a
// Big5 or Shift-JIS file read as GB18030 "succeeds" and publishes garbage (Big5 繁體 read
// as GB18030 is 羉砰). The bytes are weighed by chardet (character-frequency statistics
// per encoding) and read only when GB18030 or Big5 is clearly the best reading; anything
// else — Shift-JIS, EUC-KR, a text too short to tell — is refused with what it looks like.
import { analyse } from 'chardet';
import { SourceError } from './errors.ts';

export { SourceError };

export interface DecodedSource {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'big5';
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
    encoding = legacyEncoding(body, file);
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      throw new SourceError(
        file,
        null,
        `file reads best as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}; save it as UTF-8`,
      );
    }
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEndings = kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, null, 'file has no text (only whitespace)');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new SourceError(file, lineOf(text, nul), 'file contains a NUL byte: binary or wrongly decoded');
  return { text, encoding, lineEndings };
}

// Below this confidence (0–100) chardet has no clear reading: short texts score 10 for everything.
const CLEAR = 50;
const READ = { GB18030: 'gb18030', Big5: 'big5' } as const;

/** GB18030 or Big5 when chardet clearly prefers one of them; otherwise a SourceError saying what the bytes look like. */
export function legacyEncoding(bytes: Uint8Array, file: string): 'gb18030' | 'big5' {
  const ranked = analyse(bytes);
  const best = ranked[0];
  const runnerUp = ranked[1]?.confidence ?? 0;
  if (best && best.name in READ && best.confidence >= CLEAR && best.confidence > runnerUp) return READ[best.name as keyof typeof READ];
  const guess =
    best && best.confidence >= CLEAR ? `it looks like ${best.name} (confidence ${best.confidence}%)` : 'its encoding cannot be told';
  throw new SourceError(
    file,
    null,
    `file is not UTF-8, and ${guess}, not clearly Chinese in GB18030 or Big5; save it as UTF-8 (e.g. iconv -f <encoding> -t UTF-8)`,
  );
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
