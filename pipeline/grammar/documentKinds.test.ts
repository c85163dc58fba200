import { describe, expect, it } from 'vitest';
import { genreOf, isTitleLike, kindOfTitle } from './documentKinds.ts';

describe('kindOfTitle', () => {
  it('reads the genre word of titles from several provinces', () => {
    expect(kindOfTitle('市人民政府关于支持纺织服装产业高质量发展的若干意见')).toBe('opinion');
    expect(kindOfTitle('市人民政府办公室关于印发天门市重污染天气应急预案的通知')).toBe('notice');
    expect(kindOfTitle('天门市重污染天气应急预案')).toBe('contingency-plan');
    expect(kindOfTitle('2025年开发区重点工作及责任清单')).toBe('worklist');
    expect(kindOfTitle('关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则')).toBe('rules');
    expect(kindOfTitle('韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)')).toBe('measures');
    expect(kindOfTitle('鹹陽市2022年深化“放管服”改革最佳化營商環境工作要點')).toBe('points');
    expect(kindOfTitle('2022年《政府工作报告》主要目标任务责任分解表')).toBe('worklist');
    expect(kindOfTitle('第一章 总则')).toBe('other');
  });
  it('reads a title printed in 《》 (淮安)', () => {
    expect(genreOf('《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》')).toBe('实施细则');
  });
});

describe('isTitleLike', () => {
  it('accepts titles, not sentences', () => {
    expect(isTitleLike('市人民政府办公室关于印发天门市重污染天气应急预案的通知')).toBe(true);
    expect(isTitleLike('现将有关事项通知如下。')).toBe(false);
    expect(isTitleLike('加快推进项目建设')).toBe(false);
  });
});
