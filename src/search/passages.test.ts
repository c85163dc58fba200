import { describe, expect, it } from 'vitest';
import type { Document, Measure, PolicyChain } from '../../pipeline/schema.ts';
import { aroundAmounts, chainPassage, chainTexts, searchPassages, sectionPassages } from './passages.ts';

// 钟祥 work list, 中央政策 9 (加大普惠小微贷款支持力度), source lines 516–545: row 42's 中央
// text is a merged cell carried down from row 41; its 省 text (首贷户) is repeated word for
// word by 荆门 40.
const CENTRAL = '继续新增支农支小再贷款额度。将普惠小微贷款支持工具的资金支持比例由1%提高至2%。';
const PROVINCE = '加大信用贷款投放力度，力争普惠小微贷款余额中信用贷款占比持续提高。努力提升小微企业贷款户中首贷户的比重。';
const step = (level: string, text: string, merged = false) => ({
  level,
  label: level,
  number: null,
  title: null,
  text,
  lines: [1, 1] as [number, number],
  merged,
});
const row = (id: string, lineage: ReturnType<typeof step>[]) => ({ id, lineage }) as Pick<Measure, 'id' | 'lineage'>;
const measures = new Map([
  ['r41', row('r41', [step('zhongyang', CENTRAL), step('hubei', '', false)])],
  ['r42', row('r42', [step('zhongyang', CENTRAL, true), step('hubei', PROVINCE), step('jingmen', PROVINCE)])],
]);
const policy: PolicyChain = {
  id: 'doc-policy-9',
  url: '/docs/doc/policy-9/',
  document: 'doc',
  number: '9',
  title: '加大普惠小微贷款支持力度',
  measures: ['r41', 'r42'],
};

describe('chainTexts', () => {
  it('lists each upper-level text once: a merged cell and a word-for-word copy are left out', () => {
    expect(chainTexts(policy, measures)).toEqual([
      { measure: 'r41', level: 'zhongyang', text: CENTRAL },
      { measure: 'r42', level: 'hubei', text: PROVINCE },
    ]);
  });
});

describe('chainPassage', () => {
  it('joins the texts and places their amounts at their offsets in the whole', () => {
    const row1 = row('r1', [step('zhongyang', '预计新增留抵退税1420亿元。'), step('hubei', '力争全年新增贷款76亿元以上。')]) as Measure;
    const p = chainPassage({ ...policy, measures: ['r1'] }, new Map([['r1', row1]]), '中央政策 1');
    expect(p.text).toBe('预计新增留抵退税1420亿元。\n力争全年新增贷款76亿元以上。');
    expect(p.amounts.map((a) => [a.figure, a.yuan, p.text.slice(a.offset, a.offset + a.figure.length)])).toEqual([
      ['1420亿元', 1420e8, '1420亿元'],
      ['76亿元', 76e8, '76亿元'],
    ]);
    expect(p).toMatchObject({ pageId: 'doc-policy-9', url: '/docs/doc/policy-9/', title: '中央政策 1' });
  });
});

// 天门 天政办函〔2023〕5号, line 1085: a section heading that states a target.
const SECTION = '(七)全力开展金融助企惠融资活动。引导和支持金融机构加大信贷投放力度,力争全年新增贷款76亿元以上。(牵头单位:市政府金融办)';
const doc = {
  id: 'tianzhengbanhan-2023-5',
  url: '/docs/tianzhengbanhan-2023-5/',
  blocks: [
    { role: 'section', anchor: '2-7', text: SECTION },
    { role: 'section', anchor: '2-8', text: '(八)强化要素保障。' },
    { role: 'provision', anchor: '23', text: '23.新增10亿元。' },
  ],
} as unknown as Document;

describe('sectionPassages', () => {
  it('gives each section heading that states an amount, at its anchor, titled by its first sentence', () => {
    const [p, ...rest] = sectionPassages(doc);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      pageId: 'tianzhengbanhan-2023-5',
      url: '/docs/tianzhengbanhan-2023-5/#2-7',
      title: '(七)全力开展金融助企惠融资活动',
    });
    expect(p!.amounts.map((a) => [a.figure, a.kind])).toEqual([['76亿元', 'target']]);
  });
});

describe('searchPassages', () => {
  it('takes a work list’s texts from its chain pages, not from its section headings (the same policy titles)', () => {
    const worklist = { ...doc, id: 'doc', url: '/docs/doc/' } as Document;
    const all = searchPassages({ documents: [worklist, doc], policies: [policy], measure: measures, chainTitle: (p) => p.title });
    expect(all.map((p) => p.url)).toEqual(['/docs/doc/policy-9/', '/docs/tianzhengbanhan-2023-5/#2-7']);
  });
});

describe('aroundAmounts', () => {
  it('keeps the text up to the first amount and around each, offsets still pointing at the figures', () => {
    const text = '甲'.repeat(100) + '预计新增留抵退税1420亿元。' + '乙'.repeat(100) + '新增退税总额达到约1.64万亿元。' + '丙'.repeat(100);
    const row1 = row('r1', [step('zhongyang', text)]) as Measure;
    const whole = chainPassage({ ...policy, measures: ['r1'] }, new Map([['r1', row1]]), '中央政策 1');
    const cut = aroundAmounts(whole, 10);
    expect(cut.text.length).toBeLessThan(180);
    expect(cut.amounts.map((a) => cut.text.slice(a.offset, a.offset + a.figure.length))).toEqual(['1420亿元', '1.64万亿元']);
    // The first amount stays where it was (its position counts for relevance); the rest is cut.
    expect(cut.amounts[0]!.offset).toBe(whole.amounts[0]!.offset);
    expect(cut.text).not.toContain('乙'.repeat(30));
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text).toContain('留抵退税1420亿元。');
  });
});
