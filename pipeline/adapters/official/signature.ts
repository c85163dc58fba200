// The signature of an official document: the signing body on its own line, then the date
// on its own line (天门市人民政府办公室 / 2023年1月18日); a joint document has several
// bodies. It closes the document's own text; anything after it is an attachment (附件) or
// a note.
import { endsLikeBodyName, isGroupName } from '../../grammar/agencyNames.ts';
import { parseDateLine } from '../../grammar/dates.ts';
import { parseNumberMarker } from '../../grammar/numberMarkers.ts';
import { foldText } from '../../text/fold.ts';
import type { BodyLine } from '../tables/table.ts';

export { parseDateLine };

/** Does this short text name a body (an agency, a government, a group of townships)? */
export function looksLikeBodyName(text: string): boolean {
  const t = foldText(text).replace(/\s+/g, '');
  if (t.length < 2 || t.length > 30) return false;
  if (/[\d。，,；;：:！？!?（）()《》“”]/.test(t)) return false;
  return endsLikeBodyName(t) || isGroupName(t) || /^各/.test(t);
}

/** A signing-body line: a body's name standing alone (possibly letter-spaced). */
export function isSignerLine(line: string): boolean {
  return looksLikeBodyName(line) && !parseNumberMarker(line);
}

export interface Signature {
  signer: BodyLine[];
  date: BodyLine;
  at: number; // index of the first signer line
  dateAt: number;
}

/**
 * The first signature in items[from, to): a date line standing alone with one to three
 * signing-body lines directly above it. A date line with no body above is returned as
 * `bareDate` (a signature that lost its signer, or a date that is not a signature).
 */
export function findSignature(items: BodyLine[], from: number, to: number): { signature: Signature | null; bareDate: number | null } {
  let bareDate: number | null = null;
  for (let k = from; k < to; k++) {
    if (!parseDateLine(items[k]!.text)) continue;
    let s = k;
    while (s - 1 >= from && k - s < 3 && isSignerLine(items[s - 1]!.text)) s--;
    if (s < k) {
      // A repeated date line (沙坪坝 web pages print it twice) belongs to the signature.
      let dateAt = k;
      while (dateAt + 1 < to && items[dateAt + 1]!.text.trim() === items[k]!.text.trim()) dateAt++;
      return { signature: { signer: items.slice(s, k), date: items[k]!, at: s, dateAt }, bareDate };
    }
    bareDate ??= k;
  }
  return { signature: null, bareDate };
}
