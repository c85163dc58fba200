// Plan a table's columns: give every data column an id and a role from the header, map
// the level columns of a work list (中央政策, 省落实举措, 荆门市落实举措 …) onto the
// jurisdiction chain of the document's place, and check that every row has a cell of the
// right kind in every column (a bare number in a text column means a cell was lost).
import type { Jurisdiction } from '../../schema.ts';
import { SourceError } from '../../sources/errors.ts';
import { foldText } from '../../text/fold.ts';
import { columnMeaning, type ColumnRole } from './columns.ts';
import { flatCell, type TableCell } from './table.ts';

export interface Column {
  /** Stable id the extractor reads cells by: number, task, lead, zhongyang-text, jingmen-number … */
  id: string;
  role: ColumnRole;
  /** Jurisdiction id of a level column (and of the number column before it). */
  level: string | null;
  /** A level column split in two in the data rows: its short title (the top level of a work list). */
  part: 'title' | 'text' | null;
  header: string;
}

/**
 * Which jurisdiction of the chain a level header such as 荆门市落实举措 or 省落实举措 speaks for.
 * The header's name comes folded (columns.ts), so the chain's names are folded too: folding
 * reads 乾 as 干, and 乾县落实措施 names 乾县, not a 干县 missing from the chain.
 */
function levelOf(levelName: string, chain: Jurisdiction[]): Jurisdiction | undefined {
  return chain.find(
    (j) =>
      levelName === foldText(j.name) ||
      levelName === foldText(j.shortName) ||
      (j.level === 'province' && levelName === '省') ||
      (j.level === 'central' && /^(?:中央|国家|国务院)$/.test(levelName)),
  );
}

export interface Planned {
  columns: Column[];
  /** Warnings for the report (an unknown header kept as text). */
  notes: Array<{ line: number; message: string }>;
}

/**
 * Columns of the data rows from the header cells. `split` names the index of a level or
 * task header that spans two data columns (title + text), or null.
 */
export function planColumns(header: TableCell[], chain: Jurisdiction[], file: string, split: number | null = null): Planned {
  const columns: Column[] = [];
  const notes: Planned['notes'] = [];
  const used = new Map<string, number>();
  const unique = (id: string) => {
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
  header.forEach((cell, k) => {
    const h = flatCell(cell.text);
    const meaning = columnMeaning(h);
    if (!meaning) {
      notes.push({ line: cell.lines[0], message: `表头“${h}”含义不明，按备注列收录` });
      columns.push({ id: unique('remark'), role: 'remark', level: null, part: null, header: h });
      return;
    }
    if (meaning.role === 'level') {
      const j = levelOf(meaning.levelName!, chain);
      if (!j) {
        throw new SourceError(
          file,
          cell.lines[0],
          `header column "${h}" names a level (${meaning.levelName}) that is not in the jurisdiction chain ${chain.map((c) => c.name).join(' → ')}`,
        );
      }
      // A number column directly before a level column numbers that level.
      const prev = columns.at(-1);
      if (prev && prev.role === 'number' && prev.level === null && prev.id.startsWith('number')) {
        prev.id = `${j.id}-number`;
        prev.level = j.id;
      }
      if (split === k) columns.push({ id: `${j.id}-title`, role: 'level', level: j.id, part: 'title', header: h });
      columns.push({ id: `${j.id}-text`, role: 'level', level: j.id, part: 'text', header: h });
      return;
    }
    if (split === k) columns.push({ id: unique(meaning.role), role: meaning.role, level: null, part: 'title', header: h });
    columns.push({ id: unique(meaning.role), role: meaning.role, level: null, part: null, header: h });
  });
  return { columns, notes };
}

const NUMBER = /^\d{1,4}$/;
const DEADLINE_ISH = /(\d{4}|持续|长期|常态|推进|年|月|底|前|季度|全年|日)/;

/** What is wrong with a cell in a column, or null. */
export function cellProblem(cell: TableCell, column: Column): string | null {
  const t = flatCell(cell.text);
  if (column.role === 'number' && t !== '' && !NUMBER.test(t) && !/^[(（]?\d{1,4}[)）.、]?$/.test(t))
    return `"${t.slice(0, 20)}" is not a number`;
  if ((column.role === 'level' || column.role === 'lead' || column.role === 'responsible' || column.role === 'task') && NUMBER.test(t))
    return `a bare number "${t}"`;
  if (column.role === 'deadline' && t !== '' && !DEADLINE_ISH.test(t)) return `"${t.slice(0, 20)}" is not a deadline`;
  return null;
}

/** The first misaligned cell of a row, as an error, or null when the row fits the columns. */
export function checkRow(row: TableCell[], columns: Column[], file: string): SourceError | null {
  for (let i = 0; i < columns.length; i++) {
    const cell = row[i];
    if (!cell) continue;
    const problem = cellProblem(cell, columns[i]!);
    if (problem) {
      return new SourceError(
        file,
        cell.lines[0],
        `work-list row starting at line ${row[0]!.lines[0]} is misaligned: ${problem} in the ${columns[i]!.header}${columns[i]!.role === 'number' ? '(序号)' : ''} column — every row must have exactly ${columns.length} cells (one is missing or extra in this row or the row above)`,
      );
    }
  }
  return null;
}
