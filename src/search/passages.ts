// Texts the site shows that are not measures, made searchable where they are shown.
//
// A work list's row carries the 中央/省/荆门 texts above the local measure (its lineage).
// They are shown on the central-policy chain page (/docs/<doc>/policy-<n>/), so that page
// is where search leads: 首贷户 appears only in the 省 and 荆门 texts of 中央政策 9, and
// 1420亿元 only in the 中央 text of 中央政策 1. Each text is indexed once: a cell merged
// with the row above repeats the text above it, and a level that copies the level above
// word for word (荆门 40 repeats the 省 text on 首贷户) adds nothing to find, so both are
// shown but not indexed; the local measures are indexed on their own pages.
//
// A document's section headings (（七）全力开展金融助企惠融资活动…力争全年新增贷款76亿元以上)
// are part of the document page's indexed text already, and Pagefind deep-links to their
// anchor; their amounts go into the amount side index here, read by the same money
// grammar as the measures' (pipeline/extract/amounts.ts).
import { readAmounts } from '../../pipeline/extract/amounts.ts';
import type { Amount, Document, Measure, PolicyChain } from '../../pipeline/schema.ts';

/** One text of a chain page: the row (measure id) and level it stands in. */
export interface ChainText {
  measure: string;
  level: string;
  text: string;
}

/** The texts of a chain page that search indexes, in table order, each once. */
export function chainTexts(
  policy: Pick<PolicyChain, 'measures'>,
  measure: ReadonlyMap<string, Pick<Measure, 'id' | 'lineage'>>,
): ChainText[] {
  const seen = new Set<string>();
  const out: ChainText[] = [];
  for (const id of policy.measures) {
    const m = measure.get(id);
    if (!m) continue;
    for (const step of m.lineage) {
      const text = step.text.trim();
      if (step.merged || text === '' || seen.has(text)) continue;
      seen.add(text);
      out.push({ measure: m.id, level: step.level, text: step.text });
    }
  }
  return out;
}

/** A searchable passage that is not a measure: where it is shown, its text and its amounts. */
export interface Passage {
  /** the `id` Pagefind filter of the page showing it (the chain page's, or the document's) */
  pageId: string;
  url: string;
  document: string;
  /** for the card: the central policy, or the section's number and title */
  title: string;
  text: string;
  amounts: Amount[];
}

/** Several texts as one, separated by line breaks, with each text's amounts at their offsets in the whole. */
function joined(texts: string[]): { text: string; amounts: Amount[] } {
  let text = '';
  const amounts: Amount[] = [];
  for (const t of texts) {
    if (text) text += '\n';
    const at = text.length;
    for (const a of readAmounts(t).amounts) amounts.push({ ...a, offset: a.offset + at });
    text += t;
  }
  return { text, amounts };
}

/** A chain page's indexed texts as one passage. */
export function chainPassage(policy: PolicyChain, measure: ReadonlyMap<string, Pick<Measure, 'id' | 'lineage'>>, title: string): Passage {
  const { text, amounts } = joined(chainTexts(policy, measure).map((c) => c.text));
  return { pageId: policy.id, url: policy.url, document: policy.document, title, text, amounts };
}

/** Every anchored section heading of a document that states an amount. */
export function sectionPassages(doc: Pick<Document, 'id' | 'url' | 'blocks'>): Passage[] {
  return doc.blocks.flatMap((b) => {
    if (b.role !== 'section' || !b.anchor) return [];
    const { amounts } = readAmounts(b.text);
    if (amounts.length === 0) return [];
    return [{ pageId: doc.id, url: `${doc.url}#${b.anchor}`, document: doc.id, title: b.text.split(/[。\n]/)[0]!, text: b.text, amounts }];
  });
}

/** Every passage of the site: the chain pages' texts and the section headings of documents that are not work lists. */
export function searchPassages(data: {
  documents: Array<Pick<Document, 'id' | 'url' | 'blocks'>>;
  policies: PolicyChain[];
  measure: ReadonlyMap<string, Pick<Measure, 'id' | 'lineage'>>;
  chainTitle: (p: PolicyChain) => string;
}): Passage[] {
  const chained = new Set(data.policies.map((p) => p.document));
  return [
    ...data.policies.map((p) => chainPassage(p, data.measure, data.chainTitle(p))),
    ...data.documents.filter((d) => !chained.has(d.id)).flatMap(sectionPassages),
  ];
}

/**
 * A passage cut down to the text around its amounts (`radius` characters either side, windows
 * that touch merged, joined by '…'), offsets moved to match — for the amount index, which
 * only needs an excerpt around a hit: the chain pages' texts are long (a 中央 text alone can
 * run to 300 characters), and carrying them whole doubled /search/amounts.json. The text
 * before the first amount is kept whole: where a passage first states an amount is part of
 * its relevance (amountMatch.ts compareMatches), so that offset must not move.
 */
export function aroundAmounts(p: Passage, radius = 40): Passage {
  const spans = p.amounts
    .map((a) => [Math.max(0, a.offset - radius), Math.min(p.text.length, a.offset + a.figure.length + radius)] as [number, number])
    .sort((x, y) => x[0] - y[0]);
  if (spans[0]) spans[0][0] = 0;
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  let text = '';
  const shift: Array<{ from: number; to: number; by: number }> = [];
  for (const [from, to] of merged) {
    if (text || from > 0) text += '…';
    shift.push({ from, to, by: text.length - from });
    text += p.text.slice(from, to);
  }
  if (merged.length > 0 && merged.at(-1)![1] < p.text.length) text += '…';
  const amounts = p.amounts.map((a) => ({ ...a, offset: a.offset + shift.find((s) => s.from <= a.offset && a.offset < s.to)!.by }));
  return { ...p, text, amounts };
}
