import { describe, expect, it } from 'vitest';
import { footerStart, isChromeLine, titleKey, toRanges, tocEntries } from './furniture.ts';

describe('web-page furniture', () => {
  it('recognises page chrome only as whole lines', () => {
    expect(isChromeLine('打印 关闭')).toBe(true);
    expect(isChromeLine('【打印】【关闭】')).toBe(true);
    expect(isChromeLine('扫一扫在手机上查看当前页面')).toBe(true);
    expect(isChromeLine('【市政府办公室文件】')).toBe(true);
    expect(isChromeLine('请打印后关闭窗口。')).toBe(false);
    expect(isChromeLine('')).toBe(false);
  });
  it('never takes a line of text that starts like chrome for chrome', () => {
    expect(isChromeLine('扫一扫二维码即可在线申报')).toBe(false);
    expect(isChromeLine('扫一扫二维码即可在线申报，申报截止时间为2023年6月30日。')).toBe(false);
    expect(isChromeLine('相关文件精神，结合我市实际')).toBe(false);
    expect(isChromeLine('相关文件：')).toBe(true);
    expect(isChromeLine('上一篇：天门市人民政府关于公布行政规范性文件清理结果的决定')).toBe(true);
    expect(isChromeLine('责任编辑：张三')).toBe(true);
    expect(isChromeLine('责任编辑要对稿件的真实性负责。')).toBe(false);
  });

  it('finds the footer: trailing chrome, blanks and an empty 附件 widget', () => {
    const lines = ['正文。', '', '附件:', '', '扫一扫在手机上查看当前页面', '', '打印 关闭'];
    expect(footerStart(lines, 0)).toBe(2);
    expect(footerStart(['正文。', '附件:', '1.某某方案'], 0)).toBe(3);
  });

  it('lists table-of-contents entries without section banners', () => {
    const lines = [
      '目 录',
      '',
      '【市政府文件】',
      '  市人民政府关于某事的意见',
      '',
      '  市人民政府办公室关于某事的通知',
      '天政发〔2023〕1号',
    ];
    expect(tocEntries(lines, 0, 6)).toEqual({
      marker: 1,
      entries: [
        { line: 4, text: '市人民政府关于某事的意见' },
        { line: 6, text: '市人民政府办公室关于某事的通知' },
      ],
    });
  });

  it('compares titles ignoring spacing and quotation marks', () => {
    expect(titleKey('关于印发 2023 年全市 稳预期、扩内需 工作方案的通知')).toBe(
      titleKey('关于印发2023年全市“稳预期、扩内需”工作方案的通知'),
    );
  });

  it('merges line numbers into ranges across blank lines only', () => {
    expect(toRanges([1, 2, 4, 7], ['a', 'b', '', 'c', 'x', '', 'd'])).toEqual([
      [1, 4],
      [7, 7],
    ]);
  });
});
