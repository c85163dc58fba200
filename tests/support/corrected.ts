// The 天门 gazette as a corrected source would arrive, for the permalink ledger's tests.
import { readFileSync } from 'node:fs';

export const GAZETTE_FILE = 'tianmen-gongbao-2023-01.txt';
export const gazetteText = () => readFileSync(`content/sources/${GAZETTE_FILE}`, 'utf8');

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
];

/**
 * The textile opinion (天政发〔2023〕1号, lines 57–97) with a provision inserted after
 * (一) and every later provision renumbered: (二) becomes (三) … (十七) becomes (十八).
 */
export function withInsertedProvision(text: string): string {
  const lines = text.split('\n');
  for (let i = 58; i <= 96; i++) {
    const m = /^\(([一二三四五六七八九十]+)\)/.exec(lines[i]!);
    if (m) lines[i] = `(${NUMERALS[NUMERALS.indexOf(m[1]!) + 1]})${lines[i]!.slice(m[0].length)}`;
  }
  lines.splice(57, 0, '', '(二)强化用地保障。对纺织服装项目优先安排用地指标。(责任单位:市自然资源和规划局)');
  return lines.join('\n');
}

/** The air-pollution plan's misprinted 4.2.2 (line 694, under 4.3) corrected to 4.3.2. */
export function withNumberTypoFixed(text: string): string {
  const lines = text.split('\n');
  if (lines[693] !== '4.2.2 Ⅱ级响应措施') throw new Error('line 694 is not the misprinted 4.2.2');
  lines[693] = '4.3.2 Ⅱ级响应措施';
  return lines.join('\n');
}
