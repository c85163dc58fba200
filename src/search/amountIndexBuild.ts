// Build-time half of amountIndex.ts: the amount slices and card files, from the same fields
// the measure pages give Pagefind (sideIndex.ts buildAmountIndex), so an amount result looks,
// filters and counts like a text result.
import { slicesOfAmount, type AmountEntry, type AmountSlice, type CardFile } from './amountIndex.ts';
import { buildAmountIndex, type SearchData } from './sideIndex.ts';

export interface AmountFiles {
  slices: Map<string, AmountSlice>;
  cards: Map<string, CardFile>;
}

export function buildAmountFiles(data: SearchData): AmountFiles {
  const documentOf = new Map(data.measures.map((m) => [m.id, m.document]));
  const slices = new Map<string, AmountSlice>();
  const cards = new Map<string, CardFile>();
  for (const [order, m] of buildAmountIndex(data).measures.entries()) {
    const document = documentOf.get(m.id)!;
    const { amounts, filters, id, url, ...card } = m;
    const entry: AmountEntry = { id, url, document, order, amounts, filters };
    for (const key of new Set(amounts.flatMap(slicesOfAmount))) {
      const slice = slices.get(key) ?? slices.set(key, { version: 1, measures: [] }).get(key)!;
      slice.measures.push(entry);
    }
    const file = cards.get(document) ?? cards.set(document, { version: 1, cards: {} }).get(document)!;
    file.cards[id] = { url, ...card };
  }
  return { slices: new Map([...slices].sort(([a], [b]) => (a < b ? -1 : 1))), cards };
}
