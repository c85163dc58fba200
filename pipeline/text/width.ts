// Width folding on its own, for the browser: the search box needs it, and importing it from
// fold.ts would pull OpenCC's conversion table (1.2 MB) into the search page's script, since
// fold.ts builds its converter when loaded.

/**
 * Width folding only — full-width ASCII variants (U+FF01–FF5E) and the ideographic space
 * to ASCII, one unit for one: `１０００` → `1000`, `，` → `,`, `（含）` → `(含)`. For the
 * browser (the search box), where shipping OpenCC's table is not worth it: queries are
 * converted to simplified separately (src/search/t2s.ts).
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
