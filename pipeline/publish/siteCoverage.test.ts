import { describe, expect, it } from 'vitest';
import {
  accountForOriginal,
  checkSiteCoverage,
  formatSiteCoverage,
  squash,
  type CoverageSource,
  type OriginalSource,
  type Owner,
} from './siteCoverage.ts';

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

// A saved page in miniature: the lines the ingest read it into (content/generated/text/),
// and the page's own text nodes with their HTML lines.
describe('accountForOriginal: the page stays the source of record', () => {
  const lines = ['市人民政府关于某事的通知', '\t序号', '\t牵头单位', '\t1', '\t市财政局'].map((text, i) => ({ line: i + 1, text }));
  const record = [
    { text: '首页', line: 3 },
    { text: '市人民政府关于某事的通知', line: 7 },
    { text: '序号', line: 9 },
    { text: '牵头单位', line: 9 },
    { text: '1', line: 10 },
    { text: '市财政局', line: 10 },
    { text: '【打印本页】', line: 12 },
  ];
  const original: OriginalSource = { origin: new Map(), record, leftOut: ['首页', '【打印本页】'], balance: true, differs: null };
  it('accepts a page whose every text node is in the lines or declared left out, characters adding up', () => {
    expect(accountForOriginal('p.html', lines, original)).toEqual([]);
  });
  it('names a paragraph of the page that is neither in the lines nor declared, with its HTML line', () => {
    const extra = [...record.slice(0, 2), { text: '各有关单位要认真落实。', line: 8 }, ...record.slice(2)];
    expect(accountForOriginal('p.html', lines, { ...original, record: extra })).toEqual([
      { file: 'p.html', line: null, pageLine: 8, url: null, missing: ['text'], text: '各有关单位要认真落实。' },
    ]);
  });
  it('counts a piece found only because the same text stands elsewhere (a 序号 cell 1 lost, 1 still in 2021)', () => {
    const cell = lines.map((l) =>
      l.line === 4 ? { ...l, text: '\t' } : l.line === 1 ? { ...l, text: '2021年市人民政府关于某事的通知' } : l,
    );
    const with2021 = record.map((r) => (r.line === 7 ? { ...r, text: '2021年市人民政府关于某事的通知' } : r));
    expect(accountForOriginal('p.html', cell, { ...original, record: with2021 })).toEqual([
      { file: 'p.html', line: null, url: null, missing: ['balance'], text: '36 ≠ 27 + 8' },
    ]);
    // A Word file is held to its paragraphs only (mammoth adds footnote markers of its own).
    expect(accountForOriginal('w.docx', cell, { ...original, record: with2021, balance: false })).toEqual([]);
  });
  it('refuses lines that are not what the page reads to now, naming the first line that differs', () => {
    const differs = { line: 5, text: '市财政局、市税务局' };
    expect(accountForOriginal('p.html', lines, { ...original, differs, origin: new Map([[5, 10]]) })).toEqual([
      { file: 'p.html', line: 5, pageLine: 10, url: null, missing: ['reading'], text: '市财政局、市税务局' },
    ]);
  });
  it('names a lost line of a page with the line of the text records cite and the HTML line', () => {
    const c = checkSiteCoverage(
      [{ file: 'p.html', lines, furniture: [], tableLines: [2, 3, 4, 5], original: { ...original, origin: new Map([[1, 7]]) } }],
      [{ kind: 'document', id: 'p', url: '/docs/p/', file: 'p.html', lines: [1, 5] }],
      () => '序号牵头单位1市财政局',
      () => '市人民政府关于某事的通知序号牵头单位1市财政局',
    );
    expect(c.sources[0]!.lost).toEqual([
      { file: 'p.html', line: 1, pageLine: 7, url: '/docs/p/', missing: ['page'], text: '市人民政府关于某事的通知' },
    ]);
    expect(formatSiteCoverage(c)).toContain('LOST p.html:1 (page line 7): not on its page /docs/p/: 市人民政府关于某事的通知');
  });
});
