import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceRegistry } from '../../sources/places.ts';
import { adaptWorklist, splitCells } from './adaptWorklist.ts';

const FILE = 'content/sources/zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt';
const source = readFileSync(FILE, 'utf8');
const chain = createPlaceRegistry().chain('zhongxiang'); // 中央 → 湖北省 → 荆门市 → 钟祥市

/** A tiny work list in the same grammar, for the bad-input cases. */
const HEADER =
  '\t序号\n\t中央政策\n\t省落实举措\n\t序号\n\t荆门市落实举措\n\t序号\n\t钟祥市落实措施\n\t牵头单位\n\t责任单位\n\t完成\n时限\n';
const row = (c: string, j: string, z: string) =>
  `\t${c}\n\t${c ? '标题' + c : ''}\n\t中央文字${c}${j}\n\t省文字${j}\n\t${j}\n\t荆门文字${j}\n\t${z}\n\t钟祥文字${z}\n\t市财政局\n\t市税务局\n\t2022年12月\n\n`;
const small = (body: string) => `小清单\n${HEADER}\n${body}`;

describe('splitCells', () => {
  it('joins continuation lines into their cell and ignores blank lines', () => {
    const { title, cells } = splitCells('标题\n\t完成\n时限\n\n\t持续\n推进\n', 'x.txt');
    expect(title.text).toBe('标题');
    expect(cells).toEqual([
      { text: '完成\n时限', lines: [2, 3] },
      { text: '持续\n推进', lines: [5, 6] },
    ]);
  });
});

describe('adaptWorklist on the 钟祥 work list', () => {
  const doc = adaptWorklist(source, FILE, chain);
  const rows = doc.blocks.filter((b) => b.role === 'row');
  it('finds the title, a 10-cell header and 173 rows of 11 cells', () => {
    expect(doc.meta.title).toBe('钟祥市贯彻落实中央和省、荆门市扎实稳住经济一揽子政策措施工作清单');
    expect(doc.blocks.filter((b) => b.column === 'header')).toHaveLength(10);
    expect(rows).toHaveLength(173);
    expect(doc.meta.columns).toEqual([
      'zhongyang-number',
      'zhongyang-title',
      'zhongyang-text',
      'hubei-text',
      'jingmen-number',
      'jingmen-text',
      'zhongxiang-number',
      'zhongxiang-text',
      'lead',
      'responsible',
      'deadline',
    ]);
  });
  it('keeps a line break inside a cell (line 114-116: 市发改局⏎市人社局⏎市卫健局等)', () => {
    const cell = doc.blocks.find((b) => b.lines[0] === 114);
    expect(cell).toMatchObject({ column: 'responsible', text: '市发改局\n市人社局\n市卫健局等', lines: [114, 116] });
  });
  it('skips a blank line inside a row (row 1 has one at line 21)', () => {
    const cell = doc.blocks.find((b) => b.lines[0] === 22);
    expect(cell?.column).toBe('zhongxiang-text');
  });
});

describe('adaptWorklist on bad input', () => {
  it('ingests a well-formed small list', () => {
    expect(
      adaptWorklist(small(row('1', '1', '1') + row('', '2', '2')), 's.txt', chain).blocks.filter((b) => b.role === 'row'),
    ).toHaveLength(2);
  });
  it('stops at a row with a missing cell, naming file and line', () => {
    const broken = row('1', '1', '1').replace('\t省文字1\n', '') + row('', '2', '2');
    expect(() => adaptWorklist(small(broken), 's.txt', chain)).toThrow(/^s\.txt:\d+: work-list row starting at line 14 is misaligned/);
  });
  it('stops at a truncated file (last row incomplete)', () => {
    const text = small(row('1', '1', '1') + row('', '2', '2'))
      .split('\n')
      .slice(0, -8)
      .join('\n');
    expect(() => adaptWorklist(text, 's.txt', chain)).toThrow(
      /^s\.txt:26: last work-list row \(starting here\) has \d+ cells, 11 expected/,
    );
  });
  it('stops when the header does not match the jurisdiction chain', () => {
    expect(() => adaptWorklist(small(row('1', '1', '1')).replace('荆门市落实举措', '宜昌市落实举措'), 's.txt', chain)).toThrow(
      /^s\.txt:6: header column "宜昌市落实举措" does not match/,
    );
  });
  it('stops on a file with a title only', () => {
    expect(() => adaptWorklist('小清单\n', 's.txt', chain)).toThrow(/^s\.txt:1: work list has a title but no table/);
  });
});
