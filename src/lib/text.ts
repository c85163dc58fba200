// Formatting that needs no words from the dictionary. The search page's client uses these
// (result cards, the query explanation), and importing lib/format.ts instead would bundle
// the whole UI dictionary into it (tests/site/pages.test.ts checks that it does not).

/** 1234567 → 123.46万元, for sorting/summary displays; the printed figure is always shown too. */
export function formatYuan(yuan: number): string {
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
  if (yuan >= 1e12) return `${fmt(yuan / 1e12)}万亿元`;
  if (yuan >= 1e8) return `${fmt(yuan / 1e8)}亿元`;
  if (yuan >= 1e4) return `${fmt(yuan / 1e4)}万元`;
  return `${fmt(yuan)}元`;
}

/** The first `keep` characters and an ellipsis, when the text is longer than that. */
export function truncate(text: string, keep: number): string {
  return text.length > keep ? text.slice(0, keep) + '…' : text;
}
