// Tables whose rows are marked on the page: Markdown/pipe rows and box-drawing tables.
//
//   | 序号 | 重点工作 | 牵头单位 |          ┌────┬──────────┬────────┐
//   |------|----------|----------|          │序号│重点工作  │牵头单位│
//   | 1    | 坚持服务…| 招商部   |          ├────┼──────────┼────────┤
//                                          │1   │坚持服务跟│招商部  │
//                                          │    │着项目走  │        │
//                                          └────┴──────────┴────────┘
// A pipe row is one line; a box row is every content line between two rules, each column's
// pieces joined with line breaks (a wrapped cell). Rules carry no text and are returned
// as table furniture.
import type { BodyLine, Table, TableCell } from './table.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BOX_RULE = /^\s*[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛═╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛+\-|]+\s*$/;
const BOX_BAR = /[│┃║]/;

/** Is this line a pipe-table row (`| a | b |`) with at least two cells? */
export function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line) && (line.match(/\|/g) ?? []).length >= 3;
}

export function isPipeRule(line: string): boolean {
  return PIPE_RULE.test(line) && line.includes('-');
}

/** A box-drawing rule line (┌─┬─┐, ├─┼─┤, └─┴─┘). */
export function isBoxRule(line: string): boolean {
  return /[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛═╔╦╗╠╬╣╚╩╝]/.test(line) && BOX_RULE.test(line);
}

export function isBoxRow(line: string): boolean {
  return BOX_BAR.test(line.trim()[0] ?? '');
}

function pipeCells(item: BodyLine): TableCell[] {
  const t = item.text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|').map((c) => ({ text: c.trim(), lines: [item.line, item.line] as [number, number] }));
}

/** A pipe table from consecutive pipe rows (and rules). The first row is the header. */
export function readPipeTable(items: BodyLine[]): Table {
  const rules: number[] = [];
  const rows: TableCell[][] = [];
  for (const item of items) {
    if (isPipeRule(item.text)) rules.push(item.line);
    else rows.push(pipeCells(item));
  }
  return { shape: 'pipe', header: rows[0] ?? [], rows: rows.slice(1), rules, lines: [items[0]!.line, items.at(-1)!.line] };
}

/** A box-drawing table from its lines (rules and content lines). The first row is the header. */
export function readBoxTable(items: BodyLine[]): Table {
  const rules: number[] = [];
  const rows: TableCell[][] = [];
  let current: TableCell[] | null = null;
  for (const item of items) {
    if (isBoxRule(item.text)) {
      rules.push(item.line);
      current = null;
      continue;
    }
    const parts = item.text
      .trim()
      .split(BOX_BAR)
      .slice(1, -1)
      .map((p) => p.trim());
    if (!current) {
      current = parts.map((p) => ({ text: p, lines: [item.line, item.line] as [number, number] }));
      rows.push(current);
      continue;
    }
    parts.forEach((p, k) => {
      const cell = current![k];
      if (!cell) return;
      if (p) cell.text = cell.text ? `${cell.text}\n${p}` : p;
      cell.lines[1] = item.line;
    });
  }
  return { shape: 'box', header: rows[0] ?? [], rows: rows.slice(1), rules, lines: [items[0]!.line, items.at(-1)!.line] };
}

// A record: one row printed as label/value pairs, a pair per line (广州 2023 重点工作):
//   重点工作: | 135.统筹违法建设治理与城市更新… |
//   牵头单位: | 市城市管理综合执法局 |
// A value may wrap onto the next line (进展情况、存在问题 及下一步工作建议: | ⏎ 已完成。… |).
const RECORD_PAIR = /^\s*([^|]{2,30}?)\s*[:：]\s*\|\s*(.*?)\s*\|?\s*$/;

/** The label of a record line (重点工作), or null. */
export function recordLabel(line: string): string | null {
  const m = RECORD_PAIR.exec(line);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

/** A record of label/value lines as a one-row table: the labels are the header. */
export function readRecordTable(items: BodyLine[]): { table: Table; used: number } {
  const header: TableCell[] = [];
  const row: TableCell[] = [];
  let k = 0;
  while (k < items.length) {
    const m = RECORD_PAIR.exec(items[k]!.text);
    if (!m) break;
    const line = items[k]!.line;
    // The label as printed, colon included (the colon is text of the page, not table syntax).
    const printed = items[k]!.text.slice(0, items[k]!.text.indexOf('|')).trim();
    header.push({ text: printed, lines: [line, line] });
    const cell: TableCell = { text: m[2]!, lines: [line, line] };
    k++;
    // The value continues on following lines until one ends with the closing bar.
    while (!/\|\s*$/.test(items[k - 1]!.text.replace(/^[^|]*\|/, '')) && k < items.length && !RECORD_PAIR.test(items[k]!.text)) {
      cell.text += (cell.text ? '\n' : '') + items[k]!.text.replace(/\s*\|\s*$/, '').trim();
      cell.lines[1] = items[k]!.line;
      k++;
    }
    row.push(cell);
  }
  return { table: { shape: 'pipe', header, rows: [row], rules: [], lines: [items[0]!.line, items[k - 1]!.line] }, used: k };
}
