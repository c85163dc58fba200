// Build-time half of amountIndex.ts: the amount slices and card files, from the same fields
// the measure pages give Pagefind (sideIndex.ts buildAmountIndex), so an amount result looks,
// filters and counts like a text result. Passages (chain texts, section headings: passages.ts)
// are entries like measures, filed under the document that shows them.
import { slicesOfAmount, type AmountEntry, type AmountSlice, type CardFile } from './amountIndex.ts';
import type { Passage } from './passages.ts';
import { buildAmountIndex, type SearchData } from './sideIndex.ts';

export interface AmountFiles {
  slices: Map<string, AmountSlice>;
  /** per document: the cards of its measures with an amount */
  cards: Map<string, CardFile>;
  /** per slice: the cards of the measures in it (mixed queries) */
  texts: Map<string, CardFile>;
}

export function buildAmountFiles(data: SearchData, passages: Passage[] = []): AmountFiles {
  const documentOf = new Map([
    ...data.measures.map((m) => [m.url, m.document] as const),
    ...passages.map((p) => [p.url, p.document] as const),
  ]);
  const slices = new Map<string, AmountSlice>();
  const cards = new Map<string, CardFile>();
  const texts = new Map<string, CardFile>();
  const fileIn = (files: Map<string, CardFile>, key: string) => files.get(key) ?? files.set(key, { version: 1, cards: {} }).get(key)!;
  for (const [order, m] of buildAmountIndex(data, passages).measures.entries()) {
    const document = documentOf.get(m.url)!;
    const { amounts, filters, id, url, ...fields } = m;
    const entry: AmountEntry = { id, url, document, order, amounts, filters };
    const card = { url, ...fields };
    for (const key of new Set(amounts.flatMap(slicesOfAmount))) {
      const slice = slices.get(key) ?? slices.set(key, { version: 1, measures: [] }).get(key)!;
      slice.measures.push(entry);
      fileIn(texts, key).cards[url] = card;
    }
    fileIn(cards, document).cards[url] = card;
  }
  const sorted = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { slices: sorted(slices), cards, texts: sorted(texts) };
}
