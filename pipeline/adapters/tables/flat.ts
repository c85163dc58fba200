// Web tables copied as text, one cell per line.
//
// With a terminator (霍山 2025 清单: every cell ends in ` |`; a line without it continues
// the cell), rows are simply the next `width` cells after the header.
//
// Without one (钟楼 2022 责任分解表, 沙坪坝 2022 目标任务分解表), nothing marks where a cell
// or a row ends: a row starts at the line holding the next 序号 (1, 2, 3 …), and the lines
// of the row are shared out among the columns by what each line is — a number, a list of
// agencies, people's names, a deadline, or text — so that a cell wrapped over three lines
// (王旭锋⏎胡金芳⏎王行杰 under 区政府分管领导) stays one cell.
import { isGroupName, looksLikeAgencyName, splitAgencyList } from '../../grammar/agencyNames.ts';
import { isDeadlinePhrase } from '../../grammar/deadlines.ts';
import { foldText } from '../../text/fold.ts';
import { columnMeaning, isHeaderWord, type ColumnRole } from './columns.ts';
import { flatCell, type BodyLine, type Table, type TableCell } from './table.ts';

const TERMINATED = /\s*\|\s*$/;

export function isTerminatedCell(line: string): boolean {
  return TERMINATED.test(line) && !/^\s*\|/.test(line);
}

/**
 * A terminated one-cell-per-line table starting at items[0]: header cells (known header
 * words) then data cells, up to the first line that is neither a cell nor a continuation.
 * Returns null when items[0] does not start such a table (fewer than 3 header cells).
 */
export function readTerminatedTable(items: BodyLine[]): { table: Table; used: number } | null {
  const cells: TableCell[] = [];
  let used = 0;
  let open: TableCell | null = null;
  for (const item of items) {
    const t = item.text;
    if (isTerminatedCell(t) || /^\s*\|\s*$/.test(t)) {
      const text = t.replace(TERMINATED, '').trim();
      if (open) {
        open.text += (open.text ? '\n' : '') + text;
        open.lines[1] = item.line;
        cells.push(open);
        open = null;
      } else cells.push({ text, lines: [item.line, item.line] });
      used++;
      continue;
    }
    // A continuation line of a cell that ends further down.
    if (cells.length > 0 && !open && t.trim() !== '') {
      open = { text: t.trim(), lines: [item.line, item.line] };
      used++;
      continue;
    }
    if (open && t.trim() !== '') {
      open.text += '\n' + t.trim();
      open.lines[1] = item.line;
      used++;
      continue;
    }
    break;
  }
  if (open) used -= open.lines[1] - open.lines[0] + 1;
  let width = 0;
  while (width < cells.length && isHeaderWord(cells[width]!.text)) width++;
  if (width < 3) return null;
  const header = cells.slice(0, width);
  const rows: TableCell[][] = [];
  for (let i = width; i + width <= cells.length; i += width) rows.push(cells.slice(i, i + width));
  const tail = (cells.length - width) % width;
  // An incomplete last row is left out of the table (its lines stay body text).
  const last = rows.at(-1)?.at(-1) ?? header.at(-1)!;
  if (tail > 0) used = items.findIndex((it) => it.line > last.lines[1]);
  return { table: { shape: 'flat-terminated', header, rows, rules: [], lines: [header[0]!.lines[0], last.lines[1]] }, used };
}

// ---------------------------------------------------------------------------
// Without terminators

/** Header cells at items[0…]: header words one per line, a word wrapped over two lines joined. */
function readHeaderRun(items: BodyLine[]): { header: TableCell[]; used: number } | null {
  const header: TableCell[] = [];
  let k = 0;
  while (k < items.length) {
    const a = items[k]!;
    const b = items[k + 1];
    if (isHeaderWord(a.text)) {
      header.push({ text: a.text.trim(), lines: [a.line, a.line] });
      k++;
    } else if (b && !isHeaderWord(b.text) && a.text.trim().length <= 8 && isHeaderWord(a.text.trim() + b.text.trim())) {
      // 区政府⏎分管领导: one header cell wrapped over two lines.
      header.push({ text: `${a.text.trim()}\n${b.text.trim()}`, lines: [a.line, b.line] });
      k += 2;
    } else if (
      b &&
      isHeaderWord(b.text) &&
      a.text.trim().length <= 8 &&
      isHeaderWord(a.text.trim() + b.text.trim()) &&
      !isHeaderWord(a.text)
    ) {
      header.push({ text: `${a.text.trim()}\n${b.text.trim()}`, lines: [a.line, b.line] });
      k += 2;
    } else break;
  }
  const roles = header.map((h) => columnMeaning(flatCell(h.text))?.role);
  if (header.length < 3 || roles[0] !== 'number') return null;
  if (!roles.some((r) => r === 'lead' || r === 'responsible' || r === 'people' || r === 'deadline')) return null;
  return { header, used: k };
}

type LineKind = 'number' | 'agencies' | 'people' | 'deadline' | 'text';

const PERSON = /^[\u4e00-\u9fff]{2,4}$/;

/** What one line of a flattened row is. */
export function lineKind(text: string): LineKind {
  const t = flatCell(foldText(text));
  if (/^\d{1,3}$/.test(t)) return 'number';
  if (isDeadlinePhrase(t)) return 'deadline';
  const names = splitAgencyList(t);
  if (names.length > 0 && names.every((n) => looksLikeAgencyName(n.name) || isGroupName(n.name))) return 'agencies';
  if (PERSON.test(t) && !/(?:工作|建设|发展|管理|服务|改革|项目|推进|提升)/.test(t)) return 'people';
  return 'text';
}

// How well a kind of line fits a column: 0 is a perfect fit.
function misfit(kind: LineKind, role: ColumnRole | undefined): number {
  switch (role) {
    case 'number':
      return kind === 'number' ? 0 : 9;
    case 'people':
      return kind === 'people' ? 0 : 5;
    case 'lead':
    case 'responsible':
      return kind === 'agencies' ? 0 : kind === 'people' ? 4 : 5;
    case 'deadline':
      return kind === 'deadline' ? 0 : 5;
    default:
      return kind === 'text' ? 0 : kind === 'number' ? 3 : 1;
  }
}

/**
 * Share the lines of one row out among the columns, in order, each column taking a run of
 * consecutive lines (possibly none): the assignment that fits the lines' kinds best
 * (dynamic programming over lines × columns).
 */
export function alignRow(lines: BodyLine[], roles: Array<ColumnRole | undefined>): TableCell[] {
  const n = lines.length;
  const m = roles.length;
  const kinds = lines.map((l) => lineKind(l.text));
  const INF = 1e9;
  // cost[i][j]: best cost of putting lines[0..i) into columns[0..j)
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const back = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  cost[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    for (let i = 0; i <= n; i++) {
      for (let s = 0; s <= i; s++) {
        const prev = cost[s]![j - 1]!;
        if (prev >= INF) continue;
        let c = prev;
        if (s === i) c += 2; // an empty cell
        for (let k = s; k < i; k++) c += misfit(kinds[k]!, roles[j - 1]);
        if (c < cost[i]![j]!) {
          cost[i]![j] = c;
          back[i]![j] = s;
        }
      }
    }
  }
  const cells: TableCell[] = new Array(m);
  let i = n;
  for (let j = m; j >= 1; j--) {
    const s = back[i]![j]!;
    const run = lines.slice(s, i);
    cells[j - 1] = run.length
      ? { text: run.map((l) => l.text.trim()).join('\n'), lines: [run[0]!.line, run.at(-1)!.line] }
      : { text: '', lines: [lines[Math.min(s, n - 1)]?.line ?? 0, lines[Math.min(s, n - 1)]?.line ?? 0] };
    i = s;
  }
  return cells;
}

const SUB_ITEM = /^\s*[(（](\d{1,2})[)）]/;

/**
 * A row whose text column holds numbered sub-items, each with its own people and agencies
 * (钟楼: 1 四大功能区建设 → (1)老城复兴… 王旭锋… 住建局…, (2)数字经济先导区…): the 序号 and
 * name cells are merged over several rows. Each sub-item is a row of its own, with the
 * merged cells carried down and marked.
 */
export function subRows(lines: BodyLine[], roles: Array<ColumnRole | undefined>): TableCell[][] {
  const starts: number[] = [];
  for (let j = 0; j < lines.length; j++) {
    const m = SUB_ITEM.exec(lines[j]!.text);
    if (m && Number(m[1]) === starts.length + 1) starts.push(j);
  }
  if (starts.length < 2) return [alignRow(lines, roles)];
  const first = alignRow(lines.slice(0, starts[1]), roles);
  // The column the first sub-item landed in: later sub-items fill it and the columns after it.
  const at = first.findIndex((c) => c.text.length > 0 && SUB_ITEM.test(c.text));
  if (at < 0) return [alignRow(lines, roles)];
  const rows = [first];
  for (let i = 1; i < starts.length; i++) {
    const part = lines.slice(starts[i], starts[i + 1] ?? lines.length);
    const rest = alignRow(part, roles.slice(at));
    rows.push([...first.slice(0, at).map((c) => ({ ...c, mergedUp: true })), ...rest]);
  }
  return rows;
}

// Lines that cannot belong to a table row: a new attachment, a heading of the outline,
// a signature date.
const STOPS = /^(?:附\s*件\s*\d*\s*[:：]?\s*$|附\s*件\s*\d+|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条])/;

/**
 * A table without terminators starting at items[0] (its header run), or null. Rows start
 * at lines holding the next 序号; the last row ends at a line that cannot be part of it.
 */
export function readUnterminatedTable(items: BodyLine[]): { table: Table; used: number } | null {
  const head = readHeaderRun(items);
  if (!head) return null;
  const roles = head.header.map((h) => columnMeaning(flatCell(h.text))?.role);
  const rows: TableCell[][] = [];
  let k = head.used;
  let expected = 1;
  while (k < items.length && flatCell(items[k]!.text) === String(expected)) {
    let end = k + 1;
    while (end < items.length && flatCell(items[end]!.text) !== String(expected + 1) && !STOPS.test(items[end]!.text.trim())) {
      // The last row takes no more lines than it has columns (plus wrapped text).
      if (end - k > roles.length * 3) break;
      end++;
    }
    rows.push(...subRows(items.slice(k, end), roles));
    k = end;
    expected++;
  }
  if (rows.length === 0) return null;
  const last = items[k - 1]!;
  return {
    table: { shape: 'flat', header: head.header, rows, rules: [], lines: [head.header[0]!.lines[0], last.line] },
    used: k,
  };
}
