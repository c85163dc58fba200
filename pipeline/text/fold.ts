// Folding: the copy of a text that recognisers read.
//
// Real documents print the same thing in many ways: `（一）` and `(一)`, `：` and `:`,
// `１０００` and `1000`, `萬元` and `万元`, `責任單位` and `责任单位` (a traditional-character
// mirror of a mainland document), an ideographic or a no-break space. Every recogniser
// (numbering, 文号, agency tags, amounts, dates) runs on the folded copy, so it is written
// once for the simplified, ASCII-punctuation form.
//
// Folding is character for character: NFKC (compatibility forms → their plain form) and
// traditional → simplified (OpenCC's character table), but only where one UTF-16 unit
// becomes one UTF-16 unit. So the folded text has exactly the length of the original and
// every offset found in it is an offset into the original, from which what readers see is
// always cut. Characters whose NFKC form is longer (㈠ → (一), ㎡ → m2) and enclosed numbers
// (① would become 1) are left as they are; the recognisers that need them know them.
import OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();

// Spaces of every width read as one ASCII space.
const SPACE = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]$/u;

// Circled and parenthesised numbers (① ⑴ ❶ ㉑) are an item-numbering style of their own;
// NFKC would turn ① into a bare 1 and lose that.
const ENCLOSED = /^[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]$/u;

function foldChar(c: string): string {
  let out = cache.get(c);
  if (out !== undefined) return out;
  out = c;
  if (SPACE.test(c) && c !== '\n' && c !== '\t') out = ' ';
  else if (!ENCLOSED.test(c)) {
    const nfkc = c.normalize('NFKC');
    if (nfkc.length === 1) out = nfkc;
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(out)) {
      const s = toSimplified(out);
      if (s.length === 1) out = s;
    }
  }
  cache.set(c, out);
  return out;
}

/** The folded copy of `text`: same length, same offsets, simplified characters and ASCII forms. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (characters beyond the BMP) pass through unchanged, both halves.
    if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}

// Width folding alone lives in width.ts, importable by the browser without OpenCC.
export { foldWidth } from './width.ts';
