// Hard line wraps: text copied from a PDF or a fixed-width page breaks lines inside
// sentences, names and figures (`力争全年盘活僵尸企业10家,盘活存量土地400` ⏎ `亩`). Readers
// see the lines as printed; recognisers read the text with such breaks joined, by rule: a
// break stays only where the line before it ends a sentence or a clause list, or the next
// line starts a numbered item or a label (牵头单位:).
import { parseNumberMarker } from '../grammar/numberMarkers.ts';

const ENDS_PARAGRAPH = /[。;；:：!！?？)）」”]\s*$/;
const STARTS_BLOCK = /^\s*(?:[(（]?(?:牵头|责任|配合|主责|协办)(?:单位|部门)|完成时限|时间节点|附件)/;

/** The text with its hard wraps joined (line breaks inside sentences removed). */
export function joinWrapped(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const keep = ENDS_PARAGRAPH.test(out) || parseNumberMarker(line) !== null || STARTS_BLOCK.test(line) || line.trim() === '';
    out += (keep ? '\n' : '') + line;
  }
  return out;
}

/**
 * Is a body hard-wrapped at a fixed width? Many lines of nearly the same length (the
 * page's width) that end inside a sentence. Returns that width, or null.
 */
export function wrapWidth(lines: string[]): number | null {
  const long = lines.map((l) => l.trim()).filter((l) => l.length >= 16);
  if (long.length < 6) return null;
  const counts = new Map<number, number>();
  for (const l of long) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  const [width] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  const wrapped = long.filter((l) => Math.abs(l.length - width) <= 2 && !ENDS_PARAGRAPH.test(l));
  return wrapped.length >= Math.max(4, long.length * 0.3) ? width : null;
}
