import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

const good = `sources:
  - file: a.txt
    jurisdiction: 佛山市
  - file: b.txt
    originalFile: 000_x.txt
    format: worklist
    jurisdiction: 钟祥市
    title: 工作清单
    date: "2022"
    slug: zhongxiang-2022-qingdan
`;
const entries = (text: string) => parseManifest(text, 'm.yaml').map((i) => i.entry);

describe('parseManifest', () => {
  it('reads the bundled manifest', () => {
    const items = parseManifest(readFileSync('content/sources/manifest.yaml', 'utf8'), 'content/sources/manifest.yaml');
    expect(items.slice(0, 2).map((i) => i.entry.originalFile)).toEqual(['000_5518c2c5e8b1f1d8.txt', '003_45db2a21785f5603.txt']);
    // The real documents of other provinces: file, place and URL, nothing else; a saved page
    // says its own URL, so it needs only file and place.
    const fields = (i: (typeof items)[number]) => Object.keys(i.entry).join();
    expect(
      items.slice(2).every((i) => fields(i) === (i.entry.file.endsWith('.html') ? 'file,jurisdiction' : 'file,jurisdiction,url')),
    ).toBe(true);
  });
  it('needs only file and jurisdiction, and keeps what the manifest says', () => {
    expect(entries(good)).toEqual([
      { file: 'a.txt', jurisdiction: '佛山市' },
      {
        file: 'b.txt',
        originalFile: '000_x.txt',
        format: 'worklist',
        jurisdiction: '钟祥市',
        title: '工作清单',
        date: '2022',
        slug: 'zhongxiang-2022-qingdan',
      },
    ]);
  });
  it('gives each entry the line it starts on', () => {
    expect(parseManifest(good, 'm.yaml').map((i) => i.line)).toEqual([2, 4]);
  });
  it('names the line of a missing required field', () => {
    const text = good.replace('    jurisdiction: 佛山市\n', '');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:2: sources\.0\.jurisdiction: missing required field/);
  });
  it('names the line of an unknown field', () => {
    const text = good.replace('    title:', '    titel: x\n    title:');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:8: sources\.1: unknown field "titel"/);
  });
  it('names the line of an invalid value', () => {
    const text = good.replace('format: worklist', 'format: spreadsheet');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:6: sources\.1\.format: /);
  });
  it('rejects a date that does not exist, with its line', () => {
    const text = good.replace('date: "2022"', 'date: "2023-13-45"');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:9: sources\.1\.date: /);
  });
  it('reports broken YAML with its line', () => {
    expect(() => parseManifest('sources:\n  - file: [a\n', 'm.yaml')).toThrow(/^m\.yaml:\d+: invalid YAML/);
  });
});
