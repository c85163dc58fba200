// Adapter for official documents as text: a standalone document (意见, 通知, 方案, 工作要点,
// 任务分解表 …, with or without 红头, 文号, addressees, signature) or a gazette issue
// holding several, each shaped like an official document (GB/T 9704):
//
//   红头 / 文号 / title / addressees      header.ts
//   body: paragraphs, numbered items      outline.ts
//         and tables of any shape          ../tables/
//   signing body(ies) / date              signature.ts
//   attachments (附件), each a fresh numbering context, possibly with a signature
//
// The adapter only segments and labels lines; it never changes text. What a numbered
// item or a table row means (agencies, amounts, measures) is the extractor's job. Page
// furniture (a metadata table, a table of contents, 打印 关闭) is recognised only outside
// documents and only as whole lines; furniture-looking text inside a body is kept and
// reported.
import type { AnomalyDraft } from '../../anomalies.ts';
import type { CanonicalBlock, CanonicalDoc, DocMeta } from '../../canonical/blocks.ts';
import { isTitleLike, kindOfTitle } from '../../grammar/documentKinds.ts';
import { parseNumberMarker } from '../../grammar/numberMarkers.ts';
import { parseWenhao, trailingWenhao, wenhaoOfLine } from '../../grammar/wenhao.ts';
import { statesFirstListedLeads } from '../../grammar/agencyTags.ts';
import type { Jurisdiction } from '../../schema.ts';
import { SourceError } from '../../sources/errors.ts';
import { foldText } from '../../text/fold.ts';
import { wrapWidth } from '../../text/rewrap.ts';
import {
  footerStart,
  isChromeLine,
  isEmptyAttachmentWidget,
  isPageMetaLine,
  startsLikeChrome,
  titleKey,
  toRanges,
  tocEntries,
  TOC_MARKER,
} from '../../text/furniture.ts';
import { findTables, tableBlocks, type FoundTable } from '../tables/regions.ts';
import { isHeaderWord } from '../tables/columns.ts';
import type { BodyLine, Table } from '../tables/table.ts';
import { joinTitle, parseHeader } from './header.ts';
import { buildOutline } from './outline.ts';
import { findSignature, isSignerLine, looksLikeBodyName, parseDateLine, type Signature } from './signature.ts';
import { documentStarts, isProse, parseGazetteIssue, standaloneStart, tocLines, type GazetteIssue } from './split.ts';

export type { GazetteIssue };

export interface OfficialTextResult {
  documents: CanonicalDoc[]; // in source order
  furniture: Array<[number, number]>; // 1-based inclusive line ranges of page furniture and table rules
  anomalies: AnomalyDraft[];
  issue: GazetteIssue | null;
  /** Lines that belong to table rows: coverage compares them without the table's syntax (| │). */
  tableLines: number[];
}

// Lines right after a signature that are notes, not attachments.
const NOTE = /^([(（].*[)）]|(抄送|联系人|联系电话|印发)[:：].*)$/;
const ATTACHMENT_LABEL = /^附\s*件\s*(\d*)\s*[:：]?\s*(.*)$/;
// The list of attachments at the end of a notice's own text: `附件：` then names.
const ATTACHMENT_LIST = /^附\s*件\s*[:：]/;

/** A line of an attachment's title: short, unnumbered, no sentence punctuation. */
function isAttachmentTitleLine(text: string): boolean {
  const t = foldText(text).trim();
  return (
    t.length <= 40 &&
    !/[。,;:|]/.test(t) &&
    !parseNumberMarker(t) &&
    !TOC_MARKER.test(t) &&
    !parseDateLine(t) &&
    !text.startsWith('\t') &&
    !isHeaderWord(t) // a table's header (序号, 重点工作 …) starts the body
  );
}

/** The attachment heading at items[at]: an optional 附件 label and up to four title lines. */
function attachmentHeader(items: BodyLine[], at: number): { end: number; title: string } | null {
  let k = at;
  const titleParts: string[] = [];
  const label = ATTACHMENT_LABEL.exec(items[k]?.text.trim() ?? '');
  if (label) {
    if (label[2]) titleParts.push(label[2]);
    k++;
  }
  while (k < items.length && k - at < 5 && isAttachmentTitleLine(items[k]!.text) && !ATTACHMENT_LABEL.test(items[k]!.text.trim())) {
    titleParts.push(items[k]!.text);
    k++;
  }
  return k === at ? null : { end: k, title: joinTitle(titleParts) };
}

const STRAY = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\ufffd]/g;
const PAIRS: Array<[string, string, string]> = [
  ['(（', ')）', '圆括号'],
  ['《', '》', '书名号'],
  ['“', '”', '引号'],
  ['〔', '〕', '六角括号'],
];

/** Characters that do not belong in a text, and brackets opened but not closed (or the reverse). */
function lineAnomalies(item: BodyLine): AnomalyDraft[] {
  const out: AnomalyDraft[] = [];
  for (const m of item.text.replace(/^\t/, '').matchAll(STRAY)) {
    if (m[0] === '\t') continue;
    out.push({
      code: 'stray-character',
      line: item.line,
      message: `含不可见或控制字符 U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    });
  }
  const marker = parseNumberMarker(item.text);
  const text = marker ? marker.rest : item.text; // a malformed number such as 16) is reported by the outline
  for (const [open, close, name] of PAIRS) {
    const opens = [...text].filter((c) => open.includes(c)).length;
    const closes = [...text].filter((c) => close.includes(c)).length;
    if (opens !== closes)
      out.push({ code: 'unbalanced-brackets', line: item.line, message: `${name}不配对（左${opens}个、右${closes}个）` });
  }
  return out;
}

interface Context {
  file: string;
  /** Tables read with their structure by the html/docx adapters, on the lines of `lines`. */
  tables: readonly Table[];
  lines: string[];
  chain: Jurisdiction[];
  anomalies: AnomalyDraft[];
  furniture: number[];
  tableLines: number[];
}

const blockOf = <R extends 'wenhao' | 'title' | 'addressee' | 'signer' | 'date' | 'attachment' | 'redhead'>(
  role: R,
  items: BodyLine[],
): CanonicalBlock => ({ role, lines: [items[0]!.line, items.at(-1)!.line], text: '' }) as CanonicalBlock;

/** Blocks of one numbering context (a document's own text, or an attachment): tables and the outline of the rest. */
function contextBlocks(ctx: Context, items: BodyLine[]): CanonicalBlock[] {
  const found = findTables(items, ctx.chain, ctx.file, ctx.tables);
  const tables: FoundTable[] = found.tables;
  ctx.anomalies.push(...found.anomalies);
  const inTable = new Set<number>();
  for (const t of tables) for (let k = t.from; k < t.to; k++) inTable.add(k);
  const prose = items.filter((_, k) => !inTable.has(k));
  // A block may span lines a..b only if no table or furniture lies between them.
  const blocked = new Set<number>([...inTable].map((k) => items[k]!.line));
  const spanOk = (a: number, b: number) => {
    for (let n = a + 1; n < b; n++) if (blocked.has(n) || ctx.furniture.includes(n)) return false;
    return true;
  };
  const { blocks, anomalies } = buildOutline(prose, spanOk);
  ctx.anomalies.push(...anomalies);
  for (const t of tables) {
    ctx.anomalies.push(...t.anomalies);
    ctx.furniture.push(...t.table.rules);
    for (let k = t.from; k < t.to; k++) if (!t.table.rules.includes(items[k]!.line)) ctx.tableLines.push(items[k]!.line);
    // A table sits inside the numbered block before it (a table under 一、 belongs to it).
    const at = items[t.from]!.line;
    const before = blocks.filter((b) => b.lines[0] < at && (b.role === 'section' || b.role === 'provision')).at(-1);
    const level = before && 'level' in before ? before.level + 1 : 0;
    const insertAt = blocks.findIndex((b) => b.lines[0] > at);
    const tb = tableBlocks(t, level);
    if (insertAt < 0) blocks.push(...tb);
    else blocks.splice(insertAt, 0, ...tb);
  }
  return blocks;
}

/**
 * Without a signature, the issuer is the body a title names before 关于 (东莞: 東莞市人民政府關于…的實施意見):
 * GB/T 9704 titles are issuer + 关于 + subject + genre.
 */
function issuerOfTitle(title: string | null): string | null {
  if (!title) return null;
  const at = foldText(title).indexOf('关于');
  if (at < 2) return null;
  const issuer = title.slice(0, at);
  return looksLikeBodyName(issuer) ? issuer : null;
}

/** One document: items are its non-blank, non-furniture lines. */
function adaptDocument(ctx: Context, items: BodyLine[]): CanonicalDoc {
  const { anomalies } = ctx;
  const header = parseHeader(items);
  for (const f of header.furniture) ctx.furniture.push(f.line);
  const blocks: CanonicalBlock[] = [];
  let wenhao: string | null = null;
  let wenhaoYear: number | null = null;
  if (header.redhead) blocks.push(blockOf('redhead', [header.redhead]));
  const wenhaoBlock = header.wenhao ? blockOf('wenhao', [header.wenhao]) : null;
  // A 文号 printed in parentheses at the end of the title line (韶关: …的通知(韶府〔2019〕31號)).
  const inTitle = !header.wenhao && header.title.length ? trailingWenhao(header.title.at(-1)!.text) : null;
  const wenhaoItem = header.wenhao ?? (inTitle ? header.title.at(-1)! : null);
  if (wenhaoItem) {
    const raw = inTitle ? inTitle.wenhao : (wenhaoOfLine(wenhaoItem.text) ?? wenhaoItem.text.trim());
    const parsed = parseWenhao(foldText(raw));
    wenhao = parsed.wenhao;
    wenhaoYear = parsed.year;
    if (parsed.wenhao === null) {
      anomalies.push({
        code: 'malformed-wenhao',
        severity: 'error',
        line: wenhaoItem.line,
        message: `文号“${raw}”不完整（${parsed.problems.join('，')}），无法确定文号`,
      });
    } else if (parsed.problems.length) {
      const onlyBrackets = parsed.problems.every((p) => p.startsWith('括号'));
      anomalies.push({
        code: 'malformed-wenhao',
        severity: onlyBrackets ? 'info' : 'warning',
        line: wenhaoItem.line,
        message: `文号印作“${raw}”，格式不规范（${parsed.problems.join('，')}），按“${parsed.wenhao}”理解`,
      });
    }
  }
  // Blocks in source order: the 文号 may stand before or after the title.
  const titleBlock = header.title.length ? blockOf('title', header.title) : null;
  const headParts = [wenhaoBlock, titleBlock].filter((b): b is CanonicalBlock => b !== null).sort((a, b) => a.lines[0] - b.lines[0]);
  blocks.push(...headParts);
  if (header.addressees.length) blocks.push(blockOf('addressee', header.addressees));
  // A title printed in 《》 (a republished copy: 《关于…的实施细则》) is the title without them.
  const titleTexts = header.title.map((b) => b.text);
  if (inTitle) titleTexts[titleTexts.length - 1] = inTitle.title;
  const title = header.title.length ? joinTitle(titleTexts).replace(/^《([^《》]+)》$/, '$1') : null;
  if (!title) anomalies.push({ code: 'no-title', line: items[0]?.line ?? null, message: '没有找到文件标题' });

  const attachments: DocMeta['attachments'] = [];
  const pushContext = (from: number, to: number) => {
    // A notice lists its attachments above the signature (附件：1.某方案 2.…): that list
    // names documents, it holds no provisions.
    const list = items.slice(from, to).findIndex((b) => ATTACHMENT_LIST.test(b.text.trim()));
    const end = list >= 0 ? from + list : to;
    blocks.push(...contextBlocks(ctx, items.slice(from, end)));
    for (const item of items.slice(end, to)) blocks.push({ role: 'paragraph', level: 0, lines: [item.line, item.line], text: '' });
  };

  // The document's own text runs up to its signature. After the signature come notes
  // such as (此件公开发布) and then attachments, each a fresh numbering context from its
  // title to the next numbered 附件 label (or the end), which may carry a signature of its own.
  const first = findSignature(items, header.next, items.length);
  let pos = header.next;
  // Without a signature, the document's own text still ends at its first attachment label
  // standing alone (附件1), as 沙坪坝's notice does, whose date line is misprinted.
  const firstLabel = items.findIndex((b, k) => k > header.next && /^附\s*件\s*\d+\s*$/.test(b.text.trim()));
  let end = first.signature || firstLabel < 0 ? items.length : firstLabel;
  let signature: Signature | null = first.signature;
  if (!first.signature && first.bareDate !== null && (wenhao || header.addressees.length)) {
    anomalies.push({ code: 'no-signature', line: items[first.bareDate]!.line, message: '落款日期上方没有发文机关' });
  } else if (!first.signature && (wenhao || header.addressees.length)) {
    anomalies.push({ code: 'no-signature', line: items.at(-1)?.line ?? null, message: '文件没有落款（发文机关和日期），可能不完整' });
  }
  let date: string | null = null;
  if (first.signature) {
    const d = parseDateLine(first.signature.date.text)!;
    date = d.iso;
    if (d.iso === null) anomalies.push({ code: 'invalid-date', line: first.signature.date.line, message: `落款日期“${d.raw}”不存在` });
    else if (wenhaoYear !== null && Number(d.iso.slice(0, 4)) !== wenhaoYear) {
      anomalies.push({
        code: 'wenhao-year-mismatch',
        line: wenhaoItem!.line,
        message: `文号年份${wenhaoYear}与落款日期${d.raw}的年份不同`,
      });
    }
  }
  for (;;) {
    pushContext(pos, signature ? signature.at : end);
    pos = end;
    if (signature) {
      blocks.push(blockOf('signer', signature.signer), blockOf('date', items.slice(signature.dateAt, signature.dateAt + 1)));
      // A repeated date line (a web page printing the date twice) is furniture.
      for (let k = items.indexOf(signature.date) + 1; k <= signature.dateAt; k++)
        if (items[k] !== signature.date) ctx.furniture.push(items[k]!.line);
      const dateBlock = blocks.at(-1)!;
      dateBlock.lines = [signature.date.line, signature.date.line];
      pos = signature.dateAt + 1;
      while (pos < items.length && NOTE.test(items[pos]!.text.trim())) {
        blocks.push({ role: 'paragraph', level: 0, lines: [items[pos]!.line, items[pos]!.line], text: '' });
        pos++;
      }
    }
    if (pos >= items.length) break;
    const head = attachmentHeader(items, pos);
    if (head) {
      blocks.push(blockOf('attachment', items.slice(pos, head.end)));
      attachments.push({ title: head.title, kind: kindOfTitle(head.title), lines: [items[pos]!.line, items[head.end - 1]!.line] });
      pos = head.end;
    } else if (signature) {
      anomalies.push({ code: 'text-after-signature', line: items[pos]!.line, message: '落款之后的文字不像附件标题，按正文处理' });
    }
    const nextLabel = items.findIndex((b, k) => k > pos && /^附\s*件\s*\d+/.test(b.text.trim()) && ATTACHMENT_LABEL.test(b.text.trim()));
    end = nextLabel >= 0 ? nextLabel : items.length;
    signature = findSignature(items, pos, end).signature;
  }

  for (const b of blocks) {
    if (b.role === 'table' || b.role === 'row' || b.role === 'header' || b.role === 'cell') continue;
    b.text = ctx.lines.slice(b.lines[0] - 1, b.lines[1]).join('\n');
  }
  const foldedAll = foldText(items.map((i) => i.text).join('\n'));
  // A notice whose own head was cut off is known by the document it issues (四川: the 方案).
  const known = title ?? attachments[0]?.title ?? null;
  return {
    meta: {
      title: known,
      wenhao,
      wenhaoRaw: inTitle ? inTitle.wenhao.trim() : header.wenhao ? (wenhaoOfLine(header.wenhao.text) ?? header.wenhao.text.trim()) : null,
      issuer: first.signature ? first.signature.signer.map((b) => joinTitle([b.text])).join('、') : issuerOfTitle(title),
      date: date ?? header.pageDate,
      addressees: header.addressees.length ? joinTitle(header.addressees.map((b) => b.text)).replace(/[:：]$/, '') : null,
      // Without any title, a document that is a task table and nothing else is a work list.
      kind: known
        ? kindOfTitle(known)
        : blocks.some((b) => b.role === 'table') && !blocks.some((b) => b.role === 'provision')
          ? 'worklist'
          : 'other',
      lines: [items[0]!.line, items.at(-1)!.line],
      attachments,
      firstListedLeads: statesFirstListedLeads(foldedAll),
      fromManifest: [],
      chain: [],
      page: null,
    },
    blocks,
  };
}

/**
 * Segment a text source into documents. `chain` is the jurisdiction chain of the
 * source's place (top first), for tables whose columns are levels of government.
 */
export function adaptOfficialText(
  text: string,
  file: string,
  chain: Jurisdiction[],
  options: { tables?: readonly Table[] } = {},
): OfficialTextResult {
  // An empty file has a line 1; a file of blank lines has no line at fault.
  if (text.trim() === '') throw new SourceError(file, text === '' ? 1 : null, 'file has no text');
  const lines = text.split('\n');
  const nonBlank = (from: number, to: number): BodyLine[] =>
    // An empty line that starts with a TAB is an empty table cell (Word's export), not a blank line.
    lines.slice(from, to).flatMap((t, k) => (t.trim() === '' && !t.startsWith('\t') ? [] : [{ line: from + k + 1, text: t }]));
  const anomalies: AnomalyDraft[] = [];
  const ctx: Context = { file, lines, chain, anomalies, furniture: [], tableLines: [], tables: options.tables ?? [] };

  let starts = documentStarts(lines);
  const toc = tocLines(lines);
  const firstStart = starts[0] ?? standaloneStart(lines);
  // Prose before the first start is a document of its own (a 公告 without 文号), not furniture.
  const prefix = nonBlank(0, firstStart).filter((b) => !toc.has(b.line - 1));
  const prose = prefix.find((b) => isProse(b.text) && !isPageMetaLine(b.text));
  if (prose && starts.length > 0) {
    const at = prefix.indexOf(prose);
    const title = prefix
      .slice(Math.max(0, at - 3), at)
      .reverse()
      .find((b) => isTitleLike(b.text));
    const start = (title ?? prose).line - 1;
    anomalies.push({ code: 'text-before-document', line: start + 1, message: '第一份有文号的文件之前还有正文，作为一份文件单独收录' });
    starts = [start, ...starts];
  }
  if (starts.length === 0) starts = [firstStart];

  const issue = parseGazetteIssue(lines, starts[0]!);
  const footer = footerStart(lines, starts.at(-1)! + 1);
  const documents: CanonicalDoc[] = [];
  starts.forEach((start, k) => {
    const regionEnd = k + 1 < starts.length ? starts[k + 1]! : footer;
    let items = nonBlank(start, regionEnd);
    // Trailing chrome of a region (a section banner 【市政府办公室文件】 before the next
    // document, an empty 附件 widget) is furniture; chrome-looking lines inside are kept.
    while (items.length && (isChromeLine(items.at(-1)!.text) || isEmptyAttachmentWidget(items.at(-1)!.text))) {
      ctx.furniture.push(items.at(-1)!.line);
      items = items.slice(0, -1);
    }
    if (items.length === 0) return;
    for (const item of items.slice(1)) {
      anomalies.push(...lineAnomalies(item));
      if (startsLikeChrome(item.text)) {
        const shown = item.text.trim();
        anomalies.push({
          code: 'furniture-in-body',
          line: item.line,
          message: `正文中的“${shown.length > 20 ? shown.slice(0, 20) + '…' : shown}”像网页上的按钮或栏目名，已作为正文保留`,
        });
      }
    }
    const width = wrapWidth(items.map((i) => i.text));
    if (width !== null) {
      anomalies.push({
        code: 'hard-wrapped',
        line: items[0]!.line,
        message: `正文按每行约${width}字固定换行（如从 PDF 复制），识别时按句连读，显示保留原样`,
      });
    }
    documents.push(adaptDocument(ctx, items));
  });

  // The issue's table of contents tells how many documents to expect: fewer found means
  // the file was cut short — reported, and what was found is published.
  const tocList = tocEntries(lines, 0, starts[0]!);
  const found = new Set(documents.map((d) => titleKey(d.meta.title ?? '')));
  const missing = tocList.entries.filter((e) => !found.has(titleKey(e.text)));
  if (tocList.entries.length > documents.length) {
    const firstMissing = missing[0] ?? tocList.entries[documents.length]!;
    anomalies.push({
      code: 'possibly-truncated',
      line: firstMissing.line,
      message: `目录列出${tocList.entries.length}篇文件，正文只有${documents.length}篇（缺：${firstMissing.text.trim()}），文件可能被截断`,
    });
  } else {
    for (const e of missing)
      anomalies.push({ code: 'toc-title-mismatch', line: e.line, message: `目录条目“${e.text.trim()}”与正文中的文件标题不一致` });
  }
  if (tocList.marker !== null && documents.length > tocList.entries.length) {
    anomalies.push({
      code: 'toc-incomplete',
      line: tocList.marker,
      message: `目录列出${tocList.entries.length}篇文件，正文有${documents.length}篇`,
    });
  }

  // A scraped page normally ends with its footer; a last line cut mid-sentence suggests
  // the file is truncated.
  const furnitureSet = new Set(ctx.furniture);
  const body = nonBlank(starts[0]!, footer).filter((b) => !furnitureSet.has(b.line));
  const lastItem = body.at(-1)!;
  const lastText = lastItem.text.trim().replace(/\s*\|$/, '');
  const endsWell =
    /[。；;！？!?）)”」…：:]$/.test(lastText) ||
    parseDateLine(lastItem.text) !== null ||
    isSignerLine(lastItem.text) ||
    ctx.tableLines.includes(lastItem.line);
  if (!endsWell) anomalies.push({ code: 'possibly-truncated', line: lastItem.line, message: '最后一行没有以句末标点结束，文件可能被截断' });
  if (starts[0]! > 0 && nonBlank(0, starts[0]!).length > 0 && footer === lines.length && issue) {
    anomalies.push({
      code: 'no-page-footer',
      line: lastItem.line,
      message: '网页抓取的文本没有页脚（如“打印 关闭”“扫一扫”），文件可能被截断',
    });
  }

  // Furniture: the page header (up to the table of contents), the table of contents,
  // chrome between documents and inside headers, the footer — each as its own range.
  const prefixLines = nonBlank(0, starts[0]!).map((b) => b.line);
  const tocFrom = tocList.marker ?? Infinity;
  const furniture = [
    ...toRanges(
      prefixLines.filter((n) => n < tocFrom),
      lines,
    ),
    ...toRanges(
      prefixLines.filter((n) => n >= tocFrom),
      lines,
    ),
    ...toRanges(
      [...new Set(ctx.furniture)].sort((a, b) => a - b),
      lines,
    ),
    ...toRanges(
      nonBlank(footer, lines.length).map((b) => b.line),
      lines,
    ),
  ];
  anomalies.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents, furniture, anomalies, issue, tableLines: [...new Set(ctx.tableLines)].sort((a, b) => a - b) };
}
