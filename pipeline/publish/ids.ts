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

export const issueUrl = (issueId: string) => `/gazettes/${issueId}/`;

/** 天门市人民政府公报2023第1号 of 天门 → tianmen-gongbao-2023-1 (or the 总号 when the issue number is missing). */
export function issueId(place: string, year: number | null, number: number | null, total: number | null): string {
  if (year !== null && number !== null) return `${place}-gongbao-${year}-${number}`;
  if (total !== null) return `${place}-gongbao-zong-${total}`;
  return `${place}-gongbao-${year ?? 'undated'}`;
}

// Words every title has that say nothing of its subject.
const TITLE_NOISE = /^(?:.*?(?:人民政府办公[室厅]|人民政府|办公[室厅]))?关于(?:印发)?|的(?:通知|意见|决定|通报|函)$|[《》“”"()（）〈〉]/g;

/**
 * The permalink of a document with neither 文号 nor manifest slug: its place, its date (or
 * year) and the initials of its title's subject — all printed in the document itself, so
 * adding or removing other documents never changes it. 2025年开发区重点工作及责任清单 of
 * 霍山 → huoshan-2025-kfqzdgzjzrqd.
 */
export function documentIdFor(place: string, date: string | null, title: string | null): string {
  const when = date ?? 'undated';
  if (!title) return `${place}-${when}`;
  const core = title.replace(TITLE_NOISE, '').replace(/^\d{4}年/, '');
  const initials = pinyin(core, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 16);
  return initials ? `${place}-${when}-${initials}` : `${place}-${when}`;
}
