import { describe, expect, it } from 'vitest';
import { formatDeadline, formatYuan, highlightAmounts, measureHeading } from './format.ts';

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
    expect(measureHeading({ label: '（七）', title: '降低物流成本', text: '(七)降低物流成本。对服装电商企业…' })).toBe('（七） 降低物流成本');
  });
  it('falls back to the leading clause without the printed number', () => {
    expect(measureHeading({ label: '（4）', title: null, text: '(4)市财政局:负责按照财政预算为各项应急措施的实施提供必要的资金保障' })).toBe('（4） 市财政局');
    expect(measureHeading({ label: '钟祥市第1项', title: null, text: '强化内部培训，通过以会代训、“传帮带”相结合的方式' })).toBe('钟祥市第1项 强化内部培训');
  });
});
