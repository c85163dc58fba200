// The genre of an official document, from the word its title ends with (GB/T 9704 titles
// end in their genre: 关于…的通知, …实施意见, …工作方案). A 关于印发…方案的通知 is a notice:
// the genre of the wrapper, whose attachment is the plan.
import type { DocumentKind } from '../schema.ts';
import { foldText } from '../text/fold.ts';

export type DocumentKindId = DocumentKind;

// Longest first: 实施细则 before 细则, 工作要点 before 要点, 任务分解表 before 表.
const GENRES: ReadonlyArray<[string, DocumentKindId]> = [
  ['任务分解表', 'worklist'],
  ['责任分解表', 'worklist'],
  ['分解表', 'worklist'],
  ['责任清单', 'worklist'],
  ['工作清单', 'worklist'],
  ['任务清单', 'worklist'],
  ['清单', 'worklist'],
  ['台账', 'worklist'],
  ['实施意见', 'opinion'],
  ['指导意见', 'opinion'],
  ['意见', 'opinion'],
  ['通知', 'notice'],
  ['通报', 'notice'],
  ['应急预案', 'contingency-plan'],
  ['预案', 'contingency-plan'],
  ['实施方案', 'plan'],
  ['工作方案', 'plan'],
  ['方案', 'plan'],
  ['行动计划', 'plan'],
  ['计划', 'plan'],
  ['规划', 'plan'],
  ['纲要', 'plan'],
  ['工作要点', 'points'],
  ['要点', 'points'],
  ['若干措施', 'measures'],
  ['政策措施', 'measures'],
  ['若干政策', 'measures'],
  ['措施', 'measures'],
  ['实施细则', 'rules'],
  ['细则', 'rules'],
  ['办法', 'rules'],
  ['规定', 'rules'],
  ['条例', 'rules'],
  ['规则', 'rules'],
  ['决定', 'decision'],
  ['公告', 'announcement'],
  ['通告', 'announcement'],
  ['报告', 'report'],
  ['批复', 'other'],
  ['请示', 'other'],
  ['纪要', 'other'],
  ['命令', 'other'],
  ['函', 'other'],
];

// The genre word, then an optional qualifier such as （试行） / (修订版) / (2023—2025年).
// The qualifier never holds a 文号 (…的通知(韶府〔2019〕31號) is a title, then its 文号).
const GENRE_END = new RegExp(`(${GENRES.map(([w]) => w).join('|')})(?:[(（][^)）〔号]{1,12}[)）])?[》"”]?$`);

/** The genre word a title ends with (folded), or null. */
export function genreOf(title: string): string | null {
  return GENRE_END.exec(foldText(title).replace(/\s+/g, ''))?.[1] ?? null;
}

/** The kind of a document or attachment, from the genre word its title ends with. */
export function kindOfTitle(title: string): DocumentKindId {
  const genre = genreOf(title);
  return GENRES.find(([w]) => w === genre)?.[1] ?? 'other';
}

/** A line that can be a document's title: short, no full stop, ending in a genre word. */
export function isTitleLike(line: string): boolean {
  const t = foldText(line).trim();
  return t.length <= 80 && !t.includes('。') && genreOf(t) !== null;
}
