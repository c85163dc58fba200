// The manifest's `jurisdiction` through the ingest: any place of the national
// registry, as people write it, with no entry in content/jurisdictions.yaml; the
// generated jurisdictions.json holds the places the site needs, not the country.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { makeProject, realSource, type ProjectSource } from './support/project.ts';

const ingest = (sources: ProjectSource[]) => runIngest({ root: makeProject(sources), write: false });
const gazetteOf = (jurisdiction: string): ProjectSource => ({
  file: 'gongbao.txt',
  bytes: readFileSync('tests/fixtures/gazette-third.txt'),
  entry: { file: 'gongbao.txt', originalFile: 'g.txt', format: 'gazette', jurisdiction, title: '人民政府公报', date: '2023-06-30' },
});

describe('the manifest names a place as people write it', () => {
  it('the seeds need 中央, 湖北省, 荆门市, 钟祥市 and 天门市, with their codes', () => {
    const { collections } = ingest([
      realSource('zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt'),
      realSource('tianmen-gongbao-2023-01.txt'),
    ]);
    expect(collections.jurisdictions.map((j) => [j.id, j.name, j.code, j.parent])).toEqual([
      ['zhongyang', '中央', null, null],
      ['hubei', '湖北省', '420000', 'zhongyang'],
      ['jingmen', '荆门市', '420800', 'hubei'],
      ['zhongxiang', '钟祥市', '420881', 'jingmen'],
      ['tianmen', '天门市', '429006', 'hubei'],
    ]);
  });
  it('the bundled sources need exactly their places and their ancestors', () => {
    const { collections } = runIngest({ root: process.cwd(), write: false });
    const ids = new Set(collections.jurisdictions.map((j) => j.id));
    for (const d of collections.documents) expect(ids.has(d.jurisdiction), d.jurisdiction).toBe(true);
    for (const j of collections.jurisdictions) if (j.parent) expect(ids.has(j.parent), j.id).toBe(true);
    expect(collections.jurisdictions.find((j) => j.id === 'huoshan')).toMatchObject({ name: '霍山县', code: '341525' });
  });
  it('a path: 湖北省仙桃市 is the province-administered 仙桃, id xiantao', () => {
    const { collections } = ingest([gazetteOf('湖北省仙桃市')]);
    expect(new Set(collections.documents.map((d) => d.jurisdiction))).toEqual(new Set(['xiantao']));
    expect(collections.jurisdictions.map((j) => j.id)).toEqual(['zhongyang', 'hubei', 'xiantao']);
  });
  it('a county with no hand-written entry: 郧西县, under 十堰市', () => {
    const { collections } = ingest([gazetteOf('郧西县')]);
    expect(collections.jurisdictions.map((j) => j.name)).toEqual(['中央', '湖北省', '十堰市', '郧西县']);
    const agency = collections.agencies.find((a) => a.name === '市财政局');
    expect(agency?.url.startsWith(`/agencies/${collections.jurisdictions[3]!.id}/`)).toBe(true);
  });
  it('an ambiguous name skips the source with the manifest line, the file and every candidate', () => {
    const { collections } = ingest([gazetteOf('鼓楼区')]);
    expect(collections.documents).toEqual([]);
    expect(collections.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^content\/sources\/manifest\.yaml:2: gongbao\.txt: ambiguous jurisdiction "鼓楼区": .*江苏省南京市鼓楼区, 江苏省徐州市鼓楼区, 福建省福州市鼓楼区, 河南省开封市鼓楼区/,
      ),
    ]);
  });
  it('the work list of 钟祥市 keeps its four levels', () => {
    const { collections } = ingest([realSource('zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt')]);
    expect(collections.jurisdictions.map((j) => j.id)).toEqual(['zhongyang', 'hubei', 'jingmen', 'zhongxiang']);
    expect(new Set(collections.measures.flatMap((m) => m.lineage.map((l) => l.level)))).toEqual(new Set(['zhongyang', 'hubei', 'jingmen']));
  });
});
