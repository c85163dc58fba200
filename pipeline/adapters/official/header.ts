// The head of an official document (GB/T 9704), in any of the orders real pages print it:
//
//   红头              天门市人民政府文件 / 鞍山市立山区人民政府办公室文件
//   文号              天政办发〔2023〕1号 (before or after the title)
//   title, 1–4 lines  市人民政府办公室关于 / 印发…的通知
//   addressees        各乡、镇人民政府,…,市直有关单位:
//
// and, on web pages, page metadata between them (发布日期:…, 字体:【 默认 超大 |), which is
// furniture. Every part but the title may be missing; a document whose title is missing
// too (a page that begins with its first provision) is reported, not rejected.
import { findDate } from '../../grammar/dates.ts';
import { isTitleLike } from '../../grammar/documentKinds.ts';
import { parseNumberMarker } from '../../grammar/numberMarkers.ts';
import { headlineWenhao, isWenhaoLine } from '../../grammar/wenhao.ts';
import { foldText } from '../../text/fold.ts';
import { isPageMetaLine } from '../../text/furniture.ts';
import { isHeaderWord } from '../tables/columns.ts';
import { isPipeRow, isBoxRow, isBoxRule } from '../tables/grid.ts';
import { isTerminatedCell } from '../tables/flat.ts';
import type { BodyLine } from '../tables/table.ts';

/** 红头: the issuing body's name followed by 文件 (天门市人民政府文件), alone on its line. */
export function isRedHead(line: string): boolean {
  const t = foldText(line).replace(/\s+/g, '');
  return t.length >= 6 && t.length <= 30 && /(?:人民政府|办公室|办公厅|委员会|局|委|厅)文件$/.test(t);
}

/** The last line of a document header: the addressees (主送机关), ending in a colon. */
export function isAddresseeEnd(text: string): boolean {
  const t = foldText(text).trim();
  return (
    /:$/.test(t) &&
    t.length <= 150 &&
    !t.includes('。') &&
    !/如下:$/.test(t) &&
    /(^各|人民政府|部门|单位|机构|委员会|管委会|局|办|厅|公司|企业|团体)/.test(t) &&
    !/^(?:牵头|责任|配合|完成)/.test(t)
  );
}

/** A line that starts a table or a numbered item, which no header part can be. */
function isBodyStart(text: string): boolean {
  return (
    parseNumberMarker(text) !== null ||
    text.startsWith('\t') ||
    isPipeRow(text) ||
    isBoxRule(text) ||
    isBoxRow(text) ||
    isTerminatedCell(text) ||
    isHeaderWord(text)
  );
}

/** Could this line be (part of) a title even without a genre word (浙江温州海洋经济发展示范区政策汇编)? */
function isBareTitle(text: string): boolean {
  const t = foldText(text).trim();
  return t.length >= 6 && t.length <= 60 && !/[。;:]/.test(t) && !/[,]$/.test(t) && !isBodyStart(text) && !isPageMetaLine(text);
}

export interface Header {
  redhead: BodyLine | null;
  wenhao: BodyLine | null;
  title: BodyLine[];
  addressees: BodyLine[];
  /** Page metadata lines inside the header: furniture. */
  furniture: BodyLine[];
  /** A date the page states for the document (发布日期:2022-01-21), for a document that prints none. */
  pageDate: string | null;
  next: number; // index of the first body item
}

/** The header at the start of a document's items. */
export function parseHeader(items: BodyLine[]): Header {
  const h: Header = { redhead: null, wenhao: null, title: [], addressees: [], furniture: [], pageDate: null, next: 0 };
  let k = 0;
  const skipMeta = () => {
    while (k < items.length && isPageMetaLine(items[k]!.text) && !isWenhaoLine(items[k]!.text)) h.furniture.push(items[k++]!);
  };
  skipMeta();
  if (k < items.length && isRedHead(items[k]!.text)) h.redhead = items[k++]!;
  skipMeta();
  if (k < items.length && isWenhaoLine(items[k]!.text)) h.wenhao = items[k++]!;
  skipMeta();

  // Title and addressees: within the next lines, the addressee line (ending in a colon)
  // closes the header; the title is the run of lines up to the last one that ends in a
  // genre word (通知, 意见 …) — lines after it are addressees that wrapped.
  const window = items.slice(k, k + 8);
  let addr = -1;
  for (let j = 0; j < window.length; j++) {
    const t = window[j]!.text.trim();
    if (isAddresseeEnd(t)) {
      addr = j;
      break;
    }
    if (t.includes('。') || (j > 0 && isBodyStart(t))) break;
  }
  let titleEnd = -1;
  const genreAt = window.map((b, j) => (isTitleLike(b.text) && (addr < 0 || j < addr) ? j : -1)).filter((j) => j >= 0);
  if (addr >= 0) titleEnd = genreAt.length ? genreAt.at(-1)! : addr - 1;
  else {
    // Without addressees: the title runs to its genre word when that comes within four
    // lines (a title wrapped over lines), else it is the first line if it reads as one.
    const first = genreAt.find((j) => j <= 3);
    if (first !== undefined) titleEnd = first;
    else if (window[0] && isBareTitle(window[0].text)) titleEnd = 0;
  }
  // Page metadata between title lines and addressees stays furniture, and so do a page's
  // headline (文号 glued to the title: 鞍立政发〔2023〕2号立山区人民政府关于…) and a title
  // printed twice (运城).
  const titleLines = window.slice(0, titleEnd + 1);
  const seen = new Set<string>();
  for (const b of titleLines) {
    const key = foldText(b.text).replace(/[\s《》]/g, '');
    if (isPageMetaLine(b.text) || (h.title.length > 0 && headlineWenhao(b.text)) || seen.has(key)) h.furniture.push(b);
    else h.title.push(b);
    seen.add(key);
  }
  k += titleEnd + 1;
  // A web page may print the title twice (运城), or the 文号 after the title (天津).
  while (k < items.length && h.title.length && items[k]!.text.trim() === h.title.at(-1)!.text.trim()) h.furniture.push(items[k++]!);
  skipMeta();
  if (!h.wenhao && k < items.length && isWenhaoLine(items[k]!.text)) h.wenhao = items[k++]!;
  skipMeta();
  if (addr >= 0) {
    const addrEnd = items.indexOf(window[addr]!);
    while (k <= addrEnd) {
      const item = items[k++]!;
      if (isPageMetaLine(item.text) && !isAddresseeEnd(item.text)) h.furniture.push(item);
      else h.addressees.push(item);
    }
  }
  h.next = k;
  for (const f of h.furniture) {
    if (!/^(?:发布|成文|发文|印发)(?:日期|时间)/.test(foldText(f.text).trim())) continue;
    h.pageDate ??= findDate(f.text)?.iso ?? null;
  }
  return h;
}

/**
 * Title text as a reader writes it: lines joined, typographic spacing removed
 * (`市 人 民 政 府`, `印发 2023 年`) — spaces survive only between two Latin letters or
 * digits, where they separate words.
 */
export function joinTitle(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('')
    .replace(/\s+/g, (s, at: number, all: string) =>
      /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + s.length] ?? '') ? ' ' : '',
    );
}
