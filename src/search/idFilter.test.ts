import { describe, expect, it } from 'vitest';
import { measureCarriesId } from './idFilter.ts';

describe('measureCarriesId', () => {
  it('marks the measures an id-restricted search can ask for, and no other', () => {
    // A measure citing a 文号 is found by that 文号.
    expect(measureCarriesId({ text: '按照《天门市人民政府关于印发…的通知》(天政发〔2023〕1号)要求' })).toBe(true);
    // 天门: 按500元/人的标准 — an amount, found by 补贴 500元 through the amount index, not by id.
    expect(measureCarriesId({ text: '在同一企业工作满6个月按500元/人的标准给予推荐者补贴' })).toBe(false);
    expect(measureCarriesId({ text: '加强统筹协调，市财政局负责资金保障。' })).toBe(false);
  });
});
