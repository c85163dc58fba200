import { describe, expect, it } from 'vitest';
import { measureCoverage } from './coverage.ts';
import type { CanonicalDoc } from '../canonical/blocks.ts';

const text = '打印 关闭\n市人民政府关于某事的通知\n\n(一)每单补贴0.2元。\n';
const doc: CanonicalDoc = {
  meta: {},
  blocks: [
    { role: 'title', lines: [2, 2], text: '市人民政府关于某事的通知' },
    { role: 'provision', lines: [4, 4], text: '(一)每单补贴0.2元。' },
  ],
};

describe('measureCoverage', () => {
  it('is 100% when every non-furniture line lands in a block and a record', () => {
    const c = measureCoverage(text, [doc], [[1, 1]], [{ title: '市人民政府关于某事的通知' }, { text: '(一)每单补贴0.2元。' }]);
    expect(c).toMatchObject({ percent: 100, lost: [], furniture: 4 });
  });
  it('names a line that no published record contains', () => {
    const c = measureCoverage(text, [doc], [[1, 1]], [{ title: '市人民政府关于某事的通知' }]);
    expect(c.percent).toBeLessThan(100);
    expect(c.lost).toEqual([{ line: 4, reason: 'line text is in no published record', text: '(一)每单补贴0.2元。' }]);
  });
  it('names a line that no block covers, and a block whose text differs from its lines', () => {
    const altered: CanonicalDoc = { meta: {}, blocks: [{ role: 'title', lines: [2, 2], text: '市人民政府关于某事的通知书' }] };
    const c = measureCoverage(text, [altered], [], [{ t: '市人民政府关于某事的通知书' }]);
    expect(c.lost.map((l) => [l.line, l.reason])).toEqual([
      [2, 'block text differs from its source lines'],
      [1, 'line is in no block'],
      [4, 'line is in no block'],
    ]);
  });
});
