import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../schema.ts';
import { findDeadlineInText, normalizeDeadline, parseDeadlinePhrase } from './deadlines.ts';

const source = (name: string) => readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8');
const GAZETTE = source('tianmen-gongbao-2023-01.txt');
const WORKLIST = source('zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt');

function real(snippet: string): string {
  if (!GAZETTE.includes(snippet) && !WORKLIST.includes(snippet)) throw new Error(`not verbatim in any source: ${snippet}`);
  return snippet;
}

/**
 * The work list's cells, by its export grammar: after the title line every cell starts
 * with a TAB, a non-empty line without one continues the previous cell, blank lines are
 * nothing. Deliberately independent of the work-list adapter, so this test checks the
 * deadline parser against the file itself.
 */
function worklistCells(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (line.startsWith('\t')) cells.push(line.slice(1));
    else if (line.trim() !== '' && cells.length > 0) cells[cells.length - 1] += '\n' + line;
  }
  return cells;
}

/** The 完成时限 cells: the header ends with the cell that reads 完成时限, and each data
 *  row has 11 cells, the last being the deadline. */
function deadlineCells(text: string): string[] {
  const cells = worklistCells(text);
  const headerEnd = cells.findIndex((c) => c.replace(/\s+/g, '') === '完成时限');
  expect(headerEnd).toBeGreaterThan(0);
  const data = cells.slice(headerEnd + 1);
  expect(data.length % 11).toBe(0);
  const out: string[] = [];
  for (let i = 10; i < data.length; i += 11) out.push(data[i]!);
  return out;
}

describe('normalizeDeadline', () => {
  it.each<[string, string | null]>([
    ['2022年12月', '2022-12'],
    ['2022年\n6月', '2022-06'],
    ['2025年12月', '2025-12'],
    ['持续\n推进', 'ongoing'],
    ['持续推进', 'ongoing'],
    ['长期', 'ongoing'],
    ['常态化', 'ongoing'],
    ['2023年', '2023'],
    ['2023年6月底前', '2023-06'],
    ['2022年6月30日', '2022-06-30'],
    ['2023年底', '2023-12'],
    ['2023年底前完成', '2023-12'],
    ['2023年上半年', '2023-06'],
    ['2023年第三季度', '2023-09'],
    ['２０２２年１２月', '2022-12'],
    ['2022.12', '2022-12'],
    ['年底前', null],
    ['6月底前', null],
    ['今年底', null],
    ['', null],
    ['   ', null],
    ['2022年2月30日', null],
    ['2022年13月', null],
    ['根据上级要求', null],
  ])('%j → %j', (raw, normalized) => {
    const d = normalizeDeadline(raw);
    expect(d).toEqual({ raw: raw.trim(), normalized });
    expect(() => Deadline.parse(d)).not.toThrow();
  });

  it('keeps the raw text as given, only trimmed', () => {
    expect(normalizeDeadline(' 持续\n推进\n').raw).toBe('持续\n推进');
  });
});

describe('the work list 完成时限 column', () => {
  const cells = deadlineCells(WORKLIST);

  it('has one deadline cell per data row', () => {
    expect(cells).toHaveLength(173);
  });

  it('normalises every non-empty cell, and only empty cells to null', () => {
    for (const cell of cells) {
      const d = normalizeDeadline(cell);
      expect(() => Deadline.parse(d)).not.toThrow();
      if (cell.trim() === '') expect(d.normalized).toBeNull();
      else expect(d.normalized, `cell ${JSON.stringify(cell)}`).not.toBeNull();
    }
  });

  it('reads every distinct value the way a reader would', () => {
    const distinct = Object.fromEntries([...new Set(cells)].map((c) => [c, normalizeDeadline(c).normalized]));
    expect(distinct).toEqual({
      '2022年12月': '2022-12',
      '持续\n推进': 'ongoing',
      '2022年\n6月': '2022-06',
      '2022年\n7月': '2022-07',
      '2022年\n8月': '2022-08',
      '2022年\n9月': '2022-09',
      '2022年10月': '2022-10',
      '2023年12月': '2023-12',
      '2025年12月': '2025-12',
      '': null,
    });
  });
});

describe('findDeadlineInText', () => {
  it.each<[string, number, { raw: string; normalized: string | null } | null]>([
    // Gazette provisions (天门 2023).
    [real('推动“保交楼”项目2023年3月底之前全部达到交房条件'), 2023, { raw: '2023年3月底之前', normalized: '2023-03' }],
    [real('力争在6月底前申请地理标志商标注册1件'), 2023, { raw: '6月底前', normalized: '2023-06' }],
    // Work-list texts (钟祥 2022) stating a time limit inline.
    [real('在纳税人自愿申请的基础上，6月30日前基本完成集中退还存量留抵税额'), 2022, { raw: '6月30日前', normalized: '2022-06-30' }],
    [real('可在2022年12月前申请降低缴存比例或缓缴住房公积金'), 2022, { raw: '2022年12月前', normalized: '2022-12' }],
    [real('政策执行期限至2022年底'), 2022, { raw: '2022年底', normalized: '2022-12' }],
    // Labelled deadlines.
    ['(完成时限:2023年6月底)', 2023, { raw: '2023年6月底', normalized: '2023-06' }],
    ['（完成时限：持续推进）', 2023, { raw: '持续推进', normalized: 'ongoing' }],
    ['(完成时限:6月底)', 2023, { raw: '6月底', normalized: '2023-06' }],
    ['2023年底前完成', 2023, { raw: '2023年底前', normalized: '2023-12' }],
    ['年底前完成', 2023, { raw: '年底前', normalized: '2023-12' }],
    // Two different dates: which one is the deadline? Say nothing.
    [real('在6月底前基本发行完毕，力争在8月底前基本使用完毕'), 2022, null],
    // 持续推进 as a verb in running text is not a deadline.
    [real('3.全面加强灌区建设,持续推进引汉灌区续建配套与节水改造工程'), 2023, null],
    // A period is not a deadline.
    [real('对2023年1月1日至3月31日期间进城购买商品住房对象'), 2023, null],
    // A year as the subject of a sentence is not a deadline.
    [real('2023年,全市经济社会发展主要预期目标为'), 2023, null],
    [real('力争2023年引进投资过100亿元的项目1个'), 2023, null],
    // The year of 明年底 is unknown here.
    ['明年底前完成', 2023, null],
    ['会议3日前通知', 2023, null],
    // 前 counting from the start of a period.
    ['今年前三季度增长8%', 2023, null],
    ['2023年前5个月完成投资', 2023, null],
    ['2025年前建成', 2023, { raw: '2025年前', normalized: '2025' }],
    ['办理时限:3个工作日', 2023, null],
    ['', 2023, null],
  ])('%s', (text, year, expected) => {
    const d = findDeadlineInText(text, year);
    expect(d).toEqual(expected);
    if (d) expect(() => Deadline.parse(d)).not.toThrow();
  });

  it('keeps an unreadable labelled deadline with a null normalised form', () => {
    expect(findDeadlineInText('(完成时限:根据上级要求)', 2023)).toEqual({ raw: '根据上级要求', normalized: null });
  });

  it('never throws over the gazette, line by line', () => {
    for (const line of GAZETTE.split('\n')) {
      const d = findDeadlineInText(line, 2023);
      if (d) expect(() => Deadline.parse(d)).not.toThrow();
    }
  });
});

describe('parseDeadlinePhrase', () => {
  it('uses the default year only when the phrase has none', () => {
    expect(parseDeadlinePhrase('6月底前', 2023)).toBe('2023-06');
    expect(parseDeadlinePhrase('2022年6月底前', 2023)).toBe('2022-06');
    expect(parseDeadlinePhrase('今年底', 2023)).toBe('2023-12');
    expect(parseDeadlinePhrase('前', 2023)).toBeNull();
  });
});

describe('a deadline broken by a hard wrap', () => {
  it('is read whole (2023年 ⏎ 6月底前)', () => {
    expect(findDeadlineInText('各地要在2023年\n6月底前完成摸底。', null)).toEqual({ raw: '2023年6月底前', normalized: '2023-06' });
  });
});
