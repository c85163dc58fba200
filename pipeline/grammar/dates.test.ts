import { describe, expect, it } from 'vitest';
import { checkIsoDate, findDate, parseDateLine } from './dates.ts';

describe('parseDateLine', () => {
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
});

describe('findDate', () => {
  it('finds a page date in digits (沙坪坝: 发布日期:2022-01-21)', () => {
    expect(findDate('发布日期:2022-01-21')).toEqual({ iso: '2022-01-21', raw: '2022-01-21' });
    expect(findDate('成文日期：2023年05月06日')?.iso).toBe('2023-05-06');
  });
  it('finds nothing in a run of digits', () => expect(findDate('2022121日')).toBeNull());
});

describe('checkIsoDate', () => {
  it('rejects a manifest date that does not exist', () => {
    expect(checkIsoDate('2023-13-45')).toBe(false);
    expect(checkIsoDate('2023-02-29')).toBe(false);
    expect(checkIsoDate('2024-02-29')).toBe(true);
    expect(checkIsoDate('2022')).toBe(true);
  });
});
