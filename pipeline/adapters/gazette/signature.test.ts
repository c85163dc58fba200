import { describe, expect, it } from 'vitest';
import { isSignerLine, looksLikeBodyName, parseDateLine } from './signature.ts';

describe('signature', () => {
  it('reads dates standing alone, in digits or Chinese numerals', () => {
    expect(parseDateLine('2023年1月6日')).toEqual({ iso: '2023-01-06', raw: '2023年1月6日' });
    expect(parseDateLine('  2023年 2月 24日 ')?.iso).toBe('2023-02-24');
    expect(parseDateLine('二〇二四年三月十二日')?.iso).toBe('2024-03-12');
    expect(parseDateLine('２０２４年１２月３１日')?.iso).toBe('2024-12-31');
  });
  it('keeps an impossible date as raw text with no ISO form', () => {
    expect(parseDateLine('2023年2月30日')).toEqual({ iso: null, raw: '2023年2月30日' });
  });
  it('does not take sentences with dates for date lines', () => {
    expect(parseDateLine('对2023年1月1日至3月31日期间进城购买商品住房对象')).toBeNull();
    expect(parseDateLine('发布时间:2023-03-31 10:21')).toBeNull();
  });
  it('recognises signing bodies and agency names', () => {
    expect(isSignerLine('天门市人民政府')).toBe(true);
    expect(isSignerLine('天门市人民政府办公室')).toBe(true);
    expect(isSignerLine('本意见自发布之日起实施。')).toBe(false);
    expect(looksLikeBodyName('市生态环境局')).toBe(true);
    expect(looksLikeBodyName('天门经济开发区')).toBe(true);
    expect(looksLikeBodyName('各乡镇办场')).toBe(true);
    expect(looksLikeBodyName('依法对以下行为进行查处')).toBe(false);
    expect(looksLikeBodyName('指挥机构成员单位')).toBe(false);
    expect(looksLikeBodyName('工作')).toBe(false);
  });
});
