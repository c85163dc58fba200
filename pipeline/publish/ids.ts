// Permalinks. Everything here derives from what a document itself prints — its
// jurisdiction, 文号 or date, its item numbers — never from file order or array
// position, so adding, removing or reordering sources cannot move a URL.
import { pinyin } from 'pinyin-pro';
import { wenhaoParts } from '../grammar/wenhao.ts';

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
  const parts = wenhaoParts(wenhao);
  return parts ? `${toSlug(parts.issuer)}-${parts.year}-${parts.serial}` : null;
}

export const documentUrl = (docId: string) => `/docs/${docId}/`;
export const measureUrl = (docId: string, anchor: string) => `/docs/${docId}/${anchor}/`;
export const policyAnchor = (number: string) => `policy-${number}`;
export const policyUrl = (docId: string, number: string) => `/docs/${docId}/${policyAnchor(number)}/`;
export const agencyUrl = (jurisdiction: string, slug: string) => `/agencies/${jurisdiction}/${slug}/`;
