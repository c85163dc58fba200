// The page's own description of the document: government CMS pages print an information
// table (信息公开 "索引号 / 发布机构 / 文号 / 发文日期 …") above the text, as a <table>, a <ul>
// of label/value spans or a <dl> of labels (谯城区, 紫阳县, 蔡甸区, 万载县 pages), and a line
// under the title (发布时间:2025-03-28 16:00 信息来源:…). Labels vary by site but come from a
// small vocabulary; each is registered here with the document field it fills, or null when
// it describes the page rather than the document (公开方式, 浏览次数).
import { findDate } from '../../grammar/dates.ts';
import { foldText } from '../../text/fold.ts';

export const PAGE_FIELDS = ['title', 'wenhao', 'issuer', 'date', 'published', 'indexNumber'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** Label (spaces and colon removed) → the field it gives. */
export const PAGE_LABELS = {
  名称: 'title',
  文件名称: 'title',
  标题: 'title',
  文号: 'wenhao',
  发文字号: 'wenhao',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  公开责任部门: 'issuer',
  责任部门: 'issuer',
  成文日期: 'date',
  发文日期: 'date',
  发布日期: 'published',
  发布时间: 'published',
  公开日期: 'published',
  索引号: 'indexNumber',
  信息索引号: 'indexNumber',
  生成日期: null,
  组配分类: null,
  主题分类: null,
  体裁分类: null,
  分类: null,
  公开目录: null,
  公开形式: null,
  公开方式: null,
  公开时限: null,
  公开范围: null,
  有效性: null,
  时效性: null,
  内容概述: null,
  摘要: null,
  主题词: null,
  关键词: null,
  信息来源: null,
  来源: null,
  作者: null,
  编辑: null,
  责任编辑: null,
  浏览次数: null,
  访问量: null,
  点击数: null,
  字体: null,
  字号: null,
} as const satisfies Record<string, PageField | null>;
export type PageLabel = keyof typeof PAGE_LABELS;

const labelKey = (text: string) =>
  foldText(text)
    .replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, '')
    .replace(/[:：]$/, '');

/** The label an element's whole text is (索&nbsp;引&nbsp;号, 索 引 号：), or null. */
export function pageLabel(text: string): PageLabel | null {
  const k = labelKey(text);
  return k.length <= 8 && Object.hasOwn(PAGE_LABELS, k) ? (k as PageLabel) : null;
}

const LABEL_ALTERNATION = Object.keys(PAGE_LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const INLINE = new RegExp(`(?:^|\\s)(${LABEL_ALTERNATION})\\s*[:：]`, 'g');

/**
 * Label/value pairs printed in one line (发布时间:2020-05-29 14:36:23, 来源:   作者:   编辑:徐可),
 * when the line starts with a label; null otherwise.
 */
export function inlinePairs(text: string): Array<{ label: PageLabel; value: string }> | null {
  const t = foldText(text)
    .replace(/\u00a0/g, ' ')
    .trim();
  const found = [...t.matchAll(INLINE)];
  if (!found.length || found[0]!.index !== 0) return null;
  return found.map((m, k) => {
    const start = m.index + m[0].length;
    const end = found[k + 1]?.index ?? t.length;
    return { label: m[1] as PageLabel, value: t.slice(start, end).trim() };
  });
}

/** 2022年09月14日, 2025-03-28 16:00 → 2022-09-14, 2025-03-28; null when the value holds no valid date. */
export function pageDate(value: string): string | null {
  return findDate(value)?.iso ?? null;
}

// Words of page widgets, printed as buttons or links: 【打印】【关闭】, 【打印本页】 【关闭窗口】,
// 【返回顶部】【关闭本页】, 扫一扫在手机打开当前页, 分享到, 收藏, 字体:[大 中 小].
const CHROME_WORDS =
  /^(?:打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|返回|返回顶部|回到顶部|顶部|收藏|加入收藏|分享|分享到|字体|字号|大|中|小|默认|超大|大字版|关联稿件|相关稿件|相关文章|相关阅读|相关链接|推荐阅读|上一篇|下一篇|纠错|我要纠错|无障碍|长辈版|关怀版)$/;

/** A widget of the page (打印 关闭, 扫一扫…, 返回顶部), as a whole element's text. */
export function isChromeText(text: string): boolean {
  const t = foldText(text)
    .replace(/\u00a0/g, ' ')
    .trim();
  if (t === '' || t.length > 40) return false;
  if (/^扫一扫/.test(t) || /^(?:手机|微信)扫(?:一扫|码)/.test(t)) return true;
  // 返 回: one space between two characters of one word.
  const words = t
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
    .split(/[【】[\]()（）|｜/\s:：]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => CHROME_WORDS.test(w));
}
