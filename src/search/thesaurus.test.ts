import { describe, expect, it } from 'vitest';
import { Thesaurus, thesaurusSide } from './thesaurus.ts';

const side = thesaurusSide(
  [
    { official: '农村公路', everyday: ['村道', '村里修路'] },
    { official: '交通基础设施', everyday: ['修路', '修桥'] },
    { official: '重污染天气', everyday: ['空气污染', '雾霾'] },
    { official: '失业保险金', everyday: ['失业金'] },
  ],
  // Pages holding each word, as counted over the published texts: 失业保险金 is on none.
  (w) => ({ 农村公路: 1, 交通基础设施: 3, 重污染天气: 53, 空气污染: 1 })[w] ?? 0,
);

describe('thesaurusSide', () => {
  it('ships the entries whose official term some page holds, and how many pages print each everyday word', () => {
    expect(side).toEqual({
      terms: ['农村公路 村道 村里修路', '交通基础设施 修路 修桥', '重污染天气 空气污染 雾霾'],
      printed: { 空气污染: 1 },
    });
  });
});

describe('Thesaurus.matchAt', () => {
  const t = new Thesaurus(side);
  it('takes the longest everyday word starting there: 村里修路 before 修路', () => {
    expect(t.matchAt('村里修路', 0)).toEqual({ everyday: '村里修路', official: '农村公路', pages: 0 });
    expect(t.matchAt('马上修路', 2)).toEqual({ everyday: '修路', official: '交通基础设施', pages: 0 });
    expect(t.matchAt('马上修路', 0)).toBeNull();
  });
  it('says how many pages print the everyday word itself', () => {
    expect(t.matchAt('空气污染', 0)?.pages).toBe(1);
  });
  it('skips words the reader asked to take literally', () => {
    expect(t.matchAt('村里修路', 0, new Set(['村里修路']))).toBeNull();
    expect(t.matchAt('失业金', 0)).toBeNull();
  });
});
