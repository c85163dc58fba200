import { describe, expect, it } from 'vitest';
import { textSimilarity, wordingVerdict } from './similarity.ts';

describe('textSimilarity', () => {
  it('is 1 for 钟祥 143 and 荆门 136, which print the same sentence', () => {
    const s = '支持职工租房解决住房困难。租房提取每户上限从12000元/年提高到18000元/年，缴存人提供本人及配偶在本市无房产的证明即可申办。';
    expect(textSimilarity(s, s)).toBe(1);
  });
  it('ignores punctuation and spacing differences (line 32 vs 30: “分批分次、 分级分类”)', () => {
    expect(textSimilarity('紧盯时间节点，分批分次、 分级分类稳妥实施', '紧盯时间节点,分批分次、分级分类稳妥实施')).toBe(1);
  });
  it('is high but below 1 when only a place name changes', () => {
    const s = textSimilarity(
      '推动有条件的地方对支小支农担保业务保费给予阶段性补贴。',
      '推动有条件的市州对支小支农担保业务保费给予阶段性补贴。',
    );
    expect(s).toBeGreaterThan(0.85);
    expect(s).toBeLessThan(1);
    expect(wordingVerdict(s)).toBe('near-identical');
  });
  it('is low for different measures', () => {
    const s = textSimilarity('强化内部培训，通过以会代训、“传帮带”相结合的方式', '建立存量资金定期清理统筹机制，每年财政年终决算');
    expect(s).toBeLessThan(0.2);
    expect(wordingVerdict(s)).toBe('own');
  });
  it('is 0 when one side is empty', () => {
    expect(textSimilarity('', '文字')).toBe(0);
  });
});
