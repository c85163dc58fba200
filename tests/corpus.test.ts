// The real test corpus (tests/corpus/README.md): documents of 12 provinces, each added to
// content/sources/ with nothing but its file, place and URL, meet what a reader finds in
// them — title, 文号, issuer, date, kind, the number of measures, and per item the lead
// and responsible agencies, groups, people, amounts and deadline.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { ManifestEntry } from '../pipeline/schema.ts';
import { corpusDifferences, loadExpected } from './support/corpus.ts';
import { makeProject, type ProjectSource } from './support/project.ts';

const expected = loadExpected();
const { collections, report } = runIngest({ root: process.cwd(), write: false });
const manifest = YAML.parse(readFileSync('content/sources/manifest.yaml', 'utf8')) as { sources: Array<Record<string, unknown>> };

describe('the real corpus', () => {
  it('has at least 12 documents from at least 8 provinces besides the seeds', () => {
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(new Set(expected.map((e) => e.source.province)).size).toBeGreaterThanOrEqual(8);
  });

  it('covers every shape and trait the general ingest must read', () => {
    const traits = new Set(expected.flatMap((e) => e.source.traits));
    for (const t of [
      'traditional',
      'hard-wraps',
      'stray-spaces',
      'paren-labels',
      'paren-fuze',
      'paren-qiantou-peihe',
      'label-lines',
      'table-flat',
      'leader-column',
      'quannian',
      'no-wenhao',
      'with-wenhao',
      'no-signature',
      'truncated',
      'amounts',
      'groups',
      'redhead',
    ]) {
      expect(traits.has(t), t).toBe(true);
    }
  });

  it('adds each document with only file, jurisdiction and the URL it came from', () => {
    for (const e of expected) {
      const entry = manifest.sources.find((s) => s.file === e.source.file);
      expect(entry, e.source.file).toEqual({ file: e.source.file, jurisdiction: e.source.jurisdiction, url: e.source.url });
      expect(ManifestEntry.safeParse(entry).success).toBe(true);
    }
  });

  it('ingests every one of them whole, with no source skipped', () => {
    expect(collections.failures).toEqual([]);
    for (const e of expected) {
      const s = report.generatedFrom.find((x) => x.file === `content/sources/${e.source.file}`);
      expect(s?.coverage.percent, e.source.file).toBe(100);
    }
  });

  it('meets every expected value read from the documents', () => {
    expect(corpusDifferences(collections, expected)).toEqual([]);
  });

  it('never puts a label word, a colon or a person into an agency name, over the whole corpus', () => {
    const people = new Set(collections.measures.flatMap((m) => m.people));
    for (const a of collections.agencies) {
      expect(a.name, a.id).not.toMatch(/牵头单位|责任单位|配合单位|完成时限|责任领导|[:：]/);
      expect(people.has(a.name), a.name).toBe(false);
    }
  });
});

describe('texts the ingest cannot segment are reported, not published wrong', () => {
  const unsupported = (file: string): ProjectSource => ({
    file,
    bytes: readFileSync(`tests/corpus/unsupported/${file}`),
    entry: { file, jurisdiction: file.startsWith('anhui') ? '安徽省黄山市祁门县' : '浙江省温州市' },
  });

  it('祁门: a one-cell-per-line table whose merged cells change row widths is kept as text, with a warning', () => {
    const { collections: c } = runIngest({ root: makeProject([unsupported('anhui-qimen-minsheng-shishi-jinzhan.txt')]), write: false });
    expect(c.anomalies.filter((a) => a.code === 'table-incomplete-row')).toHaveLength(1);
    // No agency is read out of the misaligned cells (县人社局 sits in a 目标任务 column of another row).
    expect(c.measures.flatMap((m) => [...m.lead, ...m.responsible])).toEqual([]);
  });
});
