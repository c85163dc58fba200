import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

const good = `sources:
  - file: a.txt
    originalFile: 000_x.txt
    format: worklist
    jurisdiction: 钟祥市
    title: 工作清单
    date: "2022"
    slug: zhongxiang-2022-qingdan
`;

describe('parseManifest', () => {
  it('reads the bundled manifest', () => {
    const entries = parseManifest(readFileSync('content/sources/manifest.yaml', 'utf8'), 'content/sources/manifest.yaml');
    expect(entries.map((e) => e.originalFile)).toEqual(['000_5518c2c5e8b1f1d8.txt', '003_45db2a21785f5603.txt']);
  });
  it('accepts a minimal entry', () => {
    expect(parseManifest(good, 'm.yaml')[0]).toMatchObject({ file: 'a.txt', wenhao: null });
  });
  it('names the line of a missing field', () => {
    const text = good.replace('    format: worklist\n', '');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:2: sources\.0\.format: /);
  });
  it('names the line of an unknown field', () => {
    const text = good.replace('    title:', '    titel: x\n    title:');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:\d+: sources\.0: unknown field "titel"/);
  });
  it('names the line of an invalid value', () => {
    const text = good.replace('format: worklist', 'format: spreadsheet');
    expect(() => parseManifest(text, 'm.yaml')).toThrow(/^m\.yaml:4: sources\.0\.format: /);
  });
  it('reports broken YAML with its line', () => {
    expect(() => parseManifest('sources:\n  - file: [a\n', 'm.yaml')).toThrow(/^m\.yaml:\d+: invalid YAML/);
  });
});
