import { describe, expect, it } from 'vitest';
import { wenhaoSlug, toSlug } from './ids.ts';

describe('permalink slugs', () => {
  it('derives a document slug from its 文号', () => {
    expect(wenhaoSlug('天政办发〔2023〕1号')).toBe('tianzhengbanfa-2023-1');
    expect(wenhaoSlug('天政发〔2023〕1号')).toBe('tianzhengfa-2023-1');
    expect(wenhaoSlug('荆政办发〔2021〕37号')).toBe('jingzhengbanfa-2021-37');
  });
  it('refuses a malformed 文号 rather than guessing', () => {
    expect(wenhaoSlug('天政发〔20231')).toBeNull();
  });
  it('makes ASCII, lowercase slugs from Chinese', () => {
    expect(toSlug('钟祥市')).toBe('zhongxiangshi');
  });
});
