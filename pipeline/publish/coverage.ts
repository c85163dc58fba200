// Losslessness: prove that every non-whitespace character of a source, apart
// from declared page furniture, lands in some record the site publishes.
//
// Two steps, so a failure says where the loss happened:
//  1. segmentation — every non-blank line is furniture or lies in exactly one
//     block, and each block's text holds exactly the characters of its lines;
//  2. extraction — every line's text appears in the published records.
import type { CanonicalDoc } from '../canonical/blocks.ts';

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

export function measureCoverage(text: string, docs: CanonicalDoc[], furniture: Array<[number, number]>, records: unknown[]): Coverage {
  const lines = text.split('\n');
  const isFurniture = (n: number) => furniture.some(([a, b]) => n >= a && n <= b);
  const owner = new Map<number, number>(); // line → block count
  const lost: Coverage['lost'] = [];

  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.role === 'row') continue; // generated heading, not source text
      const [a, b] = block.lines;
      const source = squash(lines.slice(a - 1, b).join(''));
      if (source !== squash(block.text)) {
        lost.push({ line: a, reason: 'block text differs from its source lines', text: source.slice(0, 40) });
      }
      for (let n = a; n <= b; n++) if (squash(lines[n - 1] ?? '')) owner.set(n, (owner.get(n) ?? 0) + 1);
    }
  }

  const parts: string[] = [];
  stringsOf(records, parts);
  const corpus = squash(parts.join('\u0000'));

  let characters = 0,
    furnitureChars = 0,
    covered = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    const s = squash(line);
    if (!s) return;
    if (isFurniture(n)) {
      furnitureChars += s.length;
      return;
    }
    characters += s.length;
    const count = owner.get(n) ?? 0;
    if (count === 0) lost.push({ line: n, reason: 'line is in no block', text: s.slice(0, 40) });
    else if (count > 1) lost.push({ line: n, reason: `line is in ${count} blocks`, text: s.slice(0, 40) });
    else if (!corpus.includes(s)) lost.push({ line: n, reason: 'line text is in no published record', text: s.slice(0, 40) });
    else covered += s.length;
  });
  return { characters, furniture: furnitureChars, covered, percent: characters ? (covered / characters) * 100 : 100, lost };
}
