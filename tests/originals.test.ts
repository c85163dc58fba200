// Originals as governments publish them (tests/fixtures/originals/README.md): six saved
// web pages of six provinces — one a real "save complete" page with its browser junk, one
// GB18030 bytes declared gb2312, one a task table with a colspan heading row, three with an
// information table (索引号 / 发文机关 / 文号) — and two Word files made from real text (a work
// list with vertically merged cells, an 意见 with a bookmark, a comment and tracked changes).
// Each must give the measures, agencies and amounts of its plain-text equivalent
// (text/<slug>.txt) and the values read by hand (expected/<slug>.yaml), with every
// character of the body published.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Collections } from '../pipeline/publish/assemble.ts';
import { runIngest } from '../pipeline/publish/ingest.ts';
import type { Measure } from '../pipeline/schema.ts';
import { citation } from '../src/lib/format.ts';
import { findMeasure } from './support/corpus.ts';
import { makeProject } from './support/project.ts';

const DIR = 'tests/fixtures/originals';

interface Expected {
  source: { file: string; url: string | null; jurisdiction: string; city?: string; province: string };
  metadata: Record<string, string | null>;
  document: { title: string; wenhao: string | null; issuer: string | string[] | null; date: string | null };
  counts: { items: number; measures: number };
  measures: Array<{
    number: string;
    starts: string;
    lead: string[];
    responsible: string[];
    amounts: Array<{ value: number; currency: string }>;
    deadline: { normalized: string | null } | null;
  }>;
}

const place = (e: Expected) => `${e.source.province}${e.source.city ?? ''}${e.source.jurisdiction}`;

function ingest(file: string, bytes: Uint8Array, jurisdiction: string, failing = false): { c: Collections; coverage: number } {
  const { collections, report } = runIngest({ root: makeProject([{ file, bytes, entry: { file, jurisdiction } }]), write: false });
  if (!failing) expect(collections.failures).toEqual([]);
  return { c: collections, coverage: report.generatedFrom[0]?.coverage.percent ?? 0 };
}

/**
 * Where the site reads a document differently from the hand-read values — the same way from
 * the original and from its text equivalent, so not a matter of the format — and why.
 */
const READ_DIFFERENTLY: Record<
  string,
  { measures?: number; deadline?: Record<string, null>; amounts?: Record<string, Array<[number, string]>> }
> = {
  // 每季度最后一个月的30日前 recurs every quarter: no single deadline, so none is published.
  'hubei-wuhan-caidian-2023-zfgzbg-zrfj': { deadline: { '从2023年第一季度开始,各责任单位要在': null } },
  // 注释： is an unnumbered line under 十二、, so its notes 1.–5. are items of 十二、, not beside it.
  'jiangxi-yichun-wanzai-2022-tjgb': { measures: 16 },
  // 每家奖励6万元5万元: two figures run together; the money grammar declines both (amount-unsure).
  'hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian': { amounts: { '鼓励进规入库。对新进规、小进规纺织': [[30000, 'CNY']] } },
};

const squash = (s: string) => s.replace(/\s+/g, '');
/** What a reader compares between two readings of one document. */
function reading(c: Collections) {
  const name = (id: string) => c.agencies.find((a) => a.id === id)!.name;
  return c.measures.map((m) => ({
    number: m.number,
    text: squash(m.text),
    lead: [...m.lead.map(name), ...m.leadGroups],
    responsible: [...m.responsible.map(name), ...m.responsibleGroups],
    amounts: m.amounts.map((a) => [a.value, a.currency]),
    deadline: m.deadline?.normalized ?? null,
  }));
}

const originals = [
  ['anhui-bozhou-qiaocheng-2025-zdgzrwfjb', 'html'],
  ['shaanxi-ankang-ziyang-2022-changwuhui-tongbao', 'html'],
  ['liaoning-anshan-lishan-2023-zdgzrwfj', 'html'],
  ['zhejiang-hangzhou-2020-zfgzbg-zrfj', 'html'],
  ['hubei-wuhan-caidian-2023-zfgzbg-zrfj', 'html'],
  ['jiangxi-yichun-wanzai-2022-tjgb', 'html'],
  ['hubei-jingmen-zhongxiang-2022-wenzhu-jingji-qingdan', 'docx'],
  ['hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian', 'docx'],
] as const;

const read = Object.fromEntries(
  originals.map(([slug, ext]) => {
    const e = YAML.parse(readFileSync(`${DIR}/expected/${slug}.yaml`, 'utf8')) as Expected;
    return [slug, { e, ...ingest(`${slug}.${ext}`, readFileSync(`${DIR}/${ext}/${slug}.${ext}`), place(e)) }];
  }),
);
const textOf = (slug: string, failing = false) => {
  const e = read[slug]!.e;
  return ingest(`${slug}.txt`, readFileSync(`${DIR}/text/${slug}.txt`), place(e), failing).c;
};

describe('originals read as published', () => {
  it.each(originals)('%s (.%s): every character of the body is published', (slug) => {
    expect(read[slug]!.coverage).toBe(100);
  });

  it.each(originals)('%s: the measures, agencies, amounts and deadlines read by hand', (slug) => {
    const { c, e } = read[slug]!;
    const name = (id: string) => c.agencies.find((a) => a.id === id)!;
    // A name is compared as printed: the alias the source used, else the registry's name.
    const printed = (id: string) => name(id).aliases[0]?.name ?? name(id).name;
    const differently = READ_DIFFERENTLY[slug] ?? {};
    expect(c.measures).toHaveLength(differently.measures ?? e.counts.measures);
    // 市卫健局等: the agency is 市卫健局, the list left open (等) is kept with the measure.
    const names = (list: string[]) => list.map((n) => n.replace(/等$/, '')).sort();
    for (const want of e.measures) {
      const m = findMeasure(c.measures, { ...want, groups: [], people: [], amounts: [], deadline: null }) as Measure;
      expect(m, `${want.number} ${want.starts}`).toBeDefined();
      const lead = [...m.lead.map(printed), ...m.leadGroups].sort();
      const responsible = [...m.responsible.map(printed), ...m.responsibleGroups].sort();
      expect({ lead, responsible }, want.starts).toEqual({ lead: names(want.lead), responsible: names(want.responsible) });
      expect(
        m.amounts.map((a) => [a.value, a.currency]),
        want.starts,
      ).toEqual(differently.amounts?.[want.starts] ?? want.amounts.map((a) => [a.value, a.currency]));
      const deadline = differently.deadline && want.starts in differently.deadline ? null : (want.deadline?.normalized ?? null);
      expect(m.deadline?.normalized ?? null, want.starts).toBe(deadline);
    }
  });

  it.each(originals.filter(([slug]) => slug !== 'anhui-bozhou-qiaocheng-2025-zdgzrwfjb'))(
    '%s: the same measures as its plain-text equivalent, or better where the text lost a merged cell',
    (slug) => {
      const original = reading(read[slug]!.c);
      const text = reading(textOf(slug));
      if (slug === 'hubei-jingmen-zhongxiang-2022-wenzhu-jingji-qingdan') {
        // The text export prints a vertically merged 牵头单位 as an empty cell under a row whose
        // other cells are not empty, which no rule may fill; the Word file says it is merged.
        expect(text[1]!.lead).toEqual([]);
        expect(original[1]!.lead).toEqual(['市财政局', '市税务局']);
        expect(text[7]!.lead).toEqual([]);
        expect(original[7]!.lead).toEqual(['市财政局']);
        for (const k of [1, 7]) original[k]!.lead = [];
      }
      expect(original).toEqual(text);
    },
  );

  it('谯城区: the colspan row 一、 is the heading of the five rows under it, whose cells of two paragraphs hold two agencies', () => {
    const { c } = read['anhui-bozhou-qiaocheng-2025-zdgzrwfjb']!;
    expect(c.measures.map((m) => [m.number, m.section?.title])).toEqual(
      ['1', '2', '3', '4', '5'].map((n) => [n, '2025年经济社会发展的主要预期目标']),
    );
    expect(c.measures[1]!.leadRaw).toBe('区财政局\n区税务局');
    // The page prints its header row once; the document page shows it once, above 一、.
    const headers = c.documents[0]!.blocks.filter((b) => b.text === '序号 | 重点工作任务 | 主要责任单位 | 协同配合单位');
    expect(headers.map((b) => b.lines)).toEqual([[2, 5]]);
    expect(c.documents[0]!.blocks.findIndex((b) => b.number === '一')).toBeGreaterThan(c.documents[0]!.blocks.indexOf(headers[0]!));
    // Its text equivalent cannot say where the heading row ends: the table is refused there.
    expect(textOf('anhui-bozhou-qiaocheng-2025-zdgzrwfjb', true).failures).toHaveLength(1);
  });

  it.each(originals)('%s: title, 文号, issuer and date from the text, else from the page', (slug) => {
    const { c, e } = read[slug]!;
    expect(c.documents).toHaveLength(1);
    const d = c.documents[0]!;
    // The Word 意见 prints its issuer on a line of its own above 关于… (市 人 民 政 府): part of the title.
    const title = slug === 'hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian' ? `市人民政府${e.document.title}` : e.document.title;
    expect(squash(d.title)).toBe(squash(title));
    // 紫阳县's 文号 cell holds an issue number (督察通报第十七期), not a 文号.
    expect(d.wenhao).toBe(slug.startsWith('shaanxi') ? null : e.document.wenhao);
    const issuer = Array.isArray(e.document.issuer) ? e.document.issuer[0] : e.document.issuer;
    if (!slug.startsWith('jiangxi')) expect(d.issuer).toBe(issuer);
    if (e.document.date?.length === 10) expect(d.date).toBe(e.document.date);
    expect(d.originalUrl).toBe(e.source.url);
  });

  it('records what the page gave: 蔡甸区 文号 蔡政办〔2023〕1号 only in the information table, 发布日期 and 索引号', () => {
    const d = read['hubei-wuhan-caidian-2023-zfgzbg-zrfj']!.c.documents[0]!;
    expect(d.page).toEqual({ published: '2023-01-05', indexNumber: 'MB1534522/2023-05475', fromPage: ['wenhao'] });
    const z = read['shaanxi-ankang-ziyang-2022-changwuhui-tongbao']!.c.documents[0]!;
    expect(z.page).toEqual({ published: '2022-09-15', indexNumber: 'zyxzfzyxzfbgs/2022-4992', fromPage: ['title', 'issuer', 'date'] });
  });

  it('鞍山市立山区: GB18030 bytes declared gb2312 decode, and the page says so', () => {
    const { c } = read['liaoning-anshan-lishan-2023-zdgzrwfj']!;
    expect(c.sources[0]!.encoding).toBe('gb18030');
    expect(c.documents[0]!.title).toBe('立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知');
    expect(c.measures.map((m) => m.leadRaw)).toEqual(['区发改局', '区工信局', '区发改局', '区商务局', '区财政局', '区发改局']);
  });

  it('declares what of each page it left out: navigation, the information table, 打印 关闭, 扫一扫', () => {
    const left = (slug: string) => read[slug]!.c.sources[0]!.leftOut.map((l) => `${l.reason}:${l.text}`);
    expect(left('anhui-bozhou-qiaocheng-2025-zdgzrwfjb')).toEqual(
      expect.arrayContaining([
        'navigation:当前位置: 网站首页 > 政府信息公开 > 谯城区政府(办公室) > 年度重点工作分解情况',
        'page-info:索引号:',
        'page-info:11341602003166647K/202503-00040',
        'page-info:发布时间:2025-03-28 16:00 信息来源:谯城区委督查考核办 浏览次数: 字体:[ ]',
        'chrome:【打印】【关闭】',
        'chrome:扫一扫在手机打开当前页',
        'navigation:网站地图 | 联系我们',
      ]),
    );
    // 万载县: the real saved page — its 关联稿件, 访问量, chart images and footer are declared too.
    const wanzai = left('jiangxi-yichun-wanzai-2022-tjgb');
    expect(wanzai).toEqual(
      expect.arrayContaining(['page-info:访问量：1632', 'chrome:【返回顶部】【关闭本页】', 'chrome:扫一扫在手机打开当前页']),
    );
    expect(wanzai.filter((l) => l.startsWith('image:'))).toHaveLength(11);
    expect(wanzai.some((l) => l.includes('图文解读'))).toBe(true);
  });

  it('天门 意见 (.docx): the tracked deletion is gone, the insertion kept, and each Word artefact reported on its line', () => {
    const { c } = read['hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian']!;
    const six = c.measures.find((m) => m.number === '六')!;
    expect(six.responsibleRaw).toBe('市人社局、市财政局');
    expect(c.measures.find((m) => m.number === '十五')!.responsibleRaw).toBe('市国投集团');
    expect(c.measures.flatMap((m) => m.text).join('')).not.toContain('请核实');
    const artefacts = c.anomalies.filter((a) => a.code === 'word-artefact');
    expect(artefacts.map((a) => [a.line, a.message])).toEqual([
      [3, 'Word 书签“_GoBack”不属于正文，已略去'],
      [7, 'Word 批注（市财政局：请核实专项资金规模是否已列入年度预算。）不属于正文，已略去'],
      [13, 'Word 修订中删除的文字“市财政局、”按接受修订略去'],
      [25, 'Word 修订中插入的文字“(责任单位:市国投集团)”按接受修订保留'],
    ]);
    // Line 13 of the text read from the Word file is (六), as a maintainer finds it in content/generated/text/.
    expect(c.sources[0]!.extractedText).toBe('content/generated/text/hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian.docx.txt');
    expect(six.source.lines).toEqual([13, 13]);
  });
});

describe('a saved page dropped into content/sources/ with two manifest fields', () => {
  it('is published with its original URL in the citation', () => {
    const file = 'hubei-wuhan-caidian-2023-zfgzbg-zrfj.html';
    const { collections: c } = runIngest({
      root: makeProject([{ file, bytes: readFileSync(`${DIR}/html/${file}`), entry: { file, jurisdiction: '武汉市蔡甸区' } }]),
      write: false,
    });
    const d = c.documents[0]!;
    expect(d.id).toBe('caizhengban-2023-1');
    const m = c.measures.find((x) => x.number === '一' && x.section)!;
    expect(citation(m, { doc: d, issue: null, permalink: 'https://example.org/x/', cited: '2026-11-25' })).toContain(
      'https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml（引用日期：2026-11-25）',
    );
  });

  it('a .doc (Word 97–2003) file is refused with the reason, the others publish', () => {
    const { collections: c } = runIngest({
      root: makeProject([{ file: 'old.doc', bytes: 'x', entry: { file: 'old.doc', jurisdiction: '天门市' } }]),
      write: false,
    });
    expect(c.failures.map((f) => f.message)).toEqual([
      'content/sources/old.doc: a .doc (Word 97–2003) file cannot be read: save it as .docx',
    ]);
  });
});
