// Web-page furniture of a scraped gazette issue: the metadata table at the top
// (索引号 / 分类 / 发布机构 …), the issue title, the table of contents, section
// banners such as 【市政府文件】, and the page footer (打印 关闭, 扫一扫…, an
// empty 附件: widget). None of it is the text of a document.

import { foldText } from './fold.ts';

/** A table-of-contents heading: 目录 / 目 录. */
export const TOC_MARKER = /^目\s*录$/;

// Lines that look like page chrome. Only whole-line patterns, so a sentence that happens
// to start like chrome — 相关文件精神…, 扫一扫二维码即可在线申报… — is never mistaken for it;
// and even a whole-line match is furniture only outside a document's text (a banner
// between documents, the footer): inside a body (【重要提示】) it is kept and reported.
const CHROME: RegExp[] = [
  /^【[^】]{1,20}】$/, // 【市政府文件】 section banner of the issue
  /^[【[]?打印[】\]]?\s*[【[]?关闭(窗口)?[】\]]?$/, // 打印 关闭
  /^[【[]?(打印|关闭|关闭窗口|返回顶部|收藏|打印本页)[】\]]?$/,
  /^扫一扫(?:[,，]?\s*在?手机上?(?:查看|打开|浏览|阅读)?(?:当前|本|此)?页面?)?$/, // 扫一扫在手机上查看当前页面
  /^(?:上一篇|下一篇)[:：].{0,50}$/, // 上一篇：<a title>
  /^(?:分享到|相关链接|相关文件|相关阅读)[:：]?$/,
  /^(?:责任编辑|浏览次数|访问量|点击数)[:：]\s*\S{0,20}$/,
  /^【?\s*字[体号]\s*[:：]?\s*[大中小\s]+】?$/,
];

// What starts like chrome, whole line or not: inside a document's text such a line is kept
// and reported (furniture-in-body), so a maintainer can see that nothing was taken for chrome.
const CHROME_START =
  /^(?:【[^】]{1,20}】|[【[]?(?:打印|关闭|返回顶部|收藏)|扫一扫|上一篇|下一篇|分享到|相关链接|相关文件|相关阅读|责任编辑|浏览次数|访问量|点击数)/;

export function startsLikeChrome(line: string): boolean {
  return CHROME_START.test(foldText(line).trim());
}

export function isChromeLine(line: string): boolean {
  const t = foldText(line).trim();
  // Chrome is a label, never a sentence: a line with 。；！？ is text.
  return t !== '' && t.length <= 60 && !/[。；;！？!?]/.test(t) && CHROME.some((re) => re.test(t));
}

// Lines of a web page's header that describe the page, not the document: 发布日期:2022-01-21,
// 发布时间:2023-03-31 10:21 来源:, 字体:【 默认 超大 |, 浏览次数: 123, 【字体：大 中 小】.
const PAGE_META =
  /^(?:发布(?:日期|时间)|发文日期|成文日期|来源|信息来源|作者|编辑|浏览(?:次数)?|点击|字体|字号|分享|索引号|主题分类|发布机构|文号|分类)\s*[:：]?/;

/** A short line of page metadata (outside a document's text only). */
// A page's own summary of the document (摘要:…), however long: the site's words, not the document's.
const PAGE_SUMMARY = /^(?:摘要|内容摘要|内容概述|导读)\s*[:：]/;

export function isPageMetaLine(line: string): boolean {
  const t = foldText(line).trim();
  if (PAGE_SUMMARY.test(t)) return true;
  return t !== '' && t.length <= 60 && !t.includes('。') && (PAGE_META.test(t) || isChromeLine(t));
}

/** The web page's attachment widget with nothing in it: `附件:` alone. */
export function isEmptyAttachmentWidget(line: string): boolean {
  return /^附\s*件\s*[:：]?$/.test(line.trim());
}

/**
 * Index (0-based) of the first line of the page footer: the trailing lines that
 * are chrome, blank, or an empty 附件 widget. `lines.length` when there is none.
 */
export function footerStart(lines: string[], notBefore: number): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= notBefore; i--) {
    const t = lines[i]!.trim();
    if (t === '' || isChromeLine(t) || isEmptyAttachmentWidget(t)) {
      if (t !== '') start = i;
      continue;
    }
    break;
  }
  return start;
}

export interface TocEntry {
  line: number; // 1-based
  text: string;
}

/**
 * The entries of the table of contents, between its 目录 marker and the
 * first document: every non-blank line except section banners.
 */
export function tocEntries(lines: string[], from: number, to: number): { marker: number | null; entries: TocEntry[] } {
  let marker: number | null = null;
  const entries: TocEntry[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]!.trim();
    if (marker === null) {
      if (TOC_MARKER.test(t)) marker = i + 1;
      continue;
    }
    if (t !== '' && !isChromeLine(t)) entries.push({ line: i + 1, text: t });
  }
  return { marker, entries };
}

/** Compare titles as a reader would: ignoring spacing, quotation marks and trailing page numbers. */
export function titleKey(title: string): string {
  return title.replace(/[.…·\s]*\d*$/, '').replace(/[\s\u2000-\u200f\u3000“”"'‘’「」『』]/g, '');
}

/** Merge sorted 1-based line numbers into inclusive ranges, bridging blank lines. */
export function toRanges(lineNumbers: number[], lines: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const n of lineNumbers) {
    const last = ranges.at(-1);
    if (last) {
      let onlyBlank = true;
      for (let k = last[1] + 1; k < n; k++) if (lines[k - 1]!.trim() !== '') onlyBlank = false;
      if (onlyBlank) {
        last[1] = n;
        continue;
      }
    }
    ranges.push([n, n]);
  }
  return ranges;
}
