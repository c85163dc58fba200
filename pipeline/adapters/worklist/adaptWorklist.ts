// Adapter for work lists exported from a Word table (工作清单).
//
// Grammar of the export: line 1 is the title; after it every table cell starts
// with a TAB; a non-empty line without a leading TAB continues the previous cell
// (a line break inside the cell); blank lines carry no meaning. The header row
// names the columns; each data row has one cell more than the header, because the
// top level (中央政策) spans a title column and a text column under one header.
//
// The adapter only segments: it turns cells into canonical blocks with their
// column and source lines, and checks that every row has the right shape. What
// an empty cell means (a vertically merged cell) is decided by the extractor.
import type { Jurisdiction } from '../../schema.ts';
import type { CanonicalBlock, CanonicalDoc } from '../../canonical/blocks.ts';
import { SourceError } from '../../sources/decode.ts';

export interface Cell {
  text: string;
  lines: [number, number];
}

/** Split the text after the title into TAB-started cells with continuation lines. */
export function splitCells(text: string, file: string): { title: Cell; cells: Cell[] } {
  const lines = text.split('\n');
  const titleLine = lines.findIndex((l) => l.trim() !== '');
  if (titleLine < 0) throw new SourceError(file, 1, 'file has no text');
  if (lines[titleLine]!.startsWith('\t'))
    throw new SourceError(file, titleLine + 1, 'work list must start with its title on a line without a leading TAB');
  const title: Cell = { text: lines[titleLine]!.trim(), lines: [titleLine + 1, titleLine + 1] };
  const cells: Cell[] = [];
  for (let i = titleLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (line.startsWith('\t')) {
      cells.push({ text: line.slice(1), lines: [n, n] });
    } else if (line.trim() !== '') {
      const cell = cells.at(-1);
      if (!cell) throw new SourceError(file, n, 'text before the first table cell (cells must start with a TAB)');
      cell.text += '\n' + line;
      cell.lines[1] = n;
    }
  }
  return { title, cells };
}

export type ColumnRole = 'number' | 'title' | 'text' | 'lead' | 'responsible' | 'deadline';
export interface Column {
  id: string; // e.g. jingmen-number, zhongyang-title, lead
  role: ColumnRole;
  level: string | null; // jurisdiction id of a policy level
  header: string;
}

const flat = (s: string) => s.replace(/\s+/g, '');

/** Which jurisdiction a level header such as 荆门市落实举措 or 省落实举措 speaks for. */
function levelOfHeader(header: string, chain: Jurisdiction[]): Jurisdiction | undefined {
  return chain.find(
    (j) =>
      header.startsWith(j.name) ||
      header.startsWith(j.shortName) ||
      (j.level === 'province' && header.startsWith('省')) ||
      (j.level === 'central' && header.startsWith('中央')),
  );
}

/** Derive the data-row column layout from the header row and the jurisdiction chain. */
export function planColumns(header: Cell[], chain: Jurisdiction[], file: string): Column[] {
  const columns: Column[] = [];
  let pendingNumber: Cell | null = null;
  let levelIndex = 0;
  for (const cell of header) {
    const h = flat(cell.text);
    if (h === '序号' || h === '编号') {
      pendingNumber = cell;
      continue;
    }
    if (/牵头/.test(h)) {
      columns.push({ id: 'lead', role: 'lead', level: null, header: h });
      continue;
    }
    if (/责任|配合/.test(h)) {
      columns.push({ id: 'responsible', role: 'responsible', level: null, header: h });
      continue;
    }
    if (/时限|时间/.test(h)) {
      columns.push({ id: 'deadline', role: 'deadline', level: null, header: h });
      continue;
    }
    if (/(政策|举措|措施|任务)$/.test(h)) {
      const j = levelOfHeader(h, chain);
      const expected = chain[levelIndex];
      if (!j || j !== expected) {
        throw new SourceError(
          file,
          cell.lines[0],
          `header column "${h}" does not match the jurisdiction chain ${chain.map((c) => c.name).join(' → ')} (expected ${expected?.name ?? 'no more levels'})`,
        );
      }
      if (pendingNumber) columns.push({ id: `${j.id}-number`, role: 'number', level: j.id, header: '序号' });
      // The top level spans two data columns (its short title and its text) under one header.
      if (levelIndex === 0) columns.push({ id: `${j.id}-title`, role: 'title', level: j.id, header: h });
      columns.push({ id: `${j.id}-text`, role: 'text', level: j.id, header: h });
      pendingNumber = null;
      levelIndex++;
      continue;
    }
    throw new SourceError(file, cell.lines[0], `unknown work-list header column "${h}"`);
  }
  if (levelIndex !== chain.length) {
    throw new SourceError(
      file,
      header[0]?.lines[0] ?? 1,
      `header has ${levelIndex} policy levels, the jurisdiction chain ${chain.map((c) => c.name).join(' → ')} has ${chain.length}`,
    );
  }
  for (const need of ['lead', 'deadline'] as const) {
    if (!columns.some((c) => c.id === need))
      throw new SourceError(file, header[0]?.lines[0] ?? 1, `header has no ${need === 'lead' ? '牵头单位' : '完成时限'} column`);
  }
  return columns;
}

/** Header cells: from the first cell up to and including the 完成时限 column. */
function headerLength(cells: Cell[], file: string): number {
  const i = cells.findIndex((c) => /时限/.test(flat(c.text)));
  if (i < 0) throw new SourceError(file, cells[0]?.lines[0] ?? 1, 'no header row ending in 完成时限 found');
  return i + 1;
}

const NUMBER = /^\d+$/;

/** A cell that cannot belong in its column means the row before it had a missing or extra cell. */
function checkCell(cell: Cell, column: Column, file: string, rowStart: number, columnCount: number): void {
  const t = flat(cell.text);
  const misaligned = (what: string) =>
    new SourceError(
      file,
      cell.lines[0],
      `work-list row starting at line ${rowStart} is misaligned: ${what} in the ${column.header}${column.role === 'number' ? '(序号)' : ''} column — every row must have exactly ${columnCount} cells (one is missing or extra in this row or the row above)`,
    );
  if (column.role === 'number' && t !== '' && !NUMBER.test(t)) throw misaligned(`"${t.slice(0, 20)}" is not a number`);
  if ((column.role === 'text' || column.role === 'lead' || column.role === 'responsible') && NUMBER.test(t))
    throw misaligned(`a bare number "${t}"`);
  if (column.role === 'deadline' && t !== '' && !/(\d{4}|持续|长期|常态|推进|年|月|底|前)/.test(t))
    throw misaligned(`"${t.slice(0, 20)}" is not a deadline`);
}

export function adaptWorklist(text: string, file: string, chain: Jurisdiction[]): CanonicalDoc {
  const { title, cells } = splitCells(text, file);
  if (cells.length === 0) throw new SourceError(file, title.lines[0], 'work list has a title but no table');
  const headerCount = headerLength(cells, file);
  const header = cells.slice(0, headerCount);
  const columns = planColumns(header, chain, file);
  const data = cells.slice(headerCount);
  const width = columns.length;
  if (data.length === 0) throw new SourceError(file, header.at(-1)!.lines[1], 'work list has a header but no data rows');

  const blocks: CanonicalBlock[] = [{ role: 'title', lines: title.lines, text: title.text }];
  for (const cell of header) blocks.push({ role: 'cell', column: 'header', lines: cell.lines, text: cell.text });

  const rowCount = Math.ceil(data.length / width);
  for (let r = 0; r < rowCount; r++) {
    const row = data.slice(r * width, (r + 1) * width);
    const start = row[0]!.lines[0];
    row.forEach((cell, i) => checkCell(cell, columns[i]!, file, start, width));
    if (row.length < width) {
      throw new SourceError(
        file,
        start,
        `last work-list row (starting here) has ${row.length} cells, ${width} expected — is the file truncated?`,
      );
    }
    blocks.push({ role: 'row', lines: [start, row.at(-1)!.lines[1]], text: rowLabel(row, columns) });
    row.forEach((cell, i) => blocks.push({ role: 'cell', column: columns[i]!.id, lines: cell.lines, text: cell.text }));
  }
  return {
    meta: {
      title: title.text,
      lines: [title.lines[0], data.at(-1)!.lines[1]],
      columns: columns.map((c) => c.id),
      chain: chain.map((j) => j.id),
    },
    blocks,
  };
}

/** A generated heading for the row (not source text): the printed numbers it carries. */
function rowLabel(row: Cell[], columns: Column[]): string {
  const parts = columns
    .map((c, i) => (c.role === 'number' && flat(row[i]!.text) ? `${c.level} ${flat(row[i]!.text)}` : null))
    .filter(Boolean);
  return parts.length ? parts.join(' / ') : 'row';
}
