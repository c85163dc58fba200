// Permalinks. Everything here derives from what a document itself prints — its
// jurisdiction, 文号 or date, its item numbers — never from file order or array
// position, so adding, removing or reordering sources cannot move a URL.
import { pinyin } from 'pinyin-pro';

export function toSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 天政办发〔2023〕1号 → tianzhengbanfa-2023-1 */
export function wenhaoSlug(wenhao: string): string | null {
  const m = /^(.+?)[〔［[（(【](\d{4})[〕］\]）)】]\s*第?(\d+)号$/.exec(wenhao.replace(/\s+/g, ''));
  if (!m) return null;
  return `${toSlug(m[1]!)}-${m[2]}-${m[3]}`;
}

export const documentUrl = (docId: string) => `/docs/${docId}/`;
export const measureUrl = (docId: string, anchor: string) => `/docs/${docId}/${anchor}/`;
export const policyAnchor = (number: string) => `policy-${number}`;
export const policyUrl = (docId: string, number: string) => `/docs/${docId}/${policyAnchor(number)}/`;
export const agencyUrl = (jurisdiction: string, slug: string) => `/agencies/${jurisdiction}/${slug}/`;
