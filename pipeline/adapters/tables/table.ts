// Tables as they reach us in plain text. Governments publish task tables (任务分解表,
// 责任清单, 工作清单) as Word tables or web tables; copied or exported to text they take one
// of a few shapes, each read by its own reader in this folder into one model:
//
//   tab.ts     Word's text export: every cell starts with a TAB, a line without one
//              continues the cell (钟祥 work list)
//   flat.ts    a web table copied one cell per line, each cell ending in ` |` (霍山), or
//              with no terminator at all, one cell per line (钟楼, 沙坪坝)
//   pipe.ts    Markdown/pipe rows `| 1 | 任务 | 市财政局 |`
//   box.ts     box-drawing tables `│ 1 │ 任务 │` between ┌─┬─┐ rules
//
// The model keeps every cell's text as printed and its source lines; what the columns mean
// is decided from the header (columns.ts), what an empty cell means by the extractor.

export type TableShape = 'tab' | 'flat-terminated' | 'flat' | 'pipe' | 'box' | 'html';

export interface TableCell {
  text: string;
  lines: [number, number];
  /** An HTML or Word cell merged with the one above (rowspan / vMerge): its text is the one above's. */
  mergedUp?: boolean;
}

export interface Table {
  shape: TableShape;
  header: TableCell[];
  rows: TableCell[][];
  /** Lines of the table that carry no text of a cell (box rules, `|---|` separators). */
  rules: number[];
  lines: [number, number];
}

/** A line of a document body as the adapters see it. */
export interface BodyLine {
  line: number; // 1-based
  text: string;
}

/** Flat text of a cell for comparisons: no whitespace at all (cells wrap anywhere). */
export const flatCell = (s: string) => s.replace(/\s+/g, '');
