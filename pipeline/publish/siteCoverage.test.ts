import { describe, expect, it } from 'vitest';
import { checkSiteCoverage, squash, type CoverageSource, type Owner } from './siteCoverage.ts';

// A gazette page in miniature: furniture, a title, a provision with two sentences, a table row.
const source: CoverageSource = {
  file: 's.txt',
  lines: ['打印 关闭', '市人民政府关于某事的通知', '(一)每单补贴0.2元。由市商务局负责。', '| 1 | 市财政局 |'].map((text, i) => ({
    line: i + 1,
    text,
  })),
  furniture: [[1, 1]],
  tableLines: [4],
};
const owners: Owner[] = [
  { kind: 'document', id: 'd', url: '/docs/d/', file: 's.txt', lines: [2, 4] },
  { kind: 'measure', id: 'd-1', url: '/docs/d/1/', file: 's.txt', lines: [3, 4] },
];
const check = (pages: Record<string, string>, data: Record<string, string>) =>
  checkSiteCoverage(
    [source],
    owners,
    (url) => (url in pages ? squash(pages[url]!) : null),
    (o) => (o.id in data ? squash(data[o.id]!) : null),
  );
const full = { '/docs/d/': '市人民政府关于某事的通知 …', '/docs/d/1/': '(一)每单补贴0.2元。由市商务局负责。 1 市财政局' };

describe('checkSiteCoverage', () => {
  it('passes when each line is on the page that owns it and in its record (whitespace and table bars aside)', () => {
    const c = check(full, { d: '市人民政府关于某事的通知', 'd-1': '(一)每单补贴0.2元。 由市商务局负责。\u00001\u0000市财政局' });
    expect(c).toMatchObject({ ok: true, characters: 12 + 20 + 8, covered: 12 + 20 + 8 });
  });
  it('names a line the measure page lost, though the document page still shows it', () => {
    const c = check(
      { ...full, '/docs/d/': full['/docs/d/'] + '(一)每单补贴0.2元。由市商务局负责。', '/docs/d/1/': '(一)每单补贴0.2元。 1 市财政局' },
      { d: '市人民政府关于某事的通知', 'd-1': '(一)每单补贴0.2元。由市商务局负责。1市财政局' },
    );
    expect(c.ok).toBe(false);
    expect(c.sources[0]!.lost).toEqual([
      { file: 's.txt', line: 3, url: '/docs/d/1/', missing: ['page'], text: '(一)每单补贴0.2元。由市商务局负责。' },
    ]);
  });
  it('names a line missing from the open data, and a page that was never built', () => {
    const c = check({ '/docs/d/': full['/docs/d/'] }, { d: '市人民政府关于某事的通知', 'd-1': '(一)每单补贴0.2元。' });
    expect(c.sources[0]!.lost.map((l) => [l.line, l.missing])).toEqual([
      [3, ['page', 'data']],
      [4, ['page', 'data']],
    ]);
  });
  it('leaves out furniture declared inside a line (a Word bookmark), which no page shows', () => {
    const bookmark: CoverageSource = {
      file: 'w.txt',
      lines: [{ line: 1, text: '[bookmark: _GoBack]积极推进招商引资。' }],
      furniture: [],
      tableLines: [],
      inlineFurniture: [{ line: 1, start: 0, text: '[bookmark: _GoBack]' }],
    };
    const owner: Owner = { kind: 'measure', id: 'w-1', url: '/docs/w/1/', file: 'w.txt', lines: [1, 1] };
    const c = checkSiteCoverage(
      [bookmark],
      [owner],
      () => '积极推进招商引资。',
      () => '积极推进招商引资。',
    );
    expect(c).toMatchObject({ ok: true, characters: 9 });
  });
});
