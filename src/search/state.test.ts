import { describe, expect, it } from 'vitest';
import { sameState, searchHref, stateFromParams, stateToSearch, usesLegacyParams, withFilter, withLiteral, withQuery } from './state.ts';

describe('search state in the URL', () => {
  it('reads q, the facets and the sort', () => {
    const s = stateFromParams(
      new URLSearchParams('q=%E8%A1%A5%E8%B4%B4++1000%E5%85%83&place=%E5%A4%A9%E9%97%A8%E5%B8%82&sort=amount-desc&x=1'),
    );
    expect(s).toEqual({ q: '补贴 1000元', filters: { place: '天门市' }, sort: 'amount-desc' });
  });
  it('ignores unknown sorts, empty values and amount values other than yes / no', () => {
    expect(stateFromParams(new URLSearchParams('q=&sort=price&place=&amount=maybe'))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
  it('writes a stable, ASCII-named query string, defaults left out, and reads it back', () => {
    const s = { q: '稳岗返还', filters: { amount: 'yes', place: '钟祥市' }, sort: 'relevance' as const };
    const search = stateToSearch(s);
    expect(search).toBe(`?q=${encodeURIComponent('稳岗返还')}&place=${encodeURIComponent('钟祥市')}&amount=yes`);
    expect(stateFromParams(new URLSearchParams(search))).toEqual(s);
    expect(stateToSearch({ q: '', filters: {}, sort: 'relevance' })).toBe('');
    expect(searchHref({ q: '', filters: { doc: '通知' }, sort: 'amount-asc' })).toBe(
      `/search/?doc=${encodeURIComponent('通知')}&sort=amount-asc`,
    );
  });
  it('compares states by their URL and sets or clears one facet', () => {
    const a = { q: 'x', filters: { place: '天门市' }, sort: 'relevance' as const };
    expect(sameState(a, { ...a, filters: { place: '天门市' } })).toBe(true);
    expect(withFilter(a, 'place', undefined).filters).toEqual({});
    expect(withFilter(a, 'amount', 'yes').filters).toEqual({ place: '天门市', amount: 'yes' });
    expect(a.filters).toEqual({ place: '天门市' });
  });
});

describe('links shared before the parameter names were ASCII', () => {
  // A link as it was shared in 2025, percent-encoded by the browser: /search/?q=补贴&地区=天门市
  const old = '?q=%E8%A1%A5%E8%B4%B4&%E5%9C%B0%E5%8C%BA=%E5%A4%A9%E9%97%A8%E5%B8%82';
  it('are read as the same search', () => {
    expect(stateFromParams(new URLSearchParams(old))).toEqual({ q: '补贴', filters: { place: '天门市' }, sort: 'relevance' });
    expect(stateFromParams(new URLSearchParams('文件=通知&牵头单位=市财政局&完成时限=2022年12月&金额=有金额')).filters).toEqual({
      doc: '通知',
      lead: '市财政局',
      deadline: '2022年12月',
      amount: 'yes',
    });
    expect(stateFromParams(new URLSearchParams('金额=无金额')).filters).toEqual({ amount: 'no' });
  });
  it('are recognised, so the page can rewrite them to the ASCII form', () => {
    expect(usesLegacyParams(new URLSearchParams(old))).toBe(true);
    expect(stateToSearch(stateFromParams(new URLSearchParams(old)))).toBe(
      `?q=${encodeURIComponent('补贴')}&place=${encodeURIComponent('天门市')}`,
    );
    expect(usesLegacyParams(new URLSearchParams('q=补贴&place=天门市'))).toBe(false);
  });
  it('give way to the ASCII name when a link has both', () => {
    expect(stateFromParams(new URLSearchParams('place=钟祥市&地区=天门市')).filters).toEqual({ place: '钟祥市' });
  });
});

describe('words taken literally', () => {
  it('live in the URL, one literal= per word, after the rest, and are read back', () => {
    const s = withLiteral({ q: '空气污染 预警', filters: {}, sort: 'relevance' }, '空气污染');
    expect(stateToSearch(s)).toBe(
      `?${new URLSearchParams([
        ['q', '空气污染 预警'],
        ['literal', '空气污染'],
      ])}`,
    );
    expect(stateFromParams(new URLSearchParams(stateToSearch(withLiteral(s, '预警'))))).toEqual({
      q: '空气污染 预警',
      filters: {},
      sort: 'relevance',
      literal: ['空气污染', '预警'],
    });
    expect(withLiteral(s, '空气污染').literal).toEqual(['空气污染']);
  });
  it('belong to their query: a new query forgets them, and the rest of the state stays', () => {
    const s = withLiteral({ q: '空气污染', filters: { place: '天门市' }, sort: 'relevance' }, '空气污染');
    expect(withQuery(s, '雾霾')).toEqual({ q: '雾霾', filters: { place: '天门市' }, sort: 'relevance' });
  });
});
