// A government web page, saved from the browser, read into the line model the official-text
// adapter reads (one line per paragraph or <br>, tables as Table objects over their lines),
// so that headers, outline, signature and agency tags are read by the same code as text.
//
// Parsed with rehype-parse (hast, with source positions). The document body is found by
// rule, never by a per-site selector list:
//   1. scripts, styles, forms and hidden elements are dropped; page-information labels with
//      their values (索引号 / 发布机构 / 文号 … in a table, a list or a line), widgets
//      (打印 关闭, 扫一扫…) and link lists (navigation, 关联稿件) are marked as furniture;
//   2. the content container is the deepest element holding at least half of the page's
//      prose (text outside links and furniture) — the 正文 container on every CMS seen;
//   3. the document's head (红头, 文号, title) often stands above that container: the body
//      starts at the element that carries the page's title (meta ArticleTitle, <title>, the
//      information table's 名称) closest to the container, and runs through the container
//      and whatever non-furniture follows it inside their common ancestor (a signature in a
//      div of its own).
// Everything left out is declared, with its reason and the HTML line it stands on; the page's
// metadata (title, 文号, 发文机关, dates, 索引号, canonical URL) is returned for the document.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SourceError } from '../../sources/errors.ts';
import { foldText } from '../../text/fold.ts';
import { isHeaderWord } from '../tables/columns.ts';
import type { Table, TableCell } from '../tables/table.ts';
import { inlinePairs, isChromeText, PAGE_LABELS, pageDate, pageLabel, type PageField, type PageLabel } from './pageInfo.ts';

export const LEFT_OUT_REASONS = ['outside-body', 'page-info', 'navigation', 'chrome', 'hidden', 'image'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** What was left out of the document's text, and why: the declared furniture of a page. */
export interface LeftOut {
  reason: LeftOutReason;
  /** The text as the page shows it, whole (an image: its alt text or address): what the published-site check accounts for. */
  text: string;
  /** Line in the HTML file, when the page was parsed from one. */
  line: number | null;
}

export interface PageMeta extends Record<PageField, string | null> {
  /** The page's own URL: canonical link, og:url, or the browser's `saved from url=` note. */
  url: string | null;
  /** Every label/value pair the page printed about the document, as printed. */
  info: Array<{ label: PageLabel; value: string }>;
}

export interface PageText {
  /** The document's text, one line per paragraph, <br> or table-cell paragraph (cells as Word exports them: a TAB first). */
  lines: string[];
  /** Per line, the HTML line it starts on (null for HTML made from a Word file). */
  origin: Array<number | null>;
  /** The page's tables, their cells on `lines` (1-based). */
  tables: Table[];
  meta: PageMeta;
  leftOut: LeftOut[];
}

const DROP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
  'map',
  'audio',
  'video',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

const isElement = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';
const elementsOf = (n: Element | Root): Element[] => (n.children as RootContent[]).filter((c): c is Element => c.type === 'element');

function isHidden(el: Element): boolean {
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  const style = String(el.properties.style ?? '').replace(/\s+/g, '');
  return /(?:^|;)(?:display:none|visibility:hidden)/i.test(style);
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** A title as readers compare titles: no spacing, no quotation or title marks. */
const titleKey = (s: string) => foldText(s).replace(/[\s\u00a0\u2000-\u200b\u3000《》〈〉“”"'‘’「」『』<>]/g, '');

interface Info {
  parent: Element | null;
  depth: number;
  order: number; // preorder index
  dropped: boolean;
  text: string; // all text (not dropped)
  prose: number; // characters outside links and furniture
  mark: Exclude<LeftOutReason, 'outside-body' | 'hidden' | 'image'> | null;
}

/**
 * The page's own text, node by node with the HTML line it starts on: every text node outside
 * the elements that never show a document's text (<head>, scripts, styles, form controls,
 * media — DROP above). Whatever readPage makes of the page must account for each of them:
 * in the document's lines, or declared left out. The published-site check holds the two
 * against each other (scripts/check-coverage.ts), so the page stays the source of record.
 */
export function textNodes(html: string): Array<{ text: string; line: number | null }> {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const out: Array<{ text: string; line: number | null }> = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type === 'text') {
        if (squash(c.value)) out.push({ text: c.value, line: c.position?.start.line ?? null });
      } else if (c.type === 'element' && !DROP.has(c.tagName)) walk(c);
    }
  };
  walk(tree);
  return out;
}

/** Read a decoded HTML page. `whole`: the page is all document (HTML made from a Word file). */
export function readPage(html: string, file: string, options: { whole?: boolean; titles?: string[] } = {}): PageText {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const info = new Map<Element, Info>();
  const leftOut: LeftOut[] = [];
  const meta: PageMeta = { title: null, wenhao: null, issuer: null, date: null, published: null, indexNumber: null, url: null, info: [] };
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) => n.position?.start.line ?? null;
  const fromWord = options.whole === true;

  // 1. Annotate: parent, order, dropped, text.
  let order = 0;
  /** Returns the element's text as printed, hidden or not; `Info.text` keeps only what shows. */
  const annotate = (el: Element, parent: Element | null, depth: number, droppedAbove: boolean): string => {
    const dropped = droppedAbove || DROP.has(el.tagName) || isHidden(el);
    const me: Info = { parent, depth, order: order++, dropped, text: '', prose: 0, mark: null };
    info.set(el, me);
    let text = '';
    for (const c of el.children) {
      if (isElement(c)) text += annotate(c, el, depth + 1, dropped);
      else if (c.type === 'text') text += c.value;
    }
    me.text = dropped ? '' : text;
    if (dropped && !droppedAbove && !DROP.has(el.tagName) && squash(text))
      leftOut.push({ reason: 'hidden', text: squashSpaces(text), line: lineOf(el) });
    return DROP.has(el.tagName) ? '' : text;
  };
  const htmlEl = elementsOf(tree).find((e) => e.tagName === 'html');
  if (!htmlEl) throw new SourceError(file, 1, 'page has no <html> element');
  annotate(htmlEl, null, 0, false);
  const body = elementsOf(htmlEl).find((e) => e.tagName === 'body');
  if (!body) throw new SourceError(file, 1, 'page has no <body>');

  // Metadata in <head>: meta tags, <title>, canonical link; the browser's "saved from" note.
  const head = elementsOf(htmlEl).find((e) => e.tagName === 'head');
  const metaTags = new Map<string, string>();
  let pageTitle: string | null = null;
  const visitHead = (el: Element) => {
    if (el.tagName === 'meta') {
      const name = String(el.properties.name ?? el.properties.property ?? '').toLowerCase();
      const content = String(el.properties.content ?? '').trim();
      if (name && content && !metaTags.has(name)) metaTags.set(name, content);
    } else if (el.tagName === 'title') {
      pageTitle =
        el.children
          .map((c) => (c.type === 'text' ? c.value : ''))
          .join('')
          .trim() || null;
    } else if (el.tagName === 'link' && String(el.properties.rel ?? '').includes('canonical') && el.properties.href) {
      meta.url ??= String(el.properties.href);
    }
    for (const c of elementsOf(el)) visitHead(c);
  };
  if (head) visitHead(head);
  // Chrome's "Save page as" leaves <!-- saved from url=(0084)http://… --> before <html>.
  for (const c of tree.children) {
    const saved = c.type === 'comment' ? /saved from url=\(\d+\)(\S+)/.exec(c.value) : null;
    if (saved && !meta.url) meta.url = saved[1]!;
  }
  if (!meta.url && metaTags.get('og:url')) meta.url = metaTags.get('og:url')!;
  if (meta.url && !/^https?:\/\//.test(meta.url)) meta.url = null;

  // 2. Furniture marks: page-information pairs, widgets, link lists.
  const record = (label: PageLabel, value: string) => {
    const v = value.replace(/\u00a0/g, ' ').trim();
    meta.info.push({ label, value: v });
    const field = PAGE_LABELS[label];
    if (!field || !v) return;
    const normal = field === 'date' || field === 'published' ? pageDate(v) : v;
    if (normal && meta[field] === null) meta[field] = normal;
  };
  const nextElement = (el: Element): Element | null => {
    const parent = info.get(el)!.parent;
    if (!parent) return null;
    const siblings = parent.children;
    for (let k = siblings.indexOf(el) + 1; k < siblings.length; k++) {
      const s = siblings[k]!;
      if (isElement(s)) return info.get(s)!.dropped ? null : s;
      if (s.type === 'text' && s.value.trim() !== '') return null;
    }
    return null;
  };
  const hasBlockInside = (el: Element): boolean => elementsOf(el).some((c) => BLOCK.has(c.tagName) || hasBlockInside(c));
  const linkText = (el: Element): string =>
    el.tagName === 'a' ? info.get(el)!.text : elementsOf(el).reduce((s, c) => (info.get(c)!.dropped ? s : s + linkText(c)), '');
  const isNavigation = (el: Element): boolean => {
    const all = squash(info.get(el)!.text);
    if (!all || !BLOCK.has(el.tagName) || el.tagName === 'td' || el.tagName === 'th') return false;
    const links = squash(linkText(el));
    if (!links) return false;
    // What is not a link: separators, dates of a news list, a label such as 当前位置 / 关联稿件.
    let other = all.replace(/(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?/g, '');
    for (const piece of splitLinks(el)) other = other.replace(squash(piece), '');
    other = other
      .replace(/[>»|｜·•/\\\-—:：、,，\s]+/g, '')
      .replace(/^(?:当前位置|您当前的位置|您的位置|您当前所在位置|所在位置|位置|关联稿件|相关稿件|相关链接|相关文章|相关阅读)/, '');
    return other.length <= Math.max(2, all.length * 0.1);
  };
  const splitLinks = (el: Element): string[] =>
    el.tagName === 'a' ? [info.get(el)!.text] : elementsOf(el).flatMap((c) => (info.get(c)!.dropped ? [] : splitLinks(c)));

  const markFurniture = (el: Element) => {
    const me = info.get(el)!;
    if (me.dropped) return;
    const label = pageLabel(me.text);
    if (label) {
      // The value is the next element, unless that is the next label (文号: with nothing after it).
      const value = nextElement(el);
      const text = value ? info.get(value)!.text : '';
      const isValue = value && squash(text).length <= 200 && !pageLabel(text) && !inlinePairs(text);
      me.mark = 'page-info';
      if (isValue) {
        info.get(value)!.mark = 'page-info';
        record(label, text);
      }
      return;
    }
    const pairs = !hasBlockInside(el) && squash(me.text).length <= 120 ? inlinePairs(me.text) : null;
    if (pairs) {
      me.mark = 'page-info';
      for (const p of pairs) record(p.label, p.value);
      return;
    }
    if (isChromeText(me.text)) {
      me.mark = 'chrome';
      return;
    }
    if (isNavigation(el)) {
      me.mark = 'navigation';
      return;
    }
    for (const c of elementsOf(el)) if (!info.get(c)!.mark) markFurniture(c);
  };
  if (!fromWord) markFurniture(body);

  // 3. Prose per element, and the content container.
  const proseOf = (el: Element): number => {
    const me = info.get(el)!;
    if (me.dropped || me.mark || el.tagName === 'a') return (me.prose = 0);
    let n = 0;
    for (const c of el.children) {
      if (isElement(c)) n += proseOf(c);
      else if (c.type === 'text') n += squash(c.value).length;
    }
    return (me.prose = n);
  };
  const total = proseOf(body);
  if (total === 0) throw new SourceError(file, lineOf(body), 'page has no text outside links and page furniture');
  let content = body;
  for (;;) {
    // A child holding most of the prose, not one long paragraph among several (紫阳县).
    const here = info.get(content)!.prose;
    const next = elementsOf(content).find((c) => info.get(c)!.prose >= Math.max(total * 0.5, here * 0.8));
    if (!next || fromWord) break;
    content = next;
  }
  // Stopped inside a table (its rows share the text): the container is the table.
  while (TABLE_PARTS.has(content.tagName)) content = info.get(content)!.parent!;

  // 4. The element that carries the title, nearest the container.
  const keys = [metaTags.get('articletitle'), meta.title, ...(options.titles ?? []), siteTitle(pageTitle)]
    .filter((t): t is string => !!t)
    .map(titleKey)
    .filter((k) => k.length >= 6);
  const cOrder = info.get(content)!.order;
  const isAncestor = (a: Element, b: Element) => {
    for (let p: Element | null = b; p; p = info.get(p)!.parent) if (p === a) return true;
    return false;
  };
  // `share`: how much of a page title a part of it must be (a title split over lines, 文号 glued before it).
  const matches = (text: string, share = 0.6) => {
    const k = titleKey(text);
    if (k.length < 6) return false;
    return keys.some((pk) => (pk.includes(k) && k.length >= pk.length * share) || (k.includes(pk) && k.length <= pk.length * 1.6));
  };
  const unmarkedText = (el: Element): string =>
    el.children
      .map((c) => (isElement(c) ? (info.get(c)!.dropped || info.get(c)!.mark ? '' : unmarkedText(c)) : c.type === 'text' ? c.value : ''))
      .join('');
  const candidates: Element[] = [];
  const findTitles = (el: Element) => {
    const me = info.get(el)!;
    if (me.dropped || me.mark || me.order >= cOrder) return;
    if (!isAncestor(el, content) && (keys.length ? matches(unmarkedText(el)) : el.tagName === 'h1')) {
      candidates.push(el);
      return;
    }
    for (const c of elementsOf(el)) findTitles(c);
  };
  // A container that holds the title itself (红头 and all) is the whole body.
  const titleInside = (el: Element): boolean =>
    !info.get(el)!.dropped && (matches(unmarkedText(el), 0.9) || elementsOf(el).some((c) => c !== el && titleInside(c)));
  if (!fromWord && !elementsOf(content).some(titleInside)) findTitles(body);
  const lca = (a: Element, b: Element): Element => {
    for (let p: Element | null = a; p; p = info.get(p)!.parent) if (isAncestor(p, b)) return p;
    return body;
  };
  let titleEl: Element | null = null;
  let best = -1;
  for (const c of candidates) {
    const d = info.get(lca(c, content))!.depth;
    if (d > best) {
      best = d;
      titleEl = c;
    }
  }
  const root = titleEl ? lca(titleEl, content) : content;
  const childToward = (from: Element, to: Element): Element => {
    let p = to;
    while (info.get(p)!.parent !== from) p = info.get(p)!.parent!;
    return p;
  };
  // The body: the root's children from the one holding the title through the rest.
  const first = titleEl && titleEl !== root ? childToward(root, titleEl) : null;

  // 5. Lines.
  const lines: string[] = [];
  const origin: Array<number | null> = [];
  const tables: Table[] = [];
  let buffer = '';
  let bufferLine: number | null = null;
  let out: { lines: string[]; origin: Array<number | null> } = { lines, origin };
  const flush = () => {
    const t = buffer
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/\u00a0/g, ' ')
      .trim();
    if (t) {
      out.lines.push(t);
      out.origin.push(fromWord ? null : bufferLine);
    }
    buffer = '';
    bufferLine = null;
  };
  /** Why a block outside the body is left out: its own mark, or the one of the furniture it is made of. */
  const reasonOf = (el: Element): LeftOutReason => {
    const me = info.get(el)!;
    if (me.mark) return me.mark;
    if (me.prose > 0) return 'outside-body';
    const marked = (e: Element): LeftOutReason | null =>
      info.get(e)!.mark ?? elementsOf(e).reduce<LeftOutReason | null>((r, c) => r ?? marked(c), null);
    return marked(el) ?? 'navigation';
  };
  const declare = (el: Element, reason: LeftOutReason) => {
    const scratch = collect(el, true);
    scratch.lines.forEach((t, k) => leftOut.push({ reason, text: t, line: scratch.origin[k] ?? lineOf(el) }));
  };
  /** The lines of an element on their own (a cell's paragraphs, a left-out block). */
  const collect = (el: Element, inside: boolean) => {
    const saved = { out, buffer, bufferLine };
    flush();
    out = { lines: [], origin: [] };
    emitChildren(el, inside, true);
    flush();
    const got = out;
    out = saved.out;
    buffer = saved.buffer;
    bufferLine = saved.bufferLine;
    return got;
  };
  const emitChildren = (el: Element, inside: boolean, quiet = false) => {
    for (const c of el.children) {
      if (isElement(c)) emit(c, inside, quiet);
      else if (c.type === 'text' && !info.get(el)!.dropped) {
        if (bufferLine === null && c.value.trim()) bufferLine = lineOf(c);
        buffer += c.value;
      }
    }
  };
  const emit = (el: Element, insideContent: boolean, quiet = false) => {
    const me = info.get(el)!;
    if (me.dropped) return;
    const inside = insideContent || el === content;
    if (me.mark && !inside) {
      if (!quiet) declare(el, me.mark);
      return;
    }
    if (el.tagName === 'br') return flush();
    if (el.tagName === 'img') {
      if (!quiet) leftOut.push({ reason: 'image', text: String(el.properties.alt || el.properties.src || ''), line: lineOf(el) });
      return;
    }
    if (el.tagName === 'table' && isDataTable(el) && !quiet) {
      flush();
      emitTable(el, inside);
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    // A date line under the title, outside the text (2023-01-05 10:00 区人民政府办公室), is the page's.
    if (!inside && block && !hasBlockInside(el) && me.order < cOrder && PAGE_DATE_LINE.test(squashSpaces(me.text))) {
      if (!quiet) declare(el, 'page-info');
      meta.published ??= pageDate(me.text);
      return;
    }
    emitChildren(el, inside, quiet);
    if (block) flush();
  };

  /** A table of data rather than layout: no table inside it, two rows or more. */
  function isDataTable(el: Element): boolean {
    let rows = 0;
    let nested = false;
    const walk = (e: Element) => {
      for (const c of elementsOf(e)) {
        if (c.tagName === 'table') nested = true;
        else {
          if (c.tagName === 'tr') rows++;
          walk(c);
        }
      }
    };
    walk(el);
    return !nested && rows >= 2;
  }

  function emitTable(el: Element, inside: boolean) {
    const trs: Element[] = [];
    const rowsOf = (e: Element) => {
      for (const c of elementsOf(e)) {
        if (info.get(c)!.dropped) continue;
        if (c.tagName === 'tr') trs.push(c);
        else if (TABLE_PARTS.has(c.tagName) || c.tagName === 'caption') rowsOf(c);
      }
    };
    rowsOf(el);
    // The grid: HTML's table model, rowspan and colspan placing every cell.
    interface Slot {
      cell: Element;
      origin: boolean;
      up: boolean; // continues the cell of the row above (rowspan)
      span: number;
    }
    const grid: Slot[][] = trs.map(() => []);
    trs.forEach((tr, r) => {
      let col = 0;
      for (const cell of elementsOf(tr).filter((c) => (c.tagName === 'td' || c.tagName === 'th') && !info.get(c)!.dropped)) {
        while (grid[r]![col]) col++;
        const rs = Math.max(1, Math.min(Number(cell.properties.rowSpan ?? 1) || 1, trs.length - r));
        const cs = Math.max(1, Number(cell.properties.colSpan ?? 1) || 1);
        for (let i = 0; i < rs; i++)
          for (let j = 0; j < cs; j++) grid[r + i]![col + j] = { cell, origin: i === 0 && j === 0, up: i > 0, span: cs };
        col += cs;
      }
    });
    const width = Math.max(...grid.map((r) => r.length));
    const cellLines = new Map<Element, { lines: string[]; origin: Array<number | null> }>();
    const linesOfCell = (cell: Element) => {
      if (!cellLines.has(cell)) cellLines.set(cell, collect(cell, true));
      return cellLines.get(cell)!;
    };
    const isHeaderRow = (r: number) => {
      const cells = grid[r]!.filter((s) => s.origin).map((s) => s.cell);
      const words = cells.filter((c) => isHeaderWord(linesOfCell(c).lines.join(''))).length;
      return words >= 2 && words >= cells.length - 1;
    };
    const isSection = (r: number) => grid[r]!.length > 0 && grid[r]!.every((s) => s.cell === grid[r]![0]!.cell) && width > 1;
    const put = (texts: string[], from: Array<number | null>): [number, number] => {
      const start = lines.length + 1;
      texts.forEach((t, k) => {
        lines.push(t);
        origin.push(fromWord ? null : (from[k] ?? null));
      });
      return [start, lines.length];
    };
    const plain = (cell: Element) => {
      const got = linesOfCell(cell);
      put(got.lines, got.origin);
    };
    if (grid.length === 0 || !isHeaderRow(0)) {
      // Not a task table (no header of known columns): its cells are paragraphs, read as any block.
      for (const row of grid) for (const s of row) if (s.origin) emit(s.cell, inside);
      flush();
      return;
    }
    const cellOf = (s: Slot | undefined, above: TableCell | undefined): TableCell => {
      if (!s) return { text: '', lines: put(['\t'], [null]) };
      if (s.up && above) {
        put(['\t'], [null]);
        return { text: above.text, lines: above.lines, mergedUp: true };
      }
      if (!s.origin) return { text: '', lines: put(['\t'], [null]) };
      const got = linesOfCell(s.cell);
      const texts = got.lines.length ? ['\t' + got.lines[0], ...got.lines.slice(1)] : ['\t'];
      return { text: got.lines.join('\n'), lines: put(texts, got.origin) };
    };
    // A header cell spanning columns names each of them (中央政策 over a title and a text column).
    const headerRow = grid[0]!;
    const header: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const s = headerRow[c];
      const prev = c > 0 ? headerRow[c - 1] : undefined;
      header.push(s && !s.origin && prev?.cell === s.cell ? header[c - 1]! : cellOf(s, undefined));
    }
    let part: Table = { shape: 'html', header, rows: [], rules: [], lines: [header[0]!.lines[0], lines.length] };
    let previous: TableCell[] | undefined;
    for (let r = 1; r < grid.length; r++) {
      if (isSection(r)) {
        // A row of one cell across the table (一、2025年经济社会发展的主要预期目标) is a heading
        // of the outline: the table stops before it and goes on after it with the same header.
        part.lines[1] = lines.length;
        tables.push(part);
        plain(grid[r]![0]!.cell);
        part = { shape: 'html', header, rows: [], rules: [], lines: [lines.length + 1, lines.length] };
        previous = undefined;
        continue;
      }
      const row: TableCell[] = [];
      for (let c = 0; c < width; c++) row.push(cellOf(grid[r]![c], previous?.[c]));
      part.rows.push(row);
      previous = row;
    }
    part.lines[1] = lines.length;
    if (part.rows.length || part === tables.at(-1)) tables.push(part);
    else if (part.lines[0] <= part.lines[1]) tables.push(part);
  }

  // Everything outside the body is declared, block by block.
  const emitBody = () => {
    if (fromWord) return emitChildren(body, true);
    const outside = (el: Element, target: Element) => {
      // Walk from `el` down toward `target`, declaring what lies before it.
      for (const c of elementsOf(el)) {
        if (c === target || isAncestor(c, target)) return;
        if (!info.get(c)!.dropped) declare(c, reasonOf(c));
      }
    };
    // Above the root: every branch not leading to it.
    const path: Element[] = [];
    for (let p: Element | null = root; p && p !== body; p = info.get(p)!.parent) path.unshift(p);
    let at: Element = body;
    const after: Element[] = [];
    for (const step of path) {
      outside(at, step);
      const kids = elementsOf(at);
      after.unshift(...kids.slice(kids.indexOf(step) + 1));
      at = step;
    }
    const kids = elementsOf(root);
    const from = first ? kids.indexOf(first) : 0;
    for (const c of kids.slice(0, from)) if (!info.get(c)!.dropped) declare(c, reasonOf(c));
    // Without a title above the text, the body is the container itself (a table, if it is one).
    if (!first) emit(root, false);
    // Text directly in the root (rare) belongs to the body.
    else
      for (const c of root.children.slice(root.children.indexOf(first))) {
        if (isElement(c)) emit(c, root === content);
        else if (c.type === 'text') {
          if (bufferLine === null && c.value.trim()) bufferLine = lineOf(c);
          buffer += c.value;
        }
      }
    flush();
    for (const c of after) if (!info.get(c)!.dropped) declare(c, reasonOf(c));
  };
  emitBody();
  flush();
  if (lines.length === 0) throw new SourceError(file, lineOf(content), 'no document text found on the page');
  meta.title ??= metaTags.get('articletitle') ?? siteTitle(pageTitle);
  return { lines, origin, tables, meta, leftOut };
}

const PAGE_DATE_LINE = /^(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?(?: \S{2,20})?$/;
const squashSpaces = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** A <title> without the site's name: 杭州市人民政府办公厅关于…的通知-杭州网 → the first part. */
function siteTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = title
    .split(/\s*(?:[-_|｜—]{1,2}|\s_\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0] ?? null;
}
