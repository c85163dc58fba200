import { describe, expect, it } from 'vitest';
import { foldText, foldWidth } from './fold.ts';

describe('foldText', () => {
  it('reads a traditional-character mirror as simplified, offsets unchanged', () => {
    // 責任單位 as printed by a Taiwanese mirror of a mainland 实施意见
    const printed = '（責任單位：市財政局、市人力資源社會保障局）';
    const folded = foldText(printed);
    expect(folded).toBe('(责任单位:市财政局、市人力资源社会保障局)');
    expect(folded).toHaveLength(printed.length);
  });
  it('folds full-width digits, punctuation and spaces to ASCII', () => {
    expect(foldText('最高补贴１０００元，　每人')).toBe('最高补贴1000元, 每人');
    expect(foldText('200 萬元')).toBe('200 万元');
    expect(foldText('天政發〔2023〕1號')).toBe('天政发〔2023〕1号');
  });
  it('keeps characters whose compatibility form is longer, so offsets never move', () => {
    expect(foldText('①㈠㎡')).toBe('①㈠㎡');
  });
  it('leaves simplified text and line structure alone', () => {
    const text = '一、总体要求\n\t市财政局\n';
    expect(foldText(text)).toBe(text);
  });
});

describe('foldWidth', () => {
  it('maps only full-width ASCII variants', () => {
    expect(foldWidth('（一）１０万元')).toBe('(一)10万元');
    expect(foldWidth('萬元')).toBe('萬元');
  });
});
