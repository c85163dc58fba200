// End-to-end ingest over the real sources and over fixtures: losslessness,
// stable ids, new documents with nothing but a manifest entry, and bad input.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { makeProject, realSource, REAL, type ProjectSource } from './support/project.ts';

const WORKLIST = 'zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt';
const GAZETTE = 'tianmen-gongbao-2023-01.txt';
const ingest = (sources: ProjectSource[], manifest?: string) => runIngest({ root: makeProject(sources, manifest), write: false });

describe('ingest of the bundled sources', () => {
  const { collections, report } = runIngest({ root: process.cwd(), write: false });
  it('covers 100% of every source outside declared furniture', () => {
    for (const s of report.generatedFrom) {
      expect(s.coverage.lost, s.file).toEqual([]);
      expect(s.coverage.percent, s.file).toBe(100);
    }
    expect(report.ok).toBe(true);
  });
  it('yields 6 documents of the seeds: the work list and the 5 gazette documents', () => {
    expect(collections.documents.filter((d) => d.source.file.endsWith(WORKLIST) || d.source.file.endsWith(GAZETTE))).toHaveLength(6);
    expect(collections.documents.filter((d) => d.source.file.endsWith(GAZETTE))).toHaveLength(5);
  });
  it('keeps 市财政局 of 钟祥 and of 天门 as two agencies', () => {
    const names = collections.agencies
      .filter((a) => a.name === '市财政局' && (a.jurisdiction === 'zhongxiang' || a.jurisdiction === 'tianmen'))
      .map((a) => [a.id, a.fullName])
      .sort();
    expect(names).toEqual([
      ['tianmen-caizhengju', '天门市财政局'],
      ['zhongxiang-caizhengju', '钟祥市财政局'],
    ]);
  });
  it('gives every measure an ASCII lowercase permalink under its document', () => {
    for (const m of collections.measures) {
      expect(m.url).toMatch(/^\/docs\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(m.url.startsWith(`/docs/${m.document}/`)).toBe(true);
    }
    expect(new Set(collections.measures.map((m) => m.id)).size).toBe(collections.measures.length);
  });
  it('shows readers how a flawed source line was read, on the measure itself', () => {
    const m = collections.measures.find((x) => x.id === 'tianzhengbanfa-2023-2-2-2-16')!;
    expect(m.text).toMatch(/^16\)天门经济开发区:/);
    expect(m.notes.map((n) => n.message)).toEqual(['编号“16)”缺少左括号，按“（16）”处理']);
    const slip = collections.measures.find((x) => x.id === 'zhongxiang-2022-wenzhu-jingji-qingdan-132')!;
    expect(slip.notes.map((n) => n.kind)).toContain('policy-number-slip');
  });
  it("tells whether 钟祥 copied 荆门's wording (143 = 荆门 136 word for word; 1 is its own)", () => {
    const byAnchor = (a: string) => collections.measures.find((m) => m.id === `zhongxiang-2022-wenzhu-jingji-qingdan-${a}`)!;
    expect(byAnchor('143').wording).toEqual({ comparedWith: 'jingmen', number: '136', similarity: 1, verdict: 'identical' });
    expect(byAnchor('1').wording?.verdict).not.toBe('identical');
    expect(collections.measures.filter((m) => m.document.startsWith('tian')).every((m) => m.wording === null)).toBe(true);
  });
  it("keeps the year of a gazette provision's inline time limit (6月底前 in a 2023 plan)", () => {
    const m = collections.measures.find((x) => x.id === 'tianzhengbanhan-2023-5-2-9-30')!;
    expect(m.deadline).toEqual({ raw: '6月底前', normalized: '2023-06' });
  });
  it('finds every agency name of the bundled sources in the reviewed registry (or as a group)', () => {
    const seeds = (x: { jurisdiction: string }) => x.jurisdiction === 'zhongxiang' || x.jurisdiction === 'tianmen';
    expect(collections.agencies.filter((a) => seeds(a) && !a.known).map((a) => a.name)).toEqual([]);
    expect(report.anomalies.filter((a) => a.code === 'unknown-agency' && (a.file.endsWith(WORKLIST) || a.file.endsWith(GAZETTE)))).toEqual(
      [],
    );
    expect(collections.agencies.find((a) => a.id === 'zhongxiang-renhang-zhongxiang-zhihang')?.aliases.map((x) => x.name)).toEqual([
      '人行市钟祥支行',
    ]);
  });
});

describe('stable ids', () => {
  const ids = (sources: ProjectSource[]) => {
    const { collections } = ingest(sources);
    return new Map([...collections.measures, ...collections.documents, ...collections.agencies].map((r) => [r.id, r.url]));
  };
  const both = ids([realSource(WORKLIST), realSource(GAZETTE)]);
  it('does not change when the sources are listed in another order', () => {
    expect(ids([realSource(GAZETTE), realSource(WORKLIST)])).toEqual(both);
  });
  it('does not change for the remaining documents when one source is removed', () => {
    for (const only of [WORKLIST, GAZETTE]) {
      const some = ids([realSource(only)]);
      expect(some.size).toBeGreaterThan(0);
      for (const [id, url] of some) expect(both.get(id), id).toBe(url);
    }
  });
});

describe('a third document of each format needs only a manifest entry', () => {
  const third: ProjectSource = {
    file: 'jingshan-2023-qingdan.txt',
    bytes: readFileSync('tests/fixtures/worklist-third.txt'),
    entry: {
      file: 'jingshan-2023-qingdan.txt',
      originalFile: 'jingshan.txt',
      format: 'worklist',
      jurisdiction: '京山市',
      title: '京山市落实稳经济政策措施工作清单',
      date: '2023',
      slug: 'jingshan-2023-qingdan',
    },
  };
  it("ingests another city's work list with its own levels and agencies", () => {
    const { collections, report } = ingest([third]);
    expect(collections.measures.map((m) => m.anchor)).toEqual(['1', '2', '3']);
    const m1 = collections.measures[0]!;
    expect(m1.lineage.map((l) => l.level)).toEqual(['zhongyang', 'hubei', 'jingmen']);
    expect(m1.responsible).toEqual(['jingshan-caizhengju', 'jingshan-qixiangju']);
    expect(m1.deadline).toEqual({ raw: '2023年\n3月', normalized: '2023-03' });
    expect(collections.measures[1]!.lineage[2]).toMatchObject({ number: '5', merged: true });
    expect(collections.measures[1]!.responsibleGroups).toEqual(['市直相关部门']);
    expect(collections.measures[2]!.amounts.map((a) => a.yuan)).toEqual([1.5e9]);
    expect(report.generatedFrom[0]!.coverage.percent).toBe(100);
    expect(report.anomalies.filter((a) => a.code === 'unknown-agency').length).toBeGreaterThan(0);
  });
  it("ingests another city's gazette issue", () => {
    const gazette: ProjectSource = {
      file: 'xiantao-gongbao.txt',
      bytes: readFileSync('tests/fixtures/gazette-third.txt'),
      entry: {
        file: 'xiantao-gongbao.txt',
        originalFile: 'xiantao.txt',
        format: 'gazette',
        jurisdiction: '仙桃市',
        title: '仙桃市人民政府公报',
        date: '2023-06-30',
      },
    };
    const { collections, report } = ingest([gazette, third]);
    const docs = collections.documents.filter((d) => d.jurisdiction === 'xiantao');
    expect(docs.length).toBeGreaterThanOrEqual(2);
    for (const d of docs) expect(d.wenhao).toMatch(/^仙政/);
    expect(collections.measures.filter((m) => m.jurisdiction === 'xiantao').length).toBeGreaterThan(0);
    expect(report.generatedFrom.every((s) => s.coverage.percent === 100)).toBe(true);
  });
});

describe('a hand-made canonical Markdown file is a source too', () => {
  it('is read by the same extractor: numbered provisions, agency tags, coverage', () => {
    const md: ProjectSource = {
      file: 'guandu-handmade.md',
      bytes: readFileSync('tests/fixtures/handmade-canonical.md'),
      entry: { file: 'guandu-handmade.md', jurisdiction: '云南省昆明市官渡区' },
    };
    const { collections, report } = ingest([md]);
    expect(collections.failures).toEqual([]);
    expect(collections.measures.map((m) => [m.anchor, m.label])).toEqual([
      ['1-1', '1.'],
      ['1-2', '2.'],
      ['1-3', '3.'],
    ]);
    expect(collections.measures[0]!.leadRaw).toBe('区政务服务局');
    expect(report.generatedFrom[0]!.coverage.percent).toBe(100);
  });
});

describe('a bad source is skipped with file:line while the others publish', () => {
  const worklistText = readFileSync(`content/sources/${WORKLIST}`, 'utf8');
  const asWorklist = (text: string | Uint8Array): ProjectSource => ({ ...realSource(WORKLIST), bytes: text });
  /** The bad source leaves no record; the gazette beside it publishes; the failure names file and line. */
  const fails = (sources: ProjectSource[], pattern: RegExp) => {
    const { collections, report } = ingest([...sources, realSource(GAZETTE)]);
    expect(collections.failures.map((f) => f.message)).toEqual([expect.stringMatching(pattern)]);
    expect(collections.documents.map((d) => d.source.file.endsWith(GAZETTE))).toEqual([true, true, true, true, true]);
    expect(collections.agencies.every((a) => a.jurisdiction === 'tianmen')).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.anomalies.filter((x) => x.code === 'source-failed')).toHaveLength(1);
  };
  const manifestFails = (manifest: string, pattern: RegExp) => expect(() => ingest([realSource(WORKLIST)], manifest)).toThrow(pattern);

  it('an empty file', () => fails([asWorklist('')], new RegExp(`^content/sources/${WORKLIST}:1: file is empty`)));
  it('a truncated file', () =>
    fails(
      [asWorklist(worklistText.slice(0, worklistText.indexOf('\t市住建局\n\t市应急局等')))],
      /:2139: last work-list row \(starting here\) has 8 cells, 11 expected/,
    ));
  it('a work-list row with the wrong number of cells', () => {
    const broken = worklistText.replace(
      '\t市财政局、市税务局\n\t人行钟祥支行\n\t2022年12月\n\n\t\n\t\n\t\n\t紧盯',
      '\t市财政局、市税务局\n\t2022年12月\n\n\t\n\t\n\t\n\t紧盯',
    );
    fails([asWorklist(broken)], /:30: work-list row starting at line 27 is misaligned: a bare number "2" in the 省落实举措 column/);
  });
  it('a duplicate item number', () =>
    fails(
      [asWorklist(worklistText.replace('\t2\n\t严格执行中央、省相关留抵退税政策', '\t1\n\t严格执行中央、省相关留抵退税政策'))],
      /:33: 钟祥市序号 1 appears again \(first at line 20\)/,
    ));
  it('a manifest entry with a missing field stops the whole ingest (the manifest itself is bad)', () => {
    manifestFails(
      `sources:\n  - file: ${WORKLIST}\n    title: t\n`,
      /^content\/sources\/manifest\.yaml:2: sources\.0\.jurisdiction: missing required field/,
    );
  });
  it('a manifest entry with an unknown field stops the whole ingest', () => {
    manifestFails(
      `sources:\n  - file: ${WORKLIST}\n    jurisdiction: 钟祥市\n    author: 某人\n`,
      /^content\/sources\/manifest\.yaml:4: sources\.0: unknown field "author"/,
    );
  });
  it('a manifest entry naming an unknown jurisdiction skips that source, naming the entry’s line', () => {
    fails(
      [{ ...realSource(WORKLIST), entry: { ...REAL[0], jurisdiction: '火星市' } }],
      /^content\/sources\/manifest\.yaml:\d+: .*unknown jurisdiction "火星市"/,
    );
  });

  const sameRecords = (source: ProjectSource) => {
    const reference = ingest([realSource(WORKLIST)]).collections.measures.map((m) => [m.id, m.text, m.leadRaw]);
    expect(ingest([source]).collections.measures.map((m) => [m.id, m.text, m.leadRaw])).toEqual(reference);
  };
  it('a source in GB18030 ingests to the same records', () => {
    const gb = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: worklistText, maxBuffer: 1 << 24 });
    sameRecords(asWorklist(new Uint8Array(gb)));
  });
  it('a source with a BOM ingests to the same records', () =>
    sameRecords(asWorklist(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(worklistText)]))));
  it('a source with CRLF line endings ingests to the same records', () => sameRecords(asWorklist(worklistText.replace(/\n/g, '\r\n'))));
});

describe('npm run ingest', () => {
  const run = (args: string[]) => {
    const root = makeProject([{ ...realSource(WORKLIST), bytes: '' }, realSource(GAZETTE)]);
    try {
      const stdout = execFileSync(process.execPath, [`${process.cwd()}/scripts/ingest.ts`, ...args], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, stdout, root };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { status: err.status, stdout: err.stdout, root };
    }
  };
  it('by default skips the bad source, names it with file:line, publishes the others and exits 0', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/SKIPPED content\/sources\/zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan\.txt:1: file is empty/);
    const docs = JSON.parse(readFileSync(`${r.root}/content/generated/documents.json`, 'utf8')) as Array<{ id: string }>;
    expect(docs).toHaveLength(5);
  });
  it('with --strict exits 1', () => {
    const r = run(['--strict']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan\.txt:1: file is empty/);
  });
});

describe('validation of the corpus as a whole', () => {
  const third: ProjectSource = {
    file: 'jingshan-2023-qingdan.txt',
    bytes: readFileSync('tests/fixtures/worklist-third.txt'),
    entry: { file: 'jingshan-2023-qingdan.txt', format: 'worklist', jurisdiction: '京山市', date: '2023', slug: 'jingshan-2023-qingdan' },
  };
  it('ids are unique across the corpus: a slug that makes another document’s measure ids fails its source, nothing vanishes', () => {
    // The textile opinion tianzhengfa-2023-1 has (一) at /docs/tianzhengfa-2023-1/1-1/, id tianzhengfa-2023-1-1-1; a work
    // list given the slug tianzhengfa-2023-1-1 would number its row 1 with the same id.
    const { collections, report } = ingest([realSource(GAZETTE), { ...third, entry: { ...third.entry, slug: 'tianzhengfa-2023-1-1' } }]);
    expect(collections.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^content\/sources\/jingshan-2023-qingdan\.txt:\d+: measure id "tianzhengfa-2023-1-1-1" of document tianzhengfa-2023-1-1 is already the id of a measure of content\/sources\/tianmen-gongbao-2023-01\.txt/,
      ),
    ]);
    expect(collections.measures.filter((m) => m.document === 'tianzhengfa-2023-1')).toHaveLength(17);
    expect(new Set(collections.measures.map((m) => m.id)).size).toBe(collections.measures.length);
    expect(report.ok).toBe(false);
  });
  it('a gazette issue is published from one source: a second source of 天门市人民政府公报2023第1号 fails, naming the first', () => {
    // Its documents renumbered (〔2023〕 → 〔2024〕, 天政发〔20231 → 〔2024〕1号) so their ids differ; the issue line is the same.
    const text = readFileSync(`content/sources/${GAZETTE}`, 'utf8')
      .replaceAll('〔2023〕', '〔2024〕')
      .replace('天政发〔20231', '天政发〔2024〕1号');
    const copy: ProjectSource = {
      file: 'tianmen-gongbao-copy.txt',
      bytes: Buffer.from(text),
      entry: { file: 'tianmen-gongbao-copy.txt', jurisdiction: '天门市' },
    };
    const { collections, report } = ingest([realSource(GAZETTE), copy]);
    expect(collections.failures.map((f) => f.message)).toEqual([
      'content/sources/tianmen-gongbao-copy.txt:6: gazette issue id "tianmen-gongbao-2023-1" is already the issue of content/sources/tianmen-gongbao-2023-01.txt: the same issue twice? Publish it from one source',
    ]);
    expect(collections.issues.map((i) => i.source.file)).toEqual([`content/sources/${GAZETTE}`]);
    expect(report.ok).toBe(false);
  });
  it('a manifest `file` outside content/sources/ stops the ingest with the entry’s line', () => {
    expect(() =>
      ingest(
        [realSource(GAZETTE)],
        `sources:\n  - file: tianmen-gongbao-2023-01.txt\n    jurisdiction: 天门市\n  - file: ../agencies.yaml\n    jurisdiction: 天门市\n`,
      ),
    ).toThrow(/^content\/sources\/manifest\.yaml:4: \.\.\/agencies\.yaml: a source must be a file inside content\/sources\//);
  });
  it('a file in content/sources/ that the manifest does not list is named in a warning', () => {
    const root = makeProject([realSource(GAZETTE)]);
    writeFileSync(join(root, 'content/sources', 'forgotten.txt'), '市人民政府关于某事的通知\n');
    const { report } = runIngest({ root, write: false });
    expect(report.anomalies.filter((a) => a.code === 'source-unlisted')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/sources/forgotten.txt',
        line: null,
        message: '源文件 forgotten.txt 不在 manifest.yaml 中，未收录',
      }),
    ]);
  });
  it('a failed ingest leaves the previous content/generated/ as it was, and no temporary folder', () => {
    const root = makeProject([realSource(GAZETTE)]);
    runIngest({ root });
    const before = readFileSync(join(root, 'content/generated/measures.json'), 'utf8');
    writeFileSync(join(root, 'content/agencies.yaml'), 'groups: [\n');
    expect(() => runIngest({ root })).toThrow(/^content\/agencies\.yaml:\d+: invalid YAML/);
    expect(readFileSync(join(root, 'content/generated/measures.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(root, 'content')).sort()).toEqual(['agencies.yaml', 'generated', 'jurisdictions.yaml', 'sources']);
  });
});
