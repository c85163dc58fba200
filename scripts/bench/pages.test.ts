import { describe, expect, it } from 'vitest';
import { pageType } from './pages.ts';

describe('pageType', () => {
  it('tells the pages of a build apart by their permalinks', () => {
    expect(pageType('index.html')).toBe('home');
    expect(pageType('docs/tianzhengbanfa-2023-1/index.html')).toBe('document');
    expect(pageType('docs/tianzhengbanfa-2023-1/2-24/index.html')).toBe('measure');
    expect(pageType('docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-28/index.html')).toBe('policy');
    expect(pageType('agencies/tianmen/caizhengju/index.html')).toBe('agency');
    expect(pageType('places/tianmen/index.html')).toBe('place');
    expect(pageType('agencies/index.html')).toBe('list');
  });
  it('counts every Pagefind bundle of a large build as search index', () => {
    expect(pageType('pagefind/pagefind.js')).toBe('pagefind');
    expect(pageType('pagefind-3/fragment/zh-cn_01ad982.pf_fragment')).toBe('pagefind');
    expect(pageType('search/amounts.json')).toBe('search-side');
    expect(pageType('sitemap-1.xml')).toBe('sitemap');
  });
});
