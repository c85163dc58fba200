// Word artefacts: what a Word file leaves in its text export that is not the document's
// text — bookmarks printed as `[bookmark: _GoBack]` (钟祥 work list, line 1920, at the head
// of 钟祥市第144项) and field codes (`{ HYPERLINK "…" }`, `{ PAGEREF _Toc… \h }`,
// `\* MERGEFORMAT`). They are page furniture: taken out of the text before it is read (so
// no title, text or search result shows them), declared to the coverage check, and listed on
// /quality/ with their lines.
//
// Only these Word forms are recognised. Other markup a source prints (<script>, &lt;) is
// the source's text and stays, HTML-escaped, as printed.

export interface Artefact {
  line: number; // 1-based
  /** offset in the line */
  start: number;
  text: string;
  kind: 'bookmark' | 'field-code';
}

const PATTERNS: Array<{ kind: Artefact['kind']; re: RegExp }> = [
  // [bookmark: _GoBack], [bookmark: _Toc105489321], [bookmark: OLE_LINK1]
  { kind: 'bookmark', re: /\[bookmark:\s*[A-Za-z0-9_]{1,60}\]/g },
  // { HYPERLINK "http://…" }, { PAGEREF _Toc105489321 \h }, { MERGEFIELD 姓名 }
  { kind: 'field-code', re: /\{\s*(?:HYPERLINK|PAGEREF|REF|TOC|MERGEFIELD|SEQ|PAGE|NUMPAGES|INCLUDEPICTURE)\b[^{}\n]{0,200}\}/g },
  { kind: 'field-code', re: /\\\*\s*MERGEFORMAT(?:INET)?/g },
];

/** Every artefact of a text, in order. */
export function findArtefacts(text: string): Artefact[] {
  const out: Artefact[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { kind, re } of PATTERNS) {
      for (const m of line.matchAll(re)) out.push({ line: i + 1, start: m.index, text: m[0], kind });
    }
  });
  return out.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** The text without its artefacts; every line stays where it was, so line numbers still hold. */
export function withoutArtefacts(text: string, artefacts: Artefact[]): string {
  if (artefacts.length === 0) return text;
  const lines = text.split('\n');
  // Right to left within a line, so earlier offsets stay valid.
  for (const a of [...artefacts].sort((x, y) => x.line - y.line || y.start - x.start)) {
    const l = lines[a.line - 1]!;
    lines[a.line - 1] = l.slice(0, a.start) + l.slice(a.start + a.text.length);
  }
  return lines.join('\n');
}
