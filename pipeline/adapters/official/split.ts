// Where documents start in a source: one standalone document, or a gazette issue (政府公报)
// holding several, each with its own 文号, title and signature.
//
// A document starts at a 红头 (天门市人民政府文件), at a 文号 standing on its own line (with a
// title printed right above it, as web pages do), or — without either — at a title
// followed by addressees. What comes before the first document is the issue's or page's
// header (metadata table, table of contents), furniture — unless it holds prose, which
// is then a document of its own (a 公告 without 文号 before the first 文号).
import { findDate } from '../../grammar/dates.ts';
import { isTitleLike } from '../../grammar/documentKinds.ts';
import { isWenhaoLine } from '../../grammar/wenhao.ts';
import { endsLikeBodyName } from '../../grammar/agencyNames.ts';
import { foldText } from '../../text/fold.ts';
import { isPageMetaLine, TOC_MARKER } from '../../text/furniture.ts';
import { isAddresseeEnd, isRedHead } from './header.ts';

/** A 文号 in the page's metadata table (the line after the label 文号 / 发文字号) is the page's data. */
function isMetadataValue(lines: string[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = lines[k]!.trim();
    if (t !== '') return /^(文\s*号|发文字号)[:：]?$/.test(t);
  }
  return false;
}

const nonBlankBefore = (lines: string[], at: number, n: number): number[] => {
  const out: number[] = [];
  for (let k = at - 1; k >= 0 && out.length < n; k--) if (lines[k]!.trim() !== '') out.push(k);
  return out;
};
const nonBlankAfter = (lines: string[], at: number, n: number): number[] => {
  const out: number[] = [];
  for (let k = at + 1; k < lines.length && out.length < n; k++) if (lines[k]!.trim() !== '') out.push(k);
  return out;
};

/** Prose: a line a header, a table of contents or page furniture never holds. */
export function isProse(line: string): boolean {
  const t = foldText(line).trim();
  return /[。;]/.test(t) || (t.length > 60 && !isTitleLike(t));
}

/**
 * 0-based indices of the lines where documents start, in order. A 文号 start moves up to
 * a 红头 or to title lines printed directly above it.
 */
export function documentStarts(lines: string[]): number[] {
  const starts = new Set<number>();
  const inToc = tocLines(lines);
  lines.forEach((l, i) => {
    if (inToc.has(i)) return;
    if (isWenhaoLine(l) && !isMetadataValue(lines, i)) {
      let s = i;
      for (const k of nonBlankBefore(lines, i, 4)) {
        if (isRedHead(lines[k]!)) {
          s = k;
          break;
        }
        // A title printed right above the 文号 (天津: title, then 津政办发〔2023〕5号) — not a
        // table-of-contents entry further up.
        if (isTitleLike(lines[k]!) && !inToc.has(k) && s - k <= 2) s = k;
        else break;
      }
      starts.add(s);
    } else if (isRedHead(l) && !nonBlankAfter(lines, i, 2).some((k) => isWenhaoLine(lines[k]!))) {
      starts.add(i);
    }
  });
  // A title followed by addressees with no 文号 or 红头 above it.
  lines.forEach((l, i) => {
    if (inToc.has(i) || !isTitleLike(l)) return;
    const next = nonBlankAfter(lines, i, 3);
    const addr = next.findIndex((k) => isAddresseeEnd(lines[k]!));
    if (addr < 0 || next.slice(0, addr).some((k) => !isTitleLike(lines[k]!) && isProse(lines[k]!))) return;
    const covered = [...starts].some((s) => s <= i && i - s <= 8 && !lines.slice(s, i).some((x) => isProse(x)));
    if (covered) return;
    // A title printed as issuer, then 关于…: 市人民政府办公室⏎关于印发…的通知.
    const above = nonBlankBefore(lines, i, 1)[0];
    const issuerAbove =
      above !== undefined &&
      /^关于/.test(foldText(l).trim()) &&
      endsLikeBodyName(lines[above]!.replace(/\s+/g, '')) &&
      !isProse(lines[above]!);
    starts.add(issuerAbove ? above : i);
  });
  return [...starts].sort((a, b) => a - b);
}

/** Lines of an issue's table of contents (目录 and the entries after it, up to the first prose or 文号). */
export function tocLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const marker = lines.findIndex((l) => TOC_MARKER.test(l.trim()));
  if (marker < 0) return out;
  for (let k = marker; k < lines.length; k++) {
    const t = lines[k]!;
    if (t.trim() !== '' && (isWenhaoLine(t) || isProse(t) || isRedHead(t))) break;
    // The TOC ends where the first document's head begins: a title followed by addressees.
    const next = nonBlankAfter(lines, k, 1)[0];
    if (k > marker && t.trim() !== '' && next !== undefined && (isAddresseeEnd(lines[next]!) || isProse(lines[next]!))) break;
    out.add(k);
  }
  return out;
}

/** Where the first document starts when no start was found: the first line that is not page metadata. */
export function standaloneStart(lines: string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '' && !isPageMetaLine(l));
  return first < 0 ? 0 : first;
}

export interface GazetteIssue {
  title: string; // 天门市人民政府公报2023第1号(总号:44)
  name: string; // the gazette's name, without the issue: 天门市人民政府公报
  year: number | null;
  number: number | null; // 第1号 / 第1期
  total: number | null; // 总号:44 / 总第44期
  line: number;
  /** Its publication date as the page header prints it (发布日期 2023年03月31日), ISO, and the line. */
  date: { iso: string; line: number } | null;
}

// The page header's publication date: 发布日期 / 发布时间, the date on the same line or the next one.
const PUBLISHED_LABEL = /^(?:发布日期|发布时间|公布日期|出版日期)\s*[:：]?\s*(.*)$/;

/** The publication date the header (lines before `end`) prints, by its label; the 发布日期 label first. */
export function publishedDate(lines: string[], end: number): { iso: string; line: number } | null {
  const found: Array<{ iso: string; line: number; label: string }> = [];
  for (let k = 0; k < end; k++) {
    const m = PUBLISHED_LABEL.exec(foldText(lines[k]!).trim());
    if (!m) continue;
    let at = k;
    let value = m[1]!;
    if (!value) {
      at = k + 1;
      while (at < end && lines[at]!.trim() === '') at++;
      value = at < end ? lines[at]!.trim() : '';
    }
    const date = findDate(value);
    if (date?.iso && value.trim().startsWith(date.raw.trim())) found.push({ iso: date.iso, line: at + 1, label: m[0].slice(0, 4) });
  }
  const best = found.find((f) => f.label === '发布日期') ?? found[0];
  return best ? { iso: best.iso, line: best.line } : null;
}

/** The issue of a gazette, from its header lines: a title with 公报 and its numbers. */
export function parseGazetteIssue(lines: string[], end: number): GazetteIssue | null {
  for (let k = 0; k < end; k++) {
    const t = foldText(lines[k]!).trim();
    if (!/公报/.test(t) || t.length > 40 || isProse(t)) continue;
    const year = /((?:19|20)\d{2})\s*年?/.exec(t);
    const number = /第\s*(\d{1,3})\s*[号期]/.exec(t);
    const total = /总(?:号\s*[:：]?\s*|第\s*)(\d{1,4})/.exec(t);
    if (!number && !total) continue;
    const cut = Math.min(...[year?.index, number?.index, total?.index].filter((i): i is number => i !== undefined));
    return {
      title: lines[k]!.trim(),
      name: lines[k]!.trim()
        .slice(0, cut)
        .replace(/[\s(（〔[【]+$/, ''),
      year: year ? Number(year[1]) : null,
      number: number ? Number(number[1]) : null,
      total: total ? Number(total[1]) : null,
      line: k + 1,
      date: publishedDate(lines, end),
    };
  }
  return null;
}
