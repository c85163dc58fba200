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
  citation,
  citationParts,
  citedPart,
  issueLabel,
  formatDate,
  printedDiffers,
  splitHeading,
  validityLine,
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

describe('citation (GB/T 7714-2015, electronic official document, item level)', () => {
  const textile = {
    fullTitle: '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
    wenhao: '天政发〔2023〕1号',
    issuer: '天门市人民政府',
    date: '2023-01-06',
    originalUrl: null,
  };
  const issue = { name: '天门市人民政府公报', title: '天门市人民政府公报2023第1号(总号:44)', year: 2023, number: 1, total: 44 };
  const item7 = { label: '（七）', policy: null, section: { number: '二', title: '强化要素保障', anchor: '2', label: '二、' } };
  it('cites item (七) of the textile opinion with its issuer, 文号, part, gazette, date, permalink and 引用日期', () => {
    expect(
      citation(item7, { doc: textile, issue, permalink: 'https://example.org/docs/tianzhengfa-2023-1/2-7/', cited: '2026-11-25' }),
    ).toBe(
      '天门市人民政府. 《天门市人民政府关于支持纺织服装产业高质量发展的若干意见》（天政发〔2023〕1号）第二部分第（七）条[A/OL]. 载《天门市人民政府公报》2023年第1号（总第44号）. 2023-01-06. https://example.org/docs/tianzhengfa-2023-1/2-7/（引用日期：2026-11-25）',
    );
  });
  it('cites where the document was published when the manifest names its URL (韶府〔2019〕31号)', () => {
    const shaoguan = {
      fullTitle: '韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知',
      wenhao: '韶府〔2019〕31号',
      issuer: '韶关市人民政府',
      date: '2019-08-16',
      originalUrl: 'http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html',
    };
    const item = { label: '1.', policy: null, section: { number: '一', title: '降低企業稅收負擔', anchor: '1-1', label: '（一）' } };
    expect(
      citation(item, { doc: shaoguan, issue: null, permalink: 'https://example.org/docs/shaofu-2019-31/1-1-1/', cited: '2026-11-25' }),
    ).toBe(
      '韶关市人民政府. 《韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知》（韶府〔2019〕31号）第（一）条第1项[A/OL]. 2019-08-16. http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html（引用日期：2026-11-25）',
    );
  });
  it('names the part of the document as it is printed', () => {
    expect(citedPart({ label: '三、', policy: null, section: null })).toBe('第三部分');
    expect(citedPart({ label: '5.', policy: null, section: { number: '一', title: '', anchor: '1', label: '一、' } })).toBe(
      '第一部分第5条',
    );
    expect(citedPart({ label: '（2）', policy: null, section: { number: '4.2.3', title: '', anchor: '4-2-3', label: '4.2.3' } })).toBe(
      '第4.2.3条第（2）项',
    );
    expect(citedPart({ label: '钟祥市第144项', policy: { number: '31', title: '', url: '' }, section: null })).toBe('钟祥市第144项');
  });
  it('keeps the 引用日期 apart, for the reader’s browser to fill in', () => {
    const parts = citationParts(item7, { doc: textile, issue: null, permalink: 'https://example.org/x/', cited: '2026-11-25' });
    expect(parts.cited).toBe('2026-11-25');
    expect(parts.after).toBe('）');
    expect(parts.before.endsWith('https://example.org/x/（引用日期：')).toBe(true);
  });
});

describe('issueLabel / formatDate', () => {
  it('writes a gazette issue and a date as readers cite them', () => {
    expect(issueLabel({ title: '天门市人民政府公报2023第1号(总号:44)', year: 2023, number: 1, total: 44 })).toBe('2023年第1号（总第44号）');
    expect(issueLabel({ title: '某公报', year: null, number: null, total: null })).toBe('某公报');
    expect(formatDate('2026-01-06')).toBe('2026年1月6日');
  });
});

describe('printedDiffers', () => {
  it('tells a cell whose 等 the linked names would lose (钟祥市第144项: 市发改局、市公安局等)', () => {
    expect(printedDiffers('市发改局、市公安局等', ['市发改局', '市公安局'])).toBe(true);
    expect(printedDiffers('市交通局', ['市交通运输局'])).toBe(true);
    expect(printedDiffers('市财政局\n市住建局', ['市财政局', '市住建局'])).toBe(false);
    expect(printedDiffers(null, [])).toBe(false);
  });
});

describe('splitHeading', () => {
  it('renders the textile opinion’s section 四 as a short heading and its paragraph', () => {
    const printed = '四、鼓励集聚发展\n鼓励服装生产加工类企业…入驻国投产业园集聚发展。具备以下条件之一的可以入驻';
    expect(splitHeading(printed)).toEqual({
      heading: '四、鼓励集聚发展',
      rest: '鼓励服装生产加工类企业…入驻国投产业园集聚发展。具备以下条件之一的可以入驻',
    });
  });
  it('splits a long one-line section after its first short sentence, and keeps a short one whole', () => {
    expect(
      splitHeading('(一)全力增强信心稳预期。着力解决信心不足、民间投资意愿不强等问题,切实稳定市场主体预期。(牵头单位:市经信局)'),
    ).toEqual({
      heading: '(一)全力增强信心稳预期。',
      rest: '着力解决信心不足、民间投资意愿不强等问题,切实稳定市场主体预期。(牵头单位:市经信局)',
    });
    expect(splitHeading('一、加强资金支持')).toEqual({ heading: '一、加强资金支持', rest: '' });
  });
});

describe('validityLine', () => {
  it('gives a search card its status and end date, and nothing when nothing is stated', () => {
    expect(validityLine({ stated: 'document', status: 'expired', until: '2026-01-06' })).toBe('已到期 · 有效期至2026年1月6日');
    expect(validityLine({ stated: 'document', status: 'unstated', until: null })).toBe('未写明');
    expect(validityLine({ stated: 'none', status: 'unstated', until: null })).toBe('');
  });
});
