// One table, three layouts: the 霍山 2025 清单 as the page gives it (one cell per line,
// each ending in ` |`), as a Markdown/pipe table and as a box-drawing table. The pipe and box
// files (tests/fixtures/huoshan-pipe.txt, huoshan-box.txt) hold the same cell texts, laid
// out by hand — no real page in the stored corpus prints a pipe or box table — and must
// give the same measures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { makeProject, type ProjectSource } from './support/project.ts';

const source = (file: string, path: string): ProjectSource => ({
  file,
  bytes: readFileSync(path),
  entry: { file, jurisdiction: '安徽省六安市霍山县' },
});
const measuresOf = (s: ProjectSource) => {
  const { collections, report } = runIngest({ root: makeProject([s]), write: false });
  expect(report.generatedFrom[0]!.coverage.percent).toBe(100);
  return collections.measures.map((m) => ({
    number: m.number,
    text: m.text.replace(/\s+/g, ''),
    lead: m.lead,
    responsible: m.responsible,
    people: m.people,
    deadline: m.deadline?.normalized ?? null,
  }));
};

const original = measuresOf(source('huoshan.txt', 'content/sources/anhui-huoshan-2025-kaifaqu-zhongdian-gongzuo-qingdan.txt'));

describe('table layouts', () => {
  it('the page as given: 3 rows with their leader, agencies and 全年 as 2025', () => {
    expect(original.map((m) => [m.number, m.people, m.responsible, m.deadline])).toEqual([
      ['1', ['叶林'], ['huoshan-zhaoshanggongzuobu', 'huoshan-anshanggongzuobu'], '2025'],
      ['2', ['马振明'], ['huoshan-gaigeban'], '2025'],
      ['3', ['张云峰'], ['huoshan-guihuajiansheju'], '2025'],
    ]);
  });
  it('a pipe table gives the same measures', () => {
    expect(measuresOf(source('huoshan-pipe.txt', 'tests/fixtures/huoshan-pipe.txt'))).toEqual(original);
  });
  it('a box-drawing table, cells wrapped over several lines, gives the same measures', () => {
    expect(measuresOf(source('huoshan-box.txt', 'tests/fixtures/huoshan-box.txt'))).toEqual(original);
  });
});
