import { describe, expect, it } from 'vitest';
import { inlinePairs, isChromeText, pageDate, pageLabel } from './pageInfo.ts';

describe('page information', () => {
  it('knows labels however they are spaced', () => {
    expect(pageLabel('索\u00a0引\u00a0号')).toBe('索引号');
    expect(pageLabel('索 引 号：')).toBe('索引号');
    expect(pageLabel('公开责任部门')).toBe('公开责任部门');
    expect(pageLabel('责任单位:')).toBeNull();
  });
  it('splits a line of label/value pairs', () => {
    expect(inlinePairs('来源:\u00a0\u00a0\u00a0作者:\u00a0\u00a0\u00a0编辑:徐可')).toEqual([
      { label: '来源', value: '' },
      { label: '作者', value: '' },
      { label: '编辑', value: '徐可' },
    ]);
    expect(inlinePairs('发布时间:2025-03-28 16:00')).toEqual([{ label: '发布时间', value: '2025-03-28 16:00' }]);
    expect(inlinePairs('牵头单位:区发改局')).toBeNull();
  });
  it('reads dates as the page prints them', () => {
    expect(pageDate('2022年09月14日')).toBe('2022-09-14');
    expect(pageDate('2025-03-28 16:00')).toBe('2025-03-28');
    expect(pageDate('有效')).toBeNull();
  });
  it('knows page widgets, never a sentence that mentions them', () => {
    expect(isChromeText('【打印】【关闭】')).toBe(true);
    expect(isChromeText('【返回顶部】【关闭本页】')).toBe(true);
    expect(isChromeText('返 回')).toBe(true);
    expect(isChromeText('扫一扫在手机打开当前页')).toBe(true);
    expect(isChromeText('打印并关闭窗口后报送')).toBe(false);
  });
});
