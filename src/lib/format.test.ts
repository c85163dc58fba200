import { describe, expect, it } from 'vitest';
import {
  formatDeadline,
  formatAmount,
  amountNotes,
  formatYuan,
  distinctHeading,
  highlightAmounts,
  lineRange,
  measureHeading,
  yuanNote,
  wordingNote,
} from './format.ts';

describe('highlightAmounts', () => {
  it('marks the printed figures at their offsets', () => {
    const text = '按实际发货量每单补贴0.2元(不含口罩等纺织品)';
    const offset = text.indexOf('0.2元');
    expect(highlightAmounts(text, [{ figure: '0.2元', offset }])).toEqual([
      { text: '按实际发货量每单补贴', amount: false },
      { text: '0.2元', amount: true },
      { text: '(不含口罩等纺织品)', amount: false },
    ]);
  });
  it('ignores an offset that does not point at its figure rather than marking the wrong text', () => {
    expect(highlightAmounts('补贴500元', [{ figure: '500元', offset: 0 }])).toEqual([{ text: '补贴500元', amount: false }]);
  });
});

describe('formatYuan / formatDeadline', () => {
  it('formats yuan with Chinese units', () => {
    expect(formatYuan(1.64e12)).toBe('1.64万亿元');
    expect(formatYuan(2e8)).toBe('2亿元');
    expect(formatYuan(50000)).toBe('5万元');
    expect(formatYuan(0.2)).toBe('0.2元');
  });
  it('formats deadlines for readers', () => {
    expect(formatDeadline({ raw: '2022年12月', normalized: '2022-12' })).toBe('2022年12月');
    expect(formatDeadline({ raw: '持续\n推进', normalized: 'ongoing' })).toBe('持续推进');
    expect(formatDeadline(null)).toBe('未写明');
  });
});

describe('measureHeading', () => {
  it('uses the printed title when there is one', () => {
    expect(measureHeading({ label: '（七）', title: '降低物流成本', text: '(七)降低物流成本。对服装电商企业…' })).toBe(
      '（七） 降低物流成本',
    );
  });
  it('falls back to the leading clause without the printed number', () => {
    expect(
      measureHeading({ label: '（4）', title: null, text: '(4)市财政局:负责按照财政预算为各项应急措施的实施提供必要的资金保障' }),
    ).toBe('（4） 市财政局');
    expect(measureHeading({ label: '钟祥市第1项', title: null, text: '强化内部培训，通过以会代训、“传帮带”相结合的方式' })).toBe(
      '钟祥市第1项 强化内部培训',
    );
  });
});

describe('lineRange', () => {
  it('names a single line once and a range with an en dash', () => {
    expect(lineRange([71, 71])).toBe('第71行');
    expect(lineRange([14, 25])).toBe('第14–25行');
  });
});

describe('distinctHeading', () => {
  const m = (id: string, title: string | null, section: string | null, line: number) => ({
    id,
    label: '（2）',
    title,
    text: '(2)内容',
    section: section ? { number: '1', title: section, anchor: '1' } : null,
    source: { file: 'f', originalFile: 'f', lines: [line, line] as [number, number] },
  });
  it('leaves a heading alone when no sibling shares it', () => {
    const a = m('a', '建议性减排措施', 'Ⅱ级响应措施', 10);
    expect(distinctHeading(a, [a, m('b', '强制性污染减排措施', 'Ⅱ级响应措施', 20)])).toBe('（2） 建议性减排措施');
  });
  it('adds the section, then the source line, when siblings share the heading', () => {
    const a = m('a', '建议性减排措施', 'Ⅱ级响应措施', 10);
    expect(distinctHeading(a, [a, m('b', '建议性减排措施', 'Ⅰ级响应措施', 20)])).toBe('（2） 建议性减排措施（Ⅱ级响应措施）');
    expect(distinctHeading(a, [a, m('b', '建议性减排措施', 'Ⅱ级响应措施', 20)])).toBe('（2） 建议性减排措施（Ⅱ级响应措施，第10行）');
  });
});

describe('yuanNote', () => {
  const cny = (figure: string, yuan: number, valueMax: number | null = null) => ({ figure, yuan, valueMax, currency: 'CNY' as const });
  it('explains a figure only when the plain amount reads differently', () => {
    expect(yuanNote(cny('0.2元', 0.2))).toBeNull();
    expect(yuanNote(cny('100 万元', 1e6))).toBeNull();
    expect(yuanNote(cny('千万元', 1e7))).toBe('1000万元');
    expect(yuanNote(cny('10000元', 1e4))).toBe('1万元');
    expect(yuanNote(cny('1亿元至10亿元', 1e8, 1e9))).toBeNull();
    expect(yuanNote({ figure: '3000万美元', yuan: null, valueMax: null, currency: 'USD' })).toBeNull();
  });
});

describe('formatAmount / amountNotes', () => {
  it('writes each currency in its own unit, never as 元', () => {
    expect(formatAmount(3e6, 'USD')).toBe('300万美元');
    expect(formatAmount(2960, 'HKD')).toBe('2960港元');
    expect(formatAmount(1.771e10, 'TWD')).toBe('177.1亿新台币');
    expect(formatAmount(5, 'GBP')).toBe('5英镑');
  });
  it('names the kind, a foreign currency and a vague floor in Chinese', () => {
    expect(amountNotes({ kind: 'subsidy', currency: 'CNY', vague: false, value: 1600 })).toEqual(['补贴/奖励']);
    expect(amountNotes({ kind: 'threshold', currency: 'USD', vague: false, value: 3e6 })).toEqual(['门槛', '美元']);
    expect(amountNotes({ kind: 'unknown', currency: 'CNY', vague: true, value: 1e5 })).toEqual(['未判定', '概数，不少于10万元']);
  });
});

describe('wordingNote', () => {
  it('says plainly whether the local text copies the level above', () => {
    expect(wordingNote({ comparedWith: 'jingmen', number: '136', similarity: 1, verdict: 'identical' }, '荆门市')).toBe(
      '与上一级（荆门市第136项）原文完全相同',
    );
    expect(wordingNote({ comparedWith: 'jingmen', number: '7', similarity: 0.923, verdict: 'near-identical' }, '荆门市')).toBe(
      '与上一级（荆门市第7项）原文基本相同（文字重合 92%）',
    );
  });
});
