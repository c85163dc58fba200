import { describe, expect, it } from 'vitest';
import type { Document, Measure } from '../../pipeline/schema.ts';
import { buildAmountFiles } from './amountIndexBuild.ts';
import type { Passage } from './passages.ts';
import type { SearchData } from './sideIndex.ts';

const amount = (figure: string, value: number, offset: number): Measure['amounts'][number] => ({
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
});

// 天门's 意见 (天政发〔2023〕1号): item (二) 4 pays 500元 a recruit; two section headings of a
// document state amounts too (passages.ts), both shown on the document page.
const text = '在同一企业工作满6个月按500元/人的标准给予推荐者补贴';
const measure = {
  id: 'tianzhengfa-2023-1-2-4',
  url: '/docs/tianzhengfa-2023-1/2-4/',
  document: 'tianzhengfa-2023-1',
  label: '4.',
  title: null,
  text,
  lead: [],
  leadGroups: [],
  deadline: null,
  amounts: [amount('500元', 500, text.indexOf('500元'))],
  order: 1,
  lineage: [],
  policy: null,
  validity: { stated: 'none', status: 'unstated' },
} as unknown as Measure;
const doc = {
  id: 'tianzhengfa-2023-1',
  url: '/docs/tianzhengfa-2023-1/',
  title: '市人民政府关于支持纺织服装产业高质量发展的若干意见',
  fullTitle: '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
  jurisdiction: 'tianmen',
  blocks: [],
} as unknown as Document;
const section = (anchor: string, heading: string, figure: string, value: number): Passage => ({
  pageId: doc.id,
  url: `${doc.url}#${anchor}`,
  document: doc.id,
  title: heading,
  text: heading,
  amounts: [amount(figure, value, heading.indexOf(figure))],
});
const data: SearchData = {
  documents: [doc],
  measures: [measure],
  jurisdiction: new Map([['tianmen', { name: '天门市' }]]),
  document: new Map([[doc.id, doc]]),
  agency: new Map(),
};
const passages = [section('s1', '（一）设立专项资金500万元', '500万元', 5e6), section('s2', '（二）奖励520元', '520元', 520)];

describe('buildAmountFiles', () => {
  const files = buildAmountFiles(data, passages);

  it('files each measure and passage under the slices of its amounts, without its text', () => {
    // 500元 and 520元 share the eighth of a decade [422, 562); 500万元 is in [4.22M, 5.62M).
    expect([...files.slices.keys()]).toEqual(['cny-21', 'cny-53']);
    expect(files.slices.get('cny-21')!.measures.map((m) => m.url)).toEqual([measure.url, `${doc.url}#s2`]);
    expect(Object.keys(files.slices.get('cny-21')!.measures[0]!)).not.toContain('text');
  });

  it('keys cards by URL: two sections of one document share its id, not their card', () => {
    const cards = files.cards.get(doc.id)!.cards;
    expect(Object.keys(cards).sort()).toEqual([`${doc.url}#s1`, `${doc.url}#s2`, measure.url]);
    expect(cards[`${doc.url}#s1`]!.text).toBe('（一）设立专项资金500万元');
  });

  it('gives a mixed query its slices’ texts in one file per slice', () => {
    const texts = files.texts.get('cny-21')!.cards;
    expect(Object.keys(texts)).toEqual([measure.url, `${doc.url}#s2`]);
    expect(texts[measure.url]!.text).toBe(text);
    expect(files.texts.get('cny-53')!.cards[`${doc.url}#s1`]!.title).toBe('（一）设立专项资金500万元');
  });
});
