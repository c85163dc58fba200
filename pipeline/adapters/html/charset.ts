// A saved web page says how its bytes are encoded in a <meta> tag: `<meta charset="utf-8">`
// or, on older government sites, `<meta http-equiv="Content-Type" content="text/html;
// charset=gb2312">` (鞍山市立山区's pages). The declaration is read from the bytes before
// decoding (as browsers do, within the first 1024 bytes), and the page is decoded with it.
//
// GB2312 and GBK declarations are decoded as GB18030, their superset: pages declared gb2312
// routinely hold GBK-only characters (镕, 堃) typed in by the editor, and the WHATWG
// Encoding Standard maps the labels gb2312/gbk to the same decoder for that reason.
import { SourceError } from '../../sources/errors.ts';

export interface DecodedPage {
  text: string;
  /** What the bytes were decoded as. */
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030';
  /** The charset the page declared, as written (gb2312), or null. */
  declared: string | null;
}

const GB_LABELS = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|csgb2312|chinese|iso-ir-58|gb_2312(?:-80)?)$/;
const UTF8_LABELS = /^(?:utf-?8|unicode-1-1-utf-8)$/;

/** The charset a page declares in its first 1024 bytes, lowercased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // ASCII is the same in every encoding a page may declare, so the head can be read as Latin-1.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decode a saved page by its BOM, else its declared charset, else UTF-8 or GB18030 — whichever decodes cleanly. */
export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) throw new SourceError(file, 1, 'file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: strict('utf-8', bytes.subarray(3), file, 'starts with a UTF-8 BOM'),
      encoding: 'utf-8-bom',
      declared: declaredCharset(bytes),
    };
  }
  const declared = declaredCharset(bytes);
  if (declared && GB_LABELS.test(declared))
    return { text: strict('gb18030', bytes, file, `declares charset=${declared}`), encoding: 'gb18030', declared };
  if (declared && !UTF8_LABELS.test(declared)) {
    // Big5, Shift-JIS …: never decoded as GB18030 garbage.
    throw new SourceError(file, 1, `page declares charset=${declared}; only UTF-8 and GB2312/GBK/GB18030 pages are read`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', declared };
  } catch {
    if (declared) throw new SourceError(file, null, `page declares charset=${declared} but is not valid UTF-8`);
    return { text: strict('gb18030', bytes, file, 'is not UTF-8'), encoding: 'gb18030', declared };
  }
}

function strict(encoding: string, bytes: Uint8Array, file: string, why: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(file, null, `page ${why} but is not valid ${encoding.toUpperCase()}`);
  }
}
