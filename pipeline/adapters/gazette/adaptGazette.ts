// Adapter for a municipal gazette issue (政府公报) scraped from a web page.
//
// Grammar of an issue: web-page furniture (a metadata table, the issue title, a
// table of contents), then one document after another, then the page footer.
// Every document has the shape of a Chinese official document (GB/T 9704):
//
//   文号                      天政办发〔2023〕1号
//   title, 1–4 lines          市人民政府办公室关于 / 印发…的通知
//   addressees, ending in :   各乡、镇人民政府,…,市直有关单位:
//   body                      paragraphs and numbered items
//   signing body              天门市人民政府办公室
//   date                      2023年1月9日
//   attachments (optional)    title line(s), then a body of its own
//
// A 文号 standing on its own line is what starts a document, so documents are
// split at 文号 lines and everything before the first one is issue furniture.
// The adapter only segments and labels lines; it never changes text. What a
// numbered item means (agencies, measures) is the extractor's job.

import type { CanonicalBlock, CanonicalDoc } from '../../canonical/blocks.ts';
import { SourceError } from '../../sources/decode.ts';
import { footerStart, isChromeLine, titleKey, toRanges, tocEntries, TOC_MARKER } from './furniture.ts';
import { parseNumberMarker } from './numbering.ts';
import { buildOutline, type Anomaly, type BodyLine } from './outline.ts';
import { isSignerLine, parseDateLine } from './signature.ts';
import { isWenhaoLine, parseWenhao } from './wenhao.ts';

export type { Anomaly } from './outline.ts';

export interface GazetteResult {
  documents: CanonicalDoc[]; // one per document in the issue, in source order
  furniture: Array<[number, number]>; // 1-based inclusive line ranges of web-page furniture and issue-level headers
  anomalies: Anomaly[];
}

export type GazetteKind = 'opinion' | 'notice' | 'plan' | 'contingency-plan' | 'other';

// The genre word that ends the title of an official document, optionally followed
// by a qualifier such as （试行）.
const GENRE =
  /(意见|通知|通报|决定|办法|方案|预案|规定|细则|批复|报告|请示|函|公告|通告|命令|纪要|规划|纲要|措施|条例|计划|要点|清单)(?:[(（][^)）]{1,6}[)）])?$/;

/** The kind of a document or attachment, from the genre word its title ends with. */
export function kindOfTitle(title: string): GazetteKind {
  const m = GENRE.exec(title.trim());
  switch (m?.[1]) {
    case '意见':
      return 'opinion';
    case '通知':
      return 'notice';
    case '方案':
      return 'plan';
    case '预案':
      return 'contingency-plan';
    default:
      return 'other';
  }
}

/**
 * Title text as a reader writes it: lines joined, typographic spacing removed
 * (`市 人 民 政 府`, `印发 2023 年`) — spaces survive only between two Latin
 * letters or digits, where they separate words.
 */
export function joinTitle(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('')
    .replace(/\s+/g, (s, at: number, all: string) =>
      /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + s.length] ?? '') ? ' ' : '',
    );
}

/** The last line of a document header: the addressees (主送机关), ending in a colon. */
function isAddresseeEnd(text: string): boolean {
  const t = text.trim();
  return (
    /[:：]$/.test(t) &&
    t.length <= 150 &&
    !t.includes('。') &&
    !/如下[:：]$/.test(t) &&
    /(^各|人民政府|部门|单位|机构|委员会|局|办|厅|公司)/.test(t)
  );
}

const isTitleLike = (t: string) => t.length <= 60 && !t.includes('。') && GENRE.test(t.trim());

/**
 * A document that lost its 文号: a title-like line directly followed by an
 * addressee line. Returns the title line's number (1-based) or null.
 */
function findUnnumberedDocument(items: BodyLine[]): number | null {
  for (let k = 1; k < items.length; k++) {
    if (isAddresseeEnd(items[k]!.text) && isTitleLike(items[k - 1]!.text.trim())) return items[k - 1]!.line;
  }
  return null;
}

interface Header {
  title: BodyLine[];
  addressees: BodyLine[];
  next: number; // index of the first body item
}

/**
 * Title and addressees after the 文号 (items[start] is the first title line). The
 * addressee line, ending in a colon, closes the header; the title is the run of
 * lines up to the last one that ends in a genre word (通知, 意见 …) — lines after
 * it are addressees that wrapped. Without addressees the title ends at its genre word.
 */
function parseHeader(items: BodyLine[], start: number, file: string, wenhaoLine: number): Header {
  const window = items.slice(start, start + 8);
  let addr = -1;
  for (let k = 0; k < window.length; k++) {
    const t = window[k]!.text.trim();
    if (isAddresseeEnd(t)) {
      addr = k;
      break;
    }
    if (t.includes('。')) break;
  }
  let titleEnd: number;
  if (addr >= 0) {
    const genre = window
      .slice(0, addr)
      .map((b, k) => (GENRE.test(b.text.trim()) ? k : -1))
      .filter((k) => k >= 0);
    titleEnd = genre.length ? genre.at(-1)! : addr - 1;
  } else {
    titleEnd = window.findIndex((b) => isTitleLike(b.text.trim()));
  }
  if (titleEnd < 0)
    throw new SourceError(
      file,
      wenhaoLine,
      'document has no title after its 文号 (expected a line ending in 通知, 意见, 方案 … before the addressees)',
    );
  return {
    title: window.slice(0, titleEnd + 1),
    addressees: addr >= 0 ? window.slice(titleEnd + 1, addr + 1) : [],
    next: start + (addr >= 0 ? addr + 1 : titleEnd + 1),
  };
}

interface Signature {
  signer: BodyLine[];
  date: BodyLine;
  at: number; // index of the first signer line
  dateAt: number;
}

/**
 * The first signature in items[from, to): a date line standing alone with one
 * or more signing-body lines directly above it (joint documents have several).
 */
function findSignature(items: BodyLine[], from: number, to: number): { signature: Signature | null; bareDate: BodyLine | null } {
  let bareDate: BodyLine | null = null;
  for (let k = from; k < to; k++) {
    if (!parseDateLine(items[k]!.text)) continue;
    let s = k;
    while (s - 1 >= from && k - s < 3 && isSignerLine(items[s - 1]!.text) && !parseNumberMarker(items[s - 1]!.text)) s--;
    if (s < k) return { signature: { signer: items.slice(s, k), date: items[k]!, at: s, dateAt: k }, bareDate };
    bareDate ??= items[k]!;
  }
  return { signature: null, bareDate };
}

// Lines right after a signature that are notes, not attachments.
const NOTE = /^([(（].*[)）]|(抄送|联系人|联系电话|印发)[:：].*)$/;
const ATTACHMENT_LABEL = /^附\s*件\s*(\d*)\s*[:：]?\s*(.*)$/;
// The list of attachments at the end of a notice's own text: `附件：` then names.
const ATTACHMENT_LIST = /^附\s*件\s*[:：]/;

/** A line of an attachment's title: short, unnumbered, no sentence punctuation. */
function isAttachmentTitleLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && !/[。，,；;：:]/.test(t) && !parseNumberMarker(t) && !TOC_MARKER.test(t) && !parseDateLine(t);
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

interface Source {
  file: string;
  lines: string[];
  isChrome: (line: number) => boolean; // 1-based
}

/** A block may span lines a..b only if no furniture lies between them. */
function spanOkIn(src: Source): (a: number, b: number) => boolean {
  return (a, b) => {
    for (let n = a + 1; n < b; n++) if (src.isChrome(n)) return false;
    return true;
  };
}

const blockOf = (role: CanonicalBlock['role'], items: BodyLine[]): CanonicalBlock => ({
  role,
  lines: [items[0]!.line, items.at(-1)!.line],
  text: '',
});

/** One document: items are its non-blank, non-furniture lines, items[0] its 文号. */
function adaptDocument(src: Source, items: BodyLine[], anomalies: Anomaly[]): CanonicalDoc {
  const { file } = src;
  const wenhaoItem = items[0]!;
  const wenhaoRaw = wenhaoItem.text.trim();
  const parsed = parseWenhao(wenhaoRaw);
  if (parsed.wenhao === null) {
    anomalies.push({
      severity: 'error',
      code: 'malformed-wenhao',
      line: wenhaoItem.line,
      message: `文号“${wenhaoRaw}”不完整（${parsed.problems.join('，')}），无法确定文号`,
    });
  } else if (parsed.problems.length) {
    const onlyBrackets = parsed.problems.every((p) => p.startsWith('括号'));
    anomalies.push({
      severity: onlyBrackets ? 'info' : 'warning',
      code: 'malformed-wenhao',
      line: wenhaoItem.line,
      message: `文号印作“${wenhaoRaw}”，格式不规范（${parsed.problems.join('，')}），按“${parsed.wenhao}”理解`,
    });
  }

  const header = parseHeader(items, 1, file, wenhaoItem.line);
  const blocks: CanonicalBlock[] = [blockOf('wenhao', [wenhaoItem]), blockOf('title', header.title)];
  if (header.addressees.length) blocks.push(blockOf('addressee', header.addressees));
  else anomalies.push({ severity: 'info', code: 'no-addressee', line: header.title[0]!.line, message: '文件没有主送机关' });

  const orphan = findUnnumberedDocument(items.slice(header.next));
  if (orphan !== null)
    throw new SourceError(file, orphan, 'a document starts here (a title followed by addressees) but has no 文号 line above it');

  const spanOk = spanOkIn(src);
  const first = findSignature(items, header.next, items.length);
  if (!first.signature) {
    if (first.bareDate)
      throw new SourceError(
        file,
        first.bareDate.line,
        `document ${wenhaoRaw} (line ${wenhaoItem.line}): date line without a signing body on the line above it`,
      );
    throw new SourceError(
      file,
      items.at(-1)!.line,
      `document ${wenhaoRaw} (line ${wenhaoItem.line}) ends here without a signature (a signing body, then a date line) — is it truncated?`,
    );
  }
  const date = parseDateLine(first.signature.date.text)!;
  if (date.iso === null)
    anomalies.push({ severity: 'error', code: 'invalid-date', line: first.signature.date.line, message: `落款日期“${date.raw}”不存在` });
  else if (Number(date.iso.slice(0, 4)) !== parsed.year) {
    anomalies.push({
      severity: 'info',
      code: 'wenhao-year-mismatch',
      line: wenhaoItem.line,
      message: `文号年份${parsed.year}与落款日期${date.raw}的年份不同`,
    });
  }

  const attachments: Array<{ title: string; kind: GazetteKind; lines: [number, number] }> = [];
  const pushOutline = (from: number, to: number) => {
    // A notice lists its attachments above the signature (附件：1.某方案 2.…):
    // that list names documents, it holds no provisions.
    const list = items.slice(from, to).findIndex((b) => ATTACHMENT_LIST.test(b.text.trim()));
    const outlineEnd = list >= 0 ? from + list : to;
    const { blocks: b, anomalies: a } = buildOutline(items.slice(from, outlineEnd), spanOk);
    blocks.push(...b);
    anomalies.push(...a);
    for (const item of items.slice(outlineEnd, to)) blocks.push({ ...blockOf('paragraph', [item]), level: 0 });
  };

  // The document's own text runs up to its signature. After the signature come
  // notes such as (此件公开发布) and then attachments, each a fresh numbering
  // context from its title to the next numbered 附件 label (or the end), which
  // may carry a signature of its own.
  let pos = header.next;
  let end = items.length;
  let signature: Signature | null = first.signature;
  for (;;) {
    pushOutline(pos, signature ? signature.at : end);
    pos = end;
    if (signature) {
      blocks.push(blockOf('signer', signature.signer), blockOf('date', [signature.date]));
      pos = signature.dateAt + 1;
      while (pos < items.length && NOTE.test(items[pos]!.text.trim())) {
        blocks.push({ ...blockOf('paragraph', [items[pos]!]), level: 0 });
        pos++;
      }
    }
    if (pos >= items.length) break;
    const head = attachmentHeader(items, pos);
    if (head) {
      blocks.push(blockOf('attachment', items.slice(pos, head.end)));
      attachments.push({ title: head.title, kind: kindOfTitle(head.title), lines: [items[pos]!.line, items[head.end - 1]!.line] });
      pos = head.end;
    } else {
      anomalies.push({
        severity: 'warning',
        code: 'text-after-signature',
        line: items[pos]!.line,
        message: '落款之后的文字不像附件标题，按正文处理',
      });
    }
    const nextLabel = items.findIndex((b, k) => k > pos && /^附\s*件\s*\d+/.test(b.text.trim()) && ATTACHMENT_LABEL.test(b.text.trim()));
    end = nextLabel >= 0 ? nextLabel : items.length;
    signature = findSignature(items, pos, end).signature;
  }

  for (const b of blocks) b.text = src.lines.slice(b.lines[0] - 1, b.lines[1]).join('\n');
  const title = joinTitle(header.title.map((b) => b.text));
  return {
    meta: {
      title,
      wenhao: parsed.wenhao,
      wenhaoRaw,
      issuer: first.signature.signer.map((b) => joinTitle([b.text])).join('、'),
      date: date.iso,
      addressees: header.addressees.length ? joinTitle(header.addressees.map((b) => b.text)).replace(/[:：]$/, '') : null,
      kind: kindOfTitle(title),
      lines: [wenhaoItem.line, items.at(-1)!.line],
      attachments,
    },
    blocks,
  };
}

const STRAY = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\ufffd]/g;
const PAIRS: Array<[string, string, string]> = [
  ['(（', ')）', '圆括号'],
  ['《', '》', '书名号'],
  ['“', '”', '引号'],
  ['〔', '〕', '六角括号'],
];

/** Characters that do not belong in a text, and brackets opened but not closed (or the reverse). */
function lineAnomalies(item: BodyLine): Anomaly[] {
  const out: Anomaly[] = [];
  for (const m of item.text.matchAll(STRAY)) {
    out.push({
      severity: 'warning',
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
      out.push({ severity: 'info', code: 'unbalanced-brackets', line: item.line, message: `${name}不配对（左${opens}个、右${closes}个）` });
  }
  return out;
}

/**
 * A 文号 in the page's metadata table (the line after the label 文号 / 发文字号)
 * is the page's data, not the start of a document.
 */
function isMetadataValue(lines: string[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = lines[k]!.trim();
    if (t !== '') return /^(文\s*号|发文字号)[:：]?$/.test(t);
  }
  return false;
}

export function adaptGazette(text: string, file: string): GazetteResult {
  if (text.trim() === '') throw new SourceError(file, 1, 'gazette is empty (no text)');
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (isWenhaoLine(l) && !isMetadataValue(lines, i) ? [i] : []));
  const all = (from: number, to: number): BodyLine[] =>
    lines.slice(from, to).flatMap((t, k) => (t.trim() === '' ? [] : [{ line: from + k + 1, text: t }]));
  if (starts.length === 0) {
    const orphan = findUnnumberedDocument(all(0, lines.length));
    if (orphan !== null)
      throw new SourceError(file, orphan, 'a document starts here (a title followed by addressees) but has no 文号 line above it');
    throw new SourceError(
      file,
      1,
      'no document found: each document of a gazette starts with its 文号 on a line of its own (e.g. 天政办发〔2023〕1号)',
    );
  }
  const orphan = findUnnumberedDocument(all(0, starts[0]!));
  if (orphan !== null)
    throw new SourceError(file, orphan, 'a document starts here (a title followed by addressees) but has no 文号 line above it');

  const footer = footerStart(lines, starts.at(-1)! + 1);
  const isChrome = (n: number) => n - 1 < starts[0]! || n - 1 >= footer || isChromeLine(lines[n - 1]!);
  const src: Source = { file, lines, isChrome };
  const anomalies: Anomaly[] = [];

  const documents = starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : footer;
    const items = all(start, end).filter((b) => !isChrome(b.line));
    for (const item of items.slice(1)) anomalies.push(...lineAnomalies(item));
    return adaptDocument(src, items, anomalies);
  });

  // The table of contents tells how many documents to expect: fewer
  // found means the file was cut short.
  const toc = tocEntries(lines, 0, starts[0]!);
  const found = new Set(documents.map((d) => titleKey(String(d.meta.title))));
  const missing = toc.entries.filter((e) => !found.has(titleKey(e.text)));
  if (toc.entries.length > documents.length) {
    const first = missing[0] ?? toc.entries[documents.length]!;
    throw new SourceError(
      file,
      first.line,
      `the table of contents lists ${toc.entries.length} documents but only ${documents.length} were found (missing: ${first.text.trim()}) — is the file truncated?`,
    );
  }
  for (const e of missing)
    anomalies.push({
      severity: 'info',
      code: 'toc-title-mismatch',
      line: e.line,
      message: `目录条目“${e.text.trim()}”与正文中的文件标题不一致`,
    });
  if (toc.marker !== null && documents.length > toc.entries.length) {
    anomalies.push({
      severity: 'warning',
      code: 'toc-incomplete',
      line: toc.marker,
      message: `目录列出${toc.entries.length}篇文件，正文有${documents.length}篇`,
    });
  }

  // A scraped page normally ends with its footer; a last line cut mid-sentence
  // or a missing footer suggests the file is truncated.
  const lastItem = all(0, footer)
    .filter((b) => !isChrome(b.line))
    .at(-1)!;
  if (!/[。；;！？!?）)”」…：:]$/.test(lastItem.text.trim()) && !parseDateLine(lastItem.text) && !isSignerLine(lastItem.text)) {
    anomalies.push({
      severity: 'warning',
      code: 'possibly-truncated',
      line: lastItem.line,
      message: '最后一行没有以句末标点结束，文件可能被截断',
    });
  }
  if (starts[0]! > 0 && all(0, starts[0]!).length > 0 && footer === lines.length) {
    anomalies.push({
      severity: 'warning',
      code: 'no-page-footer',
      line: lastItem.line,
      message: '网页抓取的文本没有页脚（如“打印 关闭”“扫一扫”），文件可能被截断',
    });
  }

  // Furniture: the page header, the table of contents, chrome lines between
  // documents, the footer — each as its own range.
  const prefix = all(0, starts[0]!).map((b) => b.line);
  const tocFrom = toc.marker ?? Infinity;
  const interior = all(starts[0]!, footer)
    .filter((b) => isChromeLine(b.text))
    .map((b) => b.line);
  const furniture = [
    ...toRanges(
      prefix.filter((n) => n < tocFrom),
      lines,
    ),
    ...toRanges(
      prefix.filter((n) => n >= tocFrom),
      lines,
    ),
    ...toRanges(interior, lines),
    ...toRanges(
      all(footer, lines.length).map((b) => b.line),
      lines,
    ),
  ];
  anomalies.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents, furniture, anomalies };
}
