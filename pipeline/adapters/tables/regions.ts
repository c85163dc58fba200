// Find the tables in a document body, whatever their shape, and turn each into canonical
// blocks: a `table` block (shape and planned columns), one `header` block per header
// cell, then per row a `row` block followed by its `cell` blocks.
import type { AnomalyDraft } from '../../anomalies.ts';
import type { CanonicalBlock } from '../../canonical/blocks.ts';
import type { Jurisdiction } from '../../schema.ts';
import type { SourceError } from '../../sources/errors.ts';
import { columnMeaning, isHeaderWord } from './columns.ts';
import { isTerminatedCell, readTerminatedTable, readUnterminatedTable } from './flat.ts';
import { isBoxRow, isBoxRule, isPipeRow, isPipeRule, readBoxTable, readPipeTable, readRecordTable, recordLabel } from './grid.ts';
import { checkRow, planColumns, type Column } from './plan.ts';
import { headerCount, readTabTable, splitTabCells, tabRows } from './tab.ts';
import { flatCell, type BodyLine, type Table, type TableCell } from './table.ts';

export interface FoundTable {
  from: number; // index of the first item of the table
  to: number; // index after its last item
  table: Table;
  columns: Column[];
  anomalies: AnomalyDraft[];
}

/**
 * A TAB region's layout: rows of the header's width, or one wider where one header spans
 * two data columns. Every layout is tried; the one under which every row fits its columns
 * wins. When none fits, the error of the layout that fits longest is raised.
 */
function layoutTab(
  header: TableCell[],
  data: TableCell[],
  chain: Jurisdiction[],
  file: string,
): { columns: Column[]; rows: TableCell[][]; notes: AnomalyDraft[] } {
  const candidates: Array<number | null> = [null];
  header.forEach((h, k) => {
    const role = columnMeaning(flatCell(h.text))?.role;
    if (role === 'level' || role === 'task') candidates.push(k);
  });
  let best: { error: SourceError; at: number } | null = null;
  for (const split of candidates) {
    const planned = planColumns(header, chain, file, split);
    const width = planned.columns.length;
    let rows: TableCell[][];
    let error: SourceError | null = null;
    try {
      rows = tabRows(data, width, file);
    } catch (e) {
      rows = [];
      for (let i = 0; i + width <= data.length; i += width) rows.push(data.slice(i, i + width));
      error = e as SourceError;
    }
    for (const row of rows) {
      const problem = checkRow(row, planned.columns, file);
      if (problem) {
        error = problem;
        break;
      }
    }
    if (!error) {
      return {
        columns: planned.columns,
        rows,
        notes: planned.notes.map((n) => ({ code: 'table-header-unknown' as const, line: n.line, message: n.message })),
      };
    }
    const at = error.line ?? 0;
    if (!best || at > best.at) best = { error, at };
  }
  throw best!.error;
}

function planned(table: Table, chain: Jurisdiction[], file: string): { columns: Column[]; anomalies: AnomalyDraft[] } {
  const plan = planColumns(table.header, chain, file);
  return {
    columns: plan.columns,
    anomalies: plan.notes.map((n) => ({ code: 'table-header-unknown' as const, line: n.line, message: n.message })),
  };
}

/** The TAB region starting at items[at]: TAB cells and their continuation lines. */
function tabRegion(items: BodyLine[], at: number): number {
  let k = at;
  while (k < items.length) {
    if (items[k]!.text.startsWith('\t')) {
      k++;
      continue;
    }
    // A continuation line belongs to the table when a TAB cell follows soon.
    const next = items.slice(k, k + 3).findIndex((b) => b.text.startsWith('\t'));
    if (next > 0) k += next;
    else break;
  }
  return k;
}

/**
 * A table copied one cell per line has no row marks: if a row does not fit its columns (a
 * text where the 序号 should be — merged cells that changed a row's width), cells would
 * land in the wrong columns and agencies be read from the wrong text. Such a table is not
 * read as a table; its lines stay text and the first misfit is reported.
 */
function fits(t: FoundTable, file: string): AnomalyDraft | null {
  for (const row of t.table.rows) {
    const problem = checkRow(row, t.columns, file);
    if (problem)
      return {
        code: 'table-incomplete-row',
        line: problem.line,
        message: `表格逐格换行，第${problem.line}行起的单元格与表头对不齐（合并单元格？），整张表按正文收录，未拆分成措施`,
      };
  }
  return null;
}

/**
 * Every table in a body, in order, with the items it spans; and the tables refused as misaligned.
 * `given`: tables an adapter already read with their structure (an HTML <table>, a Word table,
 * rowspans as merged cells), each taking the lines it spans instead of being read from text.
 */
export function findTables(
  items: BodyLine[],
  chain: Jurisdiction[],
  file: string,
  given: readonly Table[] = [],
): { tables: FoundTable[]; anomalies: AnomalyDraft[] } {
  const found: FoundTable[] = [];
  const rejected: AnomalyDraft[] = [];
  const accept = (t: FoundTable): boolean => {
    if (t.table.shape !== 'flat' && t.table.shape !== 'flat-terminated') return true;
    const misfit = fits(t, file);
    if (misfit) rejected.push(misfit);
    return misfit === null;
  };
  let i = 0;
  while (i < items.length) {
    const text = items[i]!.text;
    const read = given.find((t) => t.lines[0] === items[i]!.line);
    if (read) {
      let end = i;
      while (end < items.length && items[end]!.line <= read.lines[1]) end++;
      found.push({ from: i, to: end, table: read, ...planned(read, chain, file) });
      i = end;
      continue;
    }
    if (text.startsWith('\t')) {
      const end = tabRegion(items, i);
      const { cells } = splitTabCells(items.slice(i, end));
      const h = headerCount(cells);
      if (h >= 3) {
        const layout = layoutTab(cells.slice(0, h), cells.slice(h), chain, file);
        found.push({
          from: i,
          to: end,
          table: readTabTable(cells.slice(0, h), layout.rows),
          columns: layout.columns,
          anomalies: layout.notes,
        });
        i = end;
        continue;
      }
    }
    if (isPipeRow(text)) {
      let end = i;
      while (end < items.length && (isPipeRow(items[end]!.text) || isPipeRule(items[end]!.text))) end++;
      const table = readPipeTable(items.slice(i, end));
      if (table.header.filter((c) => isHeaderWord(c.text)).length >= 2) {
        found.push({ from: i, to: end, table, ...planned(table, chain, file) });
        i = end;
        continue;
      }
    }
    if (isBoxRule(text) || isBoxRow(text)) {
      let end = i;
      while (end < items.length && (isBoxRule(items[end]!.text) || isBoxRow(items[end]!.text))) end++;
      const table = readBoxTable(items.slice(i, end));
      if (table.header.filter((c) => isHeaderWord(c.text)).length >= 2) {
        found.push({ from: i, to: end, table, ...planned(table, chain, file) });
        i = end;
        continue;
      }
    }
    const label = recordLabel(text);
    if (label && isHeaderWord(label)) {
      const r = readRecordTable(items.slice(i));
      if (r.table.header.filter((c) => isHeaderWord(c.text)).length >= 2) {
        found.push({ from: i, to: i + r.used, table: r.table, ...planned(r.table, chain, file) });
        i += r.used;
        continue;
      }
    }
    if (isTerminatedCell(text) && isHeaderWord(text.replace(/\|\s*$/, ''))) {
      const r = readTerminatedTable(items.slice(i));
      const t = r && { from: i, to: i + r.used, table: r.table, ...planned(r.table, chain, file) };
      if (r && t && accept(t)) {
        found.push(t);
        i += r.used;
        continue;
      }
      if (r) {
        i += r.used;
        continue;
      }
    }
    if (isHeaderWord(text) || (items[i + 1] && isHeaderWord(text.trim() + items[i + 1]!.text.trim()))) {
      const r = readUnterminatedTable(items.slice(i));
      const t = r && { from: i, to: i + r.used, table: r.table, ...planned(r.table, chain, file) };
      if (r && t && accept(t)) {
        found.push(t);
        i += r.used;
        continue;
      }
    }
    i++;
  }
  return { tables: found, anomalies: rejected };
}

/** Canonical blocks of a table at outline level `level`. */
export function tableBlocks(t: FoundTable, level: number): CanonicalBlock[] {
  const { table, columns } = t;
  const blocks: CanonicalBlock[] = [{ role: 'table', lines: table.lines, shape: table.shape, columns, level, text: '' }];
  // Header cells name columns; a header spanning two data columns names both.
  let c = 0;
  for (const cell of table.header) {
    const column = columns[c]!;
    blocks.push({ role: 'header', lines: cell.lines, column: column.id, text: cell.text });
    c += column.part === 'title' ? 2 : 1;
  }
  for (const row of table.rows) {
    // A row's own lines: a cell merged down from the row above lies on that row's lines.
    const own = row.filter((x) => !x.mergedUp && x.lines[0] > 0);
    const lines: [number, number] = [Math.min(...own.map((x) => x.lines[0])), Math.max(...own.map((x) => x.lines[1]))];
    blocks.push({ role: 'row', lines, text: '' });
    row.forEach((cell, k) => {
      const column = columns[k];
      if (!column) return;
      blocks.push({
        role: 'cell',
        lines: cell.lines[0] > 0 ? cell.lines : lines,
        column: column.id,
        ...(cell.mergedUp ? { mergedUp: true } : {}),
        text: cell.text,
      });
    });
  }
  return blocks;
}
