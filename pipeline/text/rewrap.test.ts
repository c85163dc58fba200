import { describe, expect, it } from 'vitest';
import { joinWrapped, wrapWidth } from './rewrap.ts';

describe('joinWrapped', () => {
  it('joins a figure and a name broken across lines (霍山 清单, 怀化 方案)', () => {
    expect(joinWrapped('力争全年盘活僵尸企业10家,盘活存量土地400\n亩。')).toBe('力争全年盘活僵尸企业10家,盘活存量土地400亩。');
    expect(joinWrapped('安排3000\n萬元消费券')).toBe('安排3000萬元消费券');
  });
  it('keeps breaks after a sentence, before a numbered item and before a label line', () => {
    expect(joinWrapped('一、总体要求\n1.加快建设。\n牵头单位:区发改局')).toBe('一、总体要求\n1.加快建设。\n牵头单位:区发改局');
  });
});

describe('wrapWidth', () => {
  it('finds the width of a fixed-width text and nothing in one-paragraph-per-line text', () => {
    const wrapped = [
      '这是一段被固定宽度截断的政策文字内容第一行',
      '这是一段被固定宽度截断的政策文字内容第二行',
      '这是一段被固定宽度截断的政策文字内容第三行',
      '这是一段被固定宽度截断的政策文字内容第四行',
      '这是一段被固定宽度截断的政策文字内容第五行',
      '完。',
    ];
    expect(wrapWidth([...wrapped, ...wrapped])).toBe(21);
    expect(wrapWidth(['一、总体要求', '1.加快建设项目审批，完善服务。', '2.推进改革，提高效率，优化营商环境。'])).toBeNull();
  });
});
