import { describe, expect, it } from 'vitest';
import { measureCoverage } from './coverage.ts';

const text = '打印 关闭\n市人民政府关于某事的通知\n\n(一)每单补贴0.2元。\n| 1 | 市财政局 |\n';

describe('measureCoverage', () => {
  it('is 100% when every non-furniture line lands in a record', () => {
    const c = measureCoverage(
      text,
      [[1, 1]],
      [5],
      [{ title: '市人民政府关于某事的通知' }, { text: '(一)每单补贴0.2元。' }, ['1', '市财政局']],
    );
    expect(c).toMatchObject({ percent: 100, lost: [], furniture: 4 });
  });
  it('names a line that no published record contains', () => {
    const c = measureCoverage(text, [[1, 1]], [5], [{ title: '市人民政府关于某事的通知' }, ['1', '市财政局']]);
    expect(c.percent).toBeLessThan(100);
    expect(c.lost).toEqual([{ line: 4, reason: 'line text is in no published record', text: '(一)每单补贴0.2元。' }]);
  });
  it('compares a table line cell by cell, without its bars, and names a lost cell', () => {
    const c = measureCoverage(text, [[1, 1]], [5], [{ t: '市人民政府关于某事的通知(一)每单补贴0.2元。' }, ['1']]);
    expect(c.lost).toEqual([{ line: 5, reason: 'line text is in no published record', text: '市财政局' }]);
  });
  it('counts a Word artefact inside a line as declared furniture, and the rest of the line must still be published', () => {
    const cell = '\t[bookmark: _GoBack]积极推进《通知》的落实，做好资金保障。';
    const inline = [{ line: 1, start: 1, text: '[bookmark: _GoBack]' }];
    const c = measureCoverage(cell, [], [], [{ text: '积极推进《通知》的落实，做好资金保障。' }], inline);
    expect(c).toMatchObject({ percent: 100, lost: [], furniture: '[bookmark:_GoBack]'.length, characters: 19 });
    const lost = measureCoverage(cell, [], [], [{ text: '积极推进' }], inline);
    expect(lost.lost).toEqual([{ line: 1, reason: 'line text is in no published record', text: '积极推进《通知》的落实，做好资金保障。' }]);
  });
});
