// Sorting a table's rows by one column, for <sortable-table> (sortable.ts) and the amount
// explorer. Pure: the rows are values, the DOM is the caller's.
//
// A column sorts as numbers or as text (Chinese in the order of zh-CN collation, so 市财政局
// sorts by its reading). An empty cell sorts last whichever the direction: a measure with no
// amount is not "the smallest amount".

export type SortKind = 'number' | 'text';
export type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The value a cell sorts by: '' (empty) or a number (number columns) or the text. */
export function sortValue(raw: string, kind: SortKind): number | string {
  const s = raw.trim();
  if (s === '') return '';
  if (kind === 'text') return s;
  const n = Number(s);
  return Number.isFinite(n) ? n : '';
}

export function compareValues(a: number | string, b: number | string, direction: Direction): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? c : -c;
}

/** Rows in their new order (stable: equal values keep their order). */
export function sortRows<R>(rows: readonly R[], valueOf: (row: R) => number | string, direction: Direction): R[] {
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row) }))
    .sort((a, b) => compareValues(a.v, b.v, direction) || a.i - b.i)
    .map((x) => x.row);
}

/** The direction a click on a column's header gives: the other way if it is the sorted column, else numbers largest first and text A→Z. */
export function nextDirection(kind: SortKind, current: Direction | null): Direction {
  if (current) return current === 'ascending' ? 'descending' : 'ascending';
  return kind === 'number' ? 'descending' : 'ascending';
}
