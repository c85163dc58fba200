// Losslessness at ingest: every non-whitespace character of a source, apart from declared
// page furniture, must land in some record the site publishes. (The build checks the
// same of the published pages themselves: scripts/check-coverage.ts.)
//
// Table lines are compared without the table's own syntax (`|`, `│`): the cells are
// what is published, the bars are layout.

export interface Coverage {
  characters: number; // non-whitespace characters outside furniture
  furniture: number; // non-whitespace characters declared as furniture
  covered: number;
  percent: number;
  lost: Array<{ line: number; reason: string; text: string }>;
}

const squash = (s: string) => s.replace(/\s+/g, '');

function stringsOf(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
}

/** Furniture inside a line (a Word artefact such as `[bookmark: _GoBack]`): line, offset in it, text. */
export interface InlineFurniture {
  line: number;
  start: number;
  text: string;
}

export function measureCoverage(
  text: string,
  furniture: Array<[number, number]>,
  tableLines: number[],
  records: unknown[],
  inline: InlineFurniture[] = [],
): Coverage {
  const lines = text.split('\n');
  const inlineByLine = new Map<number, InlineFurniture[]>();
  for (const f of inline) inlineByLine.set(f.line, [...(inlineByLine.get(f.line) ?? []), f]);
  const isFurniture = (n: number) => furniture.some(([a, b]) => n >= a && n <= b);
  const inTable = new Set(tableLines);
  const lost: Coverage['lost'] = [];
  const parts: string[] = [];
  stringsOf(records, parts);
  const corpus = squash(parts.join('\u0000'));

  let characters = 0;
  let furnitureChars = 0;
  let covered = 0;
  lines.forEach((printed, i) => {
    const n = i + 1;
    // Declared furniture inside the line is counted as furniture, the rest must be published.
    let line = printed;
    for (const f of [...(inlineByLine.get(n) ?? [])].sort((a, b) => b.start - a.start)) {
      if (line.slice(f.start, f.start + f.text.length) !== f.text) continue;
      furnitureChars += squash(f.text).length;
      line = line.slice(0, f.start) + line.slice(f.start + f.text.length);
    }
    const s = squash(line);
    if (!s) return;
    if (isFurniture(n)) {
      furnitureChars += s.length;
      return;
    }
    characters += s.length;
    const pieces = inTable.has(n) ? s.split(/[|│┃║]+/).filter(Boolean) : [s];
    const missing = pieces.filter((p) => !corpus.includes(p));
    if (missing.length) lost.push({ line: n, reason: 'line text is in no published record', text: missing[0]!.slice(0, 40) });
    else covered += s.length;
  });
  return { characters, furniture: furnitureChars, covered, percent: characters ? (covered / characters) * 100 : 100, lost };
}
