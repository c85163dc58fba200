// What a table's columns mean, from their headers. Task tables of every province use a
// small vocabulary — 序号; 重点工作/工作任务/目标任务/具体措施; 责任领导/分管领导;
// 牵头单位/牵头责任单位; 责任单位/配合单位; 完成时限/时间节点 — and work lists that pass a
// policy down the levels of government add one column per level (中央政策, 省落实举措,
// 荆门市落实举措, 钟祥市落实措施). Headers are matched by meaning, never by position.
import { foldText } from '../../text/fold.ts';

export const COLUMN_ROLES = [
  'number', // 序号
  'level', // the text of one level of a policy chain (中央政策, 省落实举措 …)
  'task', // what is to be done: 重点工作, 工作任务, 具体措施, 目标名称, 工作标准 …
  'people', // 责任领导, 分管领导 — persons, never agencies
  'lead', // 牵头单位
  'responsible', // 责任单位, 配合单位
  'deadline', // 完成时限, 时间节点
  'remark', // 备注, 进展情况, 责任类型 — kept as text of the row
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface ColumnMeaning {
  role: ColumnRole;
  /** For a `level` column: the words before 政策/举措/措施 (中央, 省, 荆门市). */
  levelName?: string;
}

const NUMBER = /^(?:序号|编号|序|项目序号|任务序号)$/;
const PEOPLE = /(?:领导|责任人|联系人|负责人|包保人)$/;
const LEAD = /^(?:牵头|主责|主办|主抓|主要责任|责任牵头|牵头责任|总牵头)(?:单位|部门|科室)?$|牵头单位$|牵头部门$/;
const RESPONSIBLE = /^(?:责任|配合|协办|协同|协同配合|参与|协助|配合责任|具体责任|责任落实|协作|参加)(?:单位|部门|科室)$|^责任主体$/;
const DEADLINE = /(?:时限|时间节点|完成时间|完成期限|办结时间|截止时间|时间安排|进度安排)(?:要求)?$/;
// The name before 落实措施 is a place's, and place names run to 15 characters: the registry's
// longest are 双江拉祜族佤族布朗族傣族自治县 and 积石山保安族东乡族撒拉族自治县 (15), 镇沅彝族哈尼族拉祜族自治县 (13).
// At 12, a work list of 镇沅 read its own column 镇沅彝族哈尼族拉祜族自治县落实措施 as a task column and
// lost every measure of the county (columns.test.ts holds every registry name to this).
const LEVEL_NAME_MAX = 15;
const LEVEL = new RegExp(`^(.{1,${LEVEL_NAME_MAX}}?)(?:政策|落实举措|落实措施|贯彻举措|举措|措施)$`);
const TASK =
  /(?:重点工作|工作任务|目标任务|主要任务|重点任务|具体任务|具体措施|工作措施|主要内容|工作内容|任务内容|工作标准|目标名称|工作目标|年度目标|预期目标|阶段性目标|工作目标任务|项目名称|事项|内容|任务|措施|目标)$/;
const REMARK = /(?:备注|说明|进展情况|完成情况|责任类型|类型|类别|领域)$/;

/** The meaning of one header cell, or null when the header is unknown. */
export function columnMeaning(header: string): ColumnMeaning | null {
  const h = foldText(header).replace(/\s+/g, '').replace(/:$/, '');
  if (NUMBER.test(h)) return { role: 'number' };
  if (PEOPLE.test(h)) return { role: 'people' };
  if (LEAD.test(h)) return { role: 'lead' };
  if (RESPONSIBLE.test(h)) return { role: 'responsible' };
  if (DEADLINE.test(h)) return { role: 'deadline' };
  const level = LEVEL.exec(h);
  // A level names who speaks: 中央政策, 省落实举措, 荆门市落实举措. 具体措施 / 工作措施 are tasks.
  if (level && /(?:中央|国家|国务院|省|市|县|区|州|盟|旗)$/.test(level[1]!) && !/^(?:具体|工作|主要|重点|保障)/.test(level[1]!)) {
    return { role: 'level', levelName: level[1]! };
  }
  if (TASK.test(h)) return { role: 'task' };
  if (REMARK.test(h)) return { role: 'remark' };
  return null;
}

/** A header cell is short: a longer line ending in 措施 or 任务 is a sentence of the text. */
const HEADER_MAX = 14;

/**
 * Could this short line be a header cell (a known header word)? A level header may be longer,
 * by its place's name: 镇沅彝族哈尼族拉祜族自治县落实措施 is 17 characters.
 */
export function isHeaderWord(text: string): boolean {
  const t = foldText(text).replace(/\s+/g, '');
  if (t.length < 1) return false;
  const meaning = columnMeaning(t);
  return meaning !== null && (t.length <= HEADER_MAX || meaning.role === 'level');
}
