// The Word files of tests/fixtures/originals/ (made from the seeds' real text, see its README).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from './readDocx.ts';

const docx = (slug: string) => readDocx(readFileSync(`tests/fixtures/originals/docx/${slug}.docx`), `${slug}.docx`);

describe('readDocx', () => {
  it('keeps vertically merged cells as merged (钟祥 row 2: 重点任务 and 牵头单位 continue row 1)', () => {
    const { page } = docx('hubei-jingmen-zhongxiang-2022-wenzhu-jingji-qingdan');
    const [row1, row2] = page.tables[0]!.rows;
    expect(row2![1]).toEqual({ ...row1![1]!, mergedUp: true });
    expect(row2![3]).toEqual({ text: '市财政局、市税务局', lines: row1![3]!.lines, mergedUp: true });
    expect(row1![5]!.text).toBe('2022年12月');
  });
  it('reads the accept-all text and reports every Word artefact on the line of its paragraph', () => {
    const { page, anomalies } = docx('hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian');
    expect(page.lines[12]).toContain('(责任单位:市人社局、市财政局)');
    expect(page.lines.join('\n')).not.toContain('请核实');
    expect(anomalies.map((a) => [a.code, a.line])).toEqual([
      ['word-artefact', 3],
      ['word-artefact', 7],
      ['word-artefact', 13],
      ['word-artefact', 25],
    ]);
  });
  it('gives the Word file’s own text, paragraph by paragraph, read apart from mammoth: each is in the lines (no comment, no deletion)', () => {
    const { page, paragraphs } = docx('hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian');
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = squash(page.lines.join(''));
    expect(paragraphs.filter((p) => squash(p) !== '' && !text.includes(squash(p)))).toEqual([]);
    expect(paragraphs.join('\n')).not.toContain('请核实');
    expect(paragraphs.some((p) => p.includes('(责任单位:市人社局、市财政局)'))).toBe(true);
  });
  it('refuses a file that is not a zip archive, naming it', () => {
    expect(() => readDocx(new TextEncoder().encode('{\\rtf1'), 'content/sources/x.docx')).toThrow(
      'content/sources/x.docx: not a Word (.docx) file',
    );
  });
});
