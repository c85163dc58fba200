import { describe, expect, it } from 'vitest';
import { agencyCore, documentSubject, findEntities, type EntityIndex } from './entities.ts';

// As /search/entities.json holds them (counts as in the built site).
const index: EntityIndex = {
  version: 1,
  agencies: [
    ['钟祥市财政局', '市财政局', '/agencies/zhongxiang/caizhengju/', 29, 27, '钟祥市'],
    ['天门市财政局', '市财政局', '/agencies/tianmen/caizhengju/', 5, 18, '天门市'],
    ['东莞市財政局', '市财政局', '/agencies/dongguan/caizhengju/', 0, 2, '东莞市'],
    ['天门市人社局', '市人社局', '/agencies/tianmen/renshe-ju/', 9, 10, '天门市'],
  ],
  places: [
    ['钟祥市', '钟祥', '/places/zhongxiang/', 1, 173],
    ['天门市', '天门', '/places/tianmen/', 5, 257],
  ],
  documents: [
    ['市人民政府办公室关于印发天门市重污染天气应急预案的通知', '/docs/tianzhengbanfa-2023-2/', '天政办发〔2023〕2号', 72, '天门市'],
  ],
};
const fold = (s: string) => s.replace('財', '财');
const names = (terms: string[], whole = terms.join('')) => findEntities(index, terms, whole, fold).map((c) => c.name);

describe('findEntities', () => {
  it('财政局 names every 财政局, the busiest first', () => {
    expect(names(['财政局'])).toEqual(['钟祥市财政局', '天门市财政局', '东莞市財政局']);
    expect(names(['市财政局'])).toEqual(['钟祥市财政局', '天门市财政局', '东莞市財政局']);
  });
  it('a place before the agency name narrows it: 钟祥财政局, 天门市财政局', () => {
    expect(names(['钟祥财政局'])).toEqual(['钟祥市财政局']);
    expect(names(['天门市财政局'])).toEqual(['天门市财政局']);
  });
  it('gives an agency card what it leads and shares, and a place card its documents and measures', () => {
    expect(findEntities(index, ['钟祥'], '钟祥', fold)).toEqual([
      { kind: 'place', name: '钟祥市', url: '/places/zhongxiang/', documents: 1, measures: 173 },
    ]);
    expect(findEntities(index, ['钟祥市财政局'], '钟祥市财政局', fold)[0]).toEqual({
      kind: 'agency',
      name: '钟祥市财政局',
      url: '/agencies/zhongxiang/caizhengju/',
      lead: 29,
      shared: 27,
      place: '钟祥市',
    });
  });
  it('a document by four characters or more of what its title is about', () => {
    expect(names(['重污染天气应急预案'])).toEqual(['市人民政府办公室关于印发天门市重污染天气应急预案的通知']);
    expect(names(['预案'])).toEqual([]);
  });
  it('names nothing for words that are no name', () => {
    expect(names(['补贴'])).toEqual([]);
    expect(names(['局'])).toEqual([]);
  });
});

describe('names taken apart', () => {
  it('an agency without its level word, never shorter than two characters', () => {
    expect([agencyCore('市财政局'), agencyCore('区发改局'), agencyCore('市场监督管理局'), agencyCore('市委')]).toEqual([
      '财政局',
      '发改局',
      '市场监督管理局',
      '市委',
    ]);
  });
  it('a document title without the wrapping of its issuing act', () => {
    expect(documentSubject('市人民政府办公室关于印发天门市重污染天气应急预案的通知')).toBe('天门市重污染天气应急预案');
    expect(documentSubject('加快西宁市流通业发展实施意见')).toBe('加快西宁市流通业发展');
  });
});
