import { describe, expect, it } from 'vitest';
import type { Document, Measure } from '../../pipeline/schema.ts';
import {
  buildAmountIndex,
  buildCitations,
  buildEntityIndex,
  buildLeadValues,
  buildSideIndex,
  buildWenhaoIndex,
  sideIndexFile,
  corpusTexts,
  indexedTexts,
  measureSearchFields,
  pageCounter,
  type SearchData,
} from './sideIndex.ts';
import type { Agency } from '../../pipeline/schema.ts';

const amount = (
  figure: string,
  value: number,
  offset: number,
  extra: Partial<Measure['amounts'][number]> = {},
): Measure['amounts'][number] => ({
  raw: figure,
  figure,
  value,
  valueMax: null,
  yuan: value,
  currency: 'CNY',
  qualifier: null,
  vague: false,
  per: [],
  kind: 'subsidy',
  offset,
  ...extra,
});

const measure = (id: string, order: number, text: string, amounts: Measure['amounts'], extra: Partial<Measure> = {}) =>
  ({
    id,
    url: `/docs/doc/${order}/`,
    anchor: String(order),
    document: 'doc',
    label: `（${order}）`,
    title: null,
    text,
    lead: ['tm-czj'],
    leadGroups: [],
    deadline: { raw: '持续推进', normalized: 'ongoing' },
    amounts,
    order,
    lineage: [],
    policy: null,
    leadRaw: null,
    responsibleRaw: null,
    validity: {
      stated: 'document',
      effective: '2023-01-06',
      effectiveRaw: '自发布之日起实施',
      until: '2026-01-06',
      untilRaw: '有效期暂定3年',
      term: { amount: 3, unit: 'year', provisional: true },
      trial: false,
      clause: '本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。',
      lines: [99, 99],
      status: 'expired',
    },
    ...extra,
  }) as unknown as Measure;

const doc = {
  id: 'doc',
  url: '/docs/doc/',
  title: '市人民政府关于支持纺织服装产业高质量发展的若干意见',
  fullTitle: '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
  wenhao: '天政发〔2023〕1号',
  issuer: '天门市人民政府',
  validity: { stated: 'document', status: 'expired' },
  jurisdiction: 'tianmen',
  blocks: [
    { role: 'wenhao', text: '天政发〔2023〕1号', measure: null },
    { role: 'paragraph', text: '根据鄂政办发〔2019〕16号，提出如下意见。', measure: null },
    { role: 'provision', text: '(二)…', measure: 'doc-2' },
  ],
} as unknown as Document;

const data: SearchData = {
  documents: [doc],
  measures: [
    measure('doc-2', 2, '按500元/人的标准给予推荐者补贴，执行钟政办发〔2021〕21号。', [amount('500元', 500, 1, { per: ['人'] })]),
    measure('doc-1', 1, '不涉及金额。', []),
    measure('doc-3', 3, '奖励300万美元。', [amount('300万美元', 3e6, 2, { currency: 'USD', yuan: null }), amount('5万元', 5e4, 9)], {
      lead: [],
      leadGroups: ['相关金融机构'],
      deadline: null,
    }),
  ],
  jurisdiction: new Map([['tianmen', { name: '天门市' }]]),
  document: new Map([['doc', doc]]),
  agency: new Map([['tm-czj', { name: '市财政局' }]]),
};

describe('measureSearchFields', () => {
  it('gives the card fields, facet values and sort key the page and the side index share', () => {
    expect(measureSearchFields(data.measures[0]!, data)).toEqual({
      title: '（2） 按500元/人的标准给予推荐者补贴',
      // The card names the document with its place (天门市人民政府…); the filter keeps the printed title.
      doc: '天门市人民政府关于支持纺织服装产业高质量发展的若…',
      place: '天门市',
      lead: '市财政局',
      deadline: '持续推进',
      validity: '已到期 · 有效期至2026年1月6日',
      figures: ['500元'],
      kinds: ['subsidy'],
      sortYuan: 500,
      subsidyYuan: 500,
      filters: {
        place: ['天门市'],
        doc: ['市人民政府关于支持纺织服装产业高质量发展的若干意…'],
        lead: ['市财政局'],
        deadline: ['持续推进'],
        amount: ['yes'],
        validity: ['expired'],
      },
    });
  });
  it('falls back to group names for the lead, and sorts only by amounts in yuan', () => {
    const f = measureSearchFields(data.measures[2]!, data);
    expect(f.lead).toBe('相关金融机构');
    expect(f.filters.lead).toEqual([]);
    expect(f.sortYuan).toBe(5e4);
    expect(measureSearchFields(data.measures[1]!, data).sortYuan).toBeNull();
  });
});

describe('buildAmountIndex', () => {
  const index = buildAmountIndex(data);
  it('keeps only measures with amounts, in document order, with their amounts by value', () => {
    expect(index.measures.map((m) => m.id)).toEqual(['doc-2', 'doc-3']);
    expect(index.measures[1]!.amounts).toEqual([
      { value: 3e6, max: null, currency: 'USD', vague: false, kind: 'subsidy', figure: '300万美元', offset: 2, per: [] },
      { value: 5e4, max: null, currency: 'CNY', vague: false, kind: 'subsidy', figure: '5万元', offset: 9, per: [] },
    ]);
    expect(index.measures[0]).toMatchObject({
      url: '/docs/doc/2/',
      title: '（2） 按500元/人的标准给予推荐者补贴',
      lead: '市财政局',
      deadline: '持续推进',
      text: data.measures[0]!.text,
    });
  });
});

describe('buildSideIndex', () => {
  const index = buildSideIndex(data, '穩稳');
  it('lists documents with their 文号 and the 文号 the pages cite', () => {
    expect(index.documents).toEqual([
      {
        id: 'doc',
        url: '/docs/doc/',
        title: '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
        wenhao: '天政发〔2023〕1号',
        place: '天门市',
        filters: { place: ['天门市'], doc: ['市人民政府关于支持纺织服装产业高质量发展的若干意…'], validity: ['expired'] },
      },
    ]);
    expect(index.citations).toEqual([
      ['鄂政办发〔2019〕16号', ['doc']],
      ['钟政办发〔2021〕21号', ['doc-2']],
    ]);
    expect(buildCitations(data)).toEqual(index.citations);
    expect(index.t2s).toBe('穩稳');
  });
  it('writes the 文号 apart: index.json keeps the t2s map and the thesaurus, wenhao.json the documents and citations', () => {
    expect(sideIndexFile(index)).toEqual({ version: 1, t2s: '穩稳', thesaurus: { terms: [], printed: {} } });
    expect(buildWenhaoIndex(data)).toEqual({ documents: index.documents, citations: index.citations });
  });
  it('collects the corpus texts for the t2s map', () => {
    expect(corpusTexts(data).join('')).toContain('推荐者补贴');
  });
});

describe('what the pages index, for counting the pages holding a word', () => {
  it('a measure’s own words and a document’s paragraphs that are not measures, folded', () => {
    const texts = indexedTexts({ ...data, measures: [...data.measures, measure('doc-4', 4, '繼續實施穩崗返還政策。', [])] });
    expect(texts).toHaveLength(5);
    expect(texts[3]).toContain('继续实施稳岗返还政策');
    expect(texts[4]).toContain('根据鄂政办发〔2019〕16号');
    expect(texts[4]).not.toContain('(二)…');
    const pages = pageCounter(texts);
    expect([pages('推荐者补贴'), pages('稳岗返还'), pages('重污染天气')]).toEqual([1, 1, 0]);
  });
});

describe('buildLeadValues', () => {
  it('lists each lead agency once, by the name its pages carry as the lead filter; group names are not values', () => {
    const leads = buildLeadValues({
      ...data,
      measures: [...data.measures, measure('doc-4', 4, '…', [], { lead: ['tm-rsj', 'tm-czj'] })],
      agency: new Map([
        ['tm-czj', { name: '市财政局' }],
        ['tm-rsj', { name: '市人社局' }],
      ]) as unknown as SearchData['agency'],
    });
    // 相关金融机构 (doc-3) is a group, not an agency: no page carries it as a lead value.
    expect(leads).toEqual(['市人社局', '市财政局']);
    for (const m of data.measures) for (const v of measureSearchFields(m, data).filters.lead) expect(leads).toContain(v);
  });
});

describe('buildEntityIndex', () => {
  const agency = (id: string, name: string, fullName: string) =>
    ({ id, name, fullName, url: `/agencies/tianmen/${id}/`, jurisdiction: 'tianmen', slug: id }) as unknown as Agency;
  const index = buildEntityIndex({
    ...data,
    documents: [{ ...doc, measureCount: 3 }],
    measures: [
      measure('doc-2', 2, '…', [], { lead: ['tm-czj'], responsible: ['tm-rsj'] }),
      measure('doc-1', 1, '…', [], { lead: ['tm-rsj'], responsible: ['tm-czj', 'tm-rsj'] }),
    ],
    agencies: [
      agency('tm-czj', '市财政局', '天门市财政局'),
      agency('tm-rsj', '市人社局', '天门市人社局'),
      agency('tm-idle', '市档案馆', '天门市档案馆'),
    ],
    jurisdictions: [
      { id: 'tianmen', name: '天门市', shortName: '天门', url: '/places/tianmen/' },
      { id: 'hubei', name: '湖北省', shortName: '湖北', url: '/places/hubei/' },
    ],
  });
  it('counts what each agency leads and shares (a lead is not also counted as shared); agencies with none are left out', () => {
    expect(index.agencies).toEqual([
      ['天门市财政局', '市财政局', '/agencies/tianmen/tm-czj/', 1, 1, '天门市'],
      ['天门市人社局', '市人社局', '/agencies/tianmen/tm-rsj/', 1, 1, '天门市'],
    ]);
  });
  it('lists the places that have documents, and every document with its 文号 and measures', () => {
    expect(index.places).toEqual([['天门市', '天门', '/places/tianmen/', 1, 2]]);
    expect(index.documents).toEqual([[doc.title, '/docs/doc/', '天政发〔2023〕1号', 3, '天门市']]);
  });
});
