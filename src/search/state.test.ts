import { describe, expect, it } from 'vitest';
import { sameState, stateFromParams, stateToSearch, withFilter } from './state.ts';

describe('search state in the URL', () => {
  it('reads q, the facets and the sort', () => {
    const s = stateFromParams(
      new URLSearchParams('q=%E8%A1%A5%E8%B4%B4++1000%E5%85%83&%E5%9C%B0%E5%8C%BA=%E5%A4%A9%E9%97%A8%E5%B8%82&sort=amount-desc&x=1'),
    );
    expect(s).toEqual({ q: '补贴 1000元', filters: { 地区: '天门市' }, sort: 'amount-desc' });
  });
  it('ignores unknown sorts and empty values', () => {
    expect(stateFromParams(new URLSearchParams('q=&sort=price&地区='))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
  it('writes a stable query string, defaults left out, and reads it back', () => {
    const s = { q: '稳岗返还', filters: { 金额: '有金额', 地区: '钟祥市' }, sort: 'relevance' as const };
    const search = stateToSearch(s);
    expect(search).toBe(
      `?q=${encodeURIComponent('稳岗返还')}&${encodeURIComponent('地区')}=${encodeURIComponent('钟祥市')}&${encodeURIComponent('金额')}=${encodeURIComponent('有金额')}`,
    );
    expect(stateFromParams(new URLSearchParams(search))).toEqual(s);
    expect(stateToSearch({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('compares states by their URL and sets or clears one facet', () => {
    const a = { q: 'x', filters: { 地区: '天门市' }, sort: 'relevance' as const };
    expect(sameState(a, { ...a, filters: { 地区: '天门市' } })).toBe(true);
    expect(withFilter(a, '地区', undefined).filters).toEqual({});
    expect(withFilter(a, '金额', '有金额').filters).toEqual({ 地区: '天门市', 金额: '有金额' });
    expect(a.filters).toEqual({ 地区: '天门市' });
  });
});
