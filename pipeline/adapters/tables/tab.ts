// Word's text export of a table: every table cell starts with a TAB; a non-empty line
// without a leading TAB continues the previous cell (a line break inside the cell); blank
// lines carry no meaning (they may fall inside a row). Rows are not marked: a row is the
// next `width` cells, so the width must be known — it is the header's, or one more where
// one header spans two data columns (the 钟祥 work list prints 中央政策 over a column of
// short titles and a column of texts).
import { SourceError } from '../../sources/errors.ts';
import { columnMeaning } from './columns.ts';
import { flatCell, type BodyLine, type Table, type TableCell } from './table.ts';

/** Cells of a TAB export, from the first TAB line on. Lines before the first cell are returned apart. */
export function splitTabCells(items: BodyLine[]): { before: BodyLine[]; cells: TableCell[] } {
  const before: BodyLine[] = [];
  const cells: TableCell[] = [];
  for (const item of items) {
    if (item.text.startsWith('\t')) cells.push({ text: item.text.slice(1), lines: [item.line, item.line] });
    else if (item.text.trim() !== '') {
      const cell = cells.at(-1);
      if (!cell) before.push(item);
      else {
        cell.text += '\n' + item.text;
        cell.lines[1] = item.line;
      }
    }
  }
  return { before, cells };
}

/** The header: the leading cells that name a column (序号, 中央政策 … 完成时限). */
export function headerCount(cells: TableCell[]): number {
  let n = 0;
  while (n < cells.length && columnMeaning(flatCell(cells[n]!.text)) !== null) n++;
  return n;
}

/** Does a TAB export hold most of these lines (a source that is one table)? */
export function isTabExport(lines: string[]): boolean {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const tab = nonBlank.filter((l) => l.startsWith('\t')).length;
  return nonBlank.length > 4 && tab / nonBlank.length >= 0.5;
}

/**
 * Rows of `width` cells. A last row that is short means the export was cut off.
 * `file` is for the error message.
 */
export function tabRows(data: TableCell[], width: number, file: string): TableCell[][] {
  const rows: TableCell[][] = [];
  for (let i = 0; i < data.length; i += width) {
    const row = data.slice(i, i + width);
    if (row.length < width) {
      throw new SourceError(
        file,
        row[0]!.lines[0],
        `last work-list row (starting here) has ${row.length} cells, ${width} expected — is the file truncated?`,
      );
    }
    rows.push(row);
  }
  return rows;
}

/** A TAB export read as a table (the caller plans its columns and checks the rows' shape). */
export function readTabTable(header: TableCell[], rows: TableCell[][]): Table {
  const all = [...header, ...rows.flat()];
  return {
    shape: 'tab',
    header,
    rows,
    rules: [],
    lines: [all[0]!.lines[0], all.at(-1)!.lines[1]],
  };
}
