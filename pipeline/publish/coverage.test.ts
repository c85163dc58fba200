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
});
