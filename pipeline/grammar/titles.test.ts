import { describe, expect, it } from 'vitest';
import { titleWithPlace } from './titles.ts';

const tianmen = { name: '天门市' };

describe('titleWithPlace', () => {
  it('gives the gazette’s titles their place (天门市人民政府公报 2023年第1号)', () => {
    expect(titleWithPlace('市人民政府关于支持纺织服装产业高质量发展的若干意见', tianmen)).toBe(
      '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
    );
    expect(titleWithPlace('市人民政府办公室关于印发天门市重污染天气应急预案的通知', tianmen)).toBe(
      '天门市人民政府办公室关于印发天门市重污染天气应急预案的通知',
    );
    expect(titleWithPlace('区人民政府关于印发某方案的通知', { name: '立山区' })).toBe('立山区人民政府关于印发某方案的通知');
    expect(titleWithPlace('縣政府辦公室關於某事的通知', { name: '霍山县' })).toBe('霍山縣政府辦公室關於某事的通知');
  });
  it('keeps a title that names its place, or whose rank word is not the place’s', () => {
    expect(titleWithPlace('立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知', { name: '立山区' })).toBe(
      '立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知',
    );
    expect(titleWithPlace('市人民政府关于某事的通知', { name: '立山区' })).toBe('市人民政府关于某事的通知');
    expect(titleWithPlace('市场监管局关于某事的通知', tianmen)).toBe('市场监管局关于某事的通知');
    expect(titleWithPlace('2025年开发区重点工作及责任清单', { name: '霍山县' })).toBe('2025年开发区重点工作及责任清单');
  });
});
