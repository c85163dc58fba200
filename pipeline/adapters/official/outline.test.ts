import { describe, expect, it } from 'vitest';
import { buildOutline, insertStyle, type BodyLine } from './outline.ts';

/** Body lines from text, one line each, numbered from 1 (blank lines kept for numbering). */
const body = (text: string): BodyLine[] => text.split('\n').flatMap((t, i) => (t.trim() ? [{ line: i + 1, text: t }] : []));
const outline = (text: string) => buildOutline(body(text), () => true);
/** A field of a block whatever its role (blocks are a union by role). */
const f = (b: object, key: string): unknown => (b as Record<string, unknown>)[key] ?? null;
const shape = (text: string) => outline(text).blocks.map((b) => [b.role, b.lines[0], b.lines[1], f(b, 'level'), f(b, 'number')]);

describe('style ranking', () => {
  it('ranks styles by first appearance, decimal styles by depth', () => {
    const ranks: string[] = [];
    for (const k of ['1', '1.1', '(1)', '1.1.1', '1.']) insertStyle(ranks, k);
    expect(ranks).toEqual(['1', '1.1', '1.1.1', '(1)', '1.']);
  });
});

describe('buildOutline', () => {
  it('nests by order of first appearance and lets numbering run on across sections', () => {
    const text = ['一、甲', '1.第一项。', '2.第二项。', '二、乙', '3.第三项。'].join('\n');
    expect(shape(text)).toEqual([
      ['section', 1, 1, 0, '一'],
      ['provision', 2, 2, 1, '1'],
      ['provision', 3, 3, 1, '2'],
      ['section', 4, 4, 0, '二'],
      ['provision', 5, 5, 1, '3'],
    ]);
    expect(outline(text).anomalies).toEqual([]);
  });

  it('follows a document that starts at (一), whatever the usual order', () => {
    expect(shape('(一)甲。\n1.子项。\n(二)乙。')).toEqual([
      ['section', 1, 1, 0, '一'],
      ['provision', 2, 2, 1, '1'],
      ['provision', 3, 3, 0, '二'],
    ]);
  });

  it('places paragraphs: body of a title, conclusion of a list, or document-level', () => {
    const text = [
      '一、职责', // 1 title only: next paragraph is its body
      '说明文字。', // 2
      '(1)甲单位:负责甲。', // 3
      '(2)乙单位:负责乙。', // 4 last item of a list of sentences …
      '其他单位配合。', // 5 … so this speaks for the section
      '二、要求', // 6
      '(一)丙。要做好丙。', // 7
      '本办法自印发之日起施行。', // 8 about the document: no item
    ].join('\n');
    expect(shape(text)).toEqual([
      ['section', 1, 2, 0, '一'],
      ['provision', 3, 3, 1, '1'],
      ['provision', 4, 4, 1, '2'],
      ['paragraph', 5, 5, 1, null],
      ['section', 6, 6, 0, '二'],
      ['provision', 7, 7, 1, '一'],
      ['paragraph', 8, 8, 0, null],
    ]);
  });

  it('keeps paragraphs announced by a colon with their item, even at the end of a list', () => {
    expect(shape('一、甲\n(1)甲。\n(2)乙。要求如下:\n第一段。\n第二段。\n二、下一节')).toEqual([
      ['section', 1, 1, 0, '一'],
      ['provision', 2, 2, 1, '1'],
      ['provision', 3, 5, 1, '2'],
      ['provision', 6, 6, 0, '二'],
    ]);
  });

  it('reports duplicated, skipped and reversed numbers', () => {
    const { anomalies } = outline(['(一)甲。', '(二)乙。', '(二)丙。', '(五)丁。', '(三)戊。', '4.己。', '(1)庚。', '2.辛。'].join('\n'));
    expect(anomalies.map((a) => [a.code, a.line])).toEqual([
      ['number-duplicate', 3],
      ['number-skipped', 4],
      ['number-out-of-order', 5],
      ['number-skipped', 6], // 4. is the first 1. item: it should be 1
      ['number-out-of-order', 8], // 2. after 4. under the same (三)
    ]);
  });

  it('reports an item whose style differs from its siblings', () => {
    // (1) is ranked before 1., so `1. 子一` nests like a (1) item would and the
    // following (2) finds it as its previous sibling.
    const r = outline(['1总则', '(1)甲。', '2附则', '1. 子一', '(2)子二'].join('\n'));
    expect(r.blocks.map((b) => [f(b, 'number'), f(b, 'level')])).toEqual([
      ['1', 0],
      ['1', 1],
      ['2', 0],
      ['1', 1],
      ['2', 1],
    ]);
    expect(r.anomalies.map((a) => [a.code, a.line])).toEqual([['number-style-mismatch', 5]]);
  });

  it('reads `3)` as a (3) missing its parenthesis when the document uses (1)', () => {
    const r = outline('1.1 甲\n(1)子一。\n(2)子二。\n3)子三。');
    expect(r.blocks.map((b) => [f(b, 'level'), f(b, 'numberStyle')])).toEqual([
      [0, '1.1'],
      [1, '(1)'],
      [1, '(1)'],
      [1, '1)'],
    ]);
    expect(r.anomalies.map((a) => [a.code, a.line])).toEqual([['number-malformed', 4]]);
  });

  it('nests a deeper decimal number under its parent even after (1) appeared, and checks its prefix', () => {
    const r = outline(['1应急响应', '1.1 分级', '(1)黄色。', '1.2 措施', '1.2.1 三级', '(1)甲。', '1.1.2 二级'].join('\n'));
    expect(r.blocks.map((b) => [f(b, 'number'), f(b, 'level')])).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1', 2],
      ['1.2', 1],
      ['1.2.1', 2],
      ['1', 3],
      ['1.1.2', 2],
    ]);
    expect(r.anomalies.map((a) => [a.code, a.line])).toEqual([['number-parent-mismatch', 7]]);
  });

  it('keeps a document’s own table of contents as one paragraph, not as headings', () => {
    const r = outline(['目 录', '1总则', '1.1目的', '2附则', '1总则', '1.1目的', '为了……制定本预案。'].join('\n'));
    expect(r.blocks.map((b) => [b.role, b.lines[0], b.lines[1]])).toEqual([
      ['paragraph', 1, 4],
      ['section', 5, 5],
      ['provision', 6, 7],
    ]);
    expect(r.anomalies).toEqual([]);
  });

  it('never lets a block span furniture', () => {
    const r = buildOutline(body('(1)甲\n正文一。\n正文二。'), (a, b) => !(a < 2 && b > 2) && !(a <= 2 && b >= 3));
    expect(r.blocks.map((b) => [b.role, b.lines, f(b, 'level')])).toEqual([
      ['provision', [1, 2], 0],
      ['paragraph', [3, 3], 1],
    ]);
  });
});
