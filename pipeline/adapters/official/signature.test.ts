import { describe, expect, it } from 'vitest';
import { findSignature, isSignerLine, looksLikeBodyName } from './signature.ts';

const items = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('signature', () => {
  it('recognises signing bodies and agency names', () => {
    expect(isSignerLine('天门市人民政府')).toBe(true);
    expect(isSignerLine('天门市人民政府办公室')).toBe(true);
    expect(isSignerLine('常州市钟楼区人民政府')).toBe(true);
    expect(isSignerLine('本意见自发布之日起实施。')).toBe(false);
    expect(looksLikeBodyName('市生态环境局')).toBe(true);
    expect(looksLikeBodyName('天门经济开发区')).toBe(true);
    expect(looksLikeBodyName('各乡镇办场')).toBe(true);
    expect(looksLikeBodyName('依法对以下行为进行查处')).toBe(false);
    expect(looksLikeBodyName('指挥机构成员单位')).toBe(false);
    expect(looksLikeBodyName('工作')).toBe(false);
  });
  it('finds a signature: bodies then a date; a repeated date line belongs to it (运城)', () => {
    const r = findSignature(items('请认真组织实施。', '运城市人民政府办公厅', '2017年4月13日', '2017年4月13日', '附件'), 0, 5);
    expect(r.signature).toMatchObject({ at: 1, dateAt: 3 });
  });
  it('tells a bare date from a signature', () => {
    expect(findSignature(items('正文。', '2023年1月6日'), 0, 2)).toEqual({ signature: null, bareDate: 1 });
  });
});
