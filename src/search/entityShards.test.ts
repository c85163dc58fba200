import { describe, expect, it } from 'vitest';
import { findEntities, type EntityIndex } from './entities.ts';
import { agencyShards, joinEntities, queryShards, shardOf, splitEntities, AGENCY_SHARDS, type FiledAgency } from './entityShards.ts';

// As /search/entities.json would hold them (names and counts from the built seeds site).
const index: EntityIndex = {
  version: 1,
  agencies: [
    ['钟祥市财政局', '市财政局', '/agencies/zhongxiang/caizhengju/', 29, 27, '钟祥市'],
    ['天门市人社局', '市人社局', '/agencies/tianmen/renshe-ju/', 9, 10, '天门市'],
    ['天门市财政局', '市财政局', '/agencies/tianmen/caizhengju/', 5, 18, '天门市'],
    ['东莞市財政局', '市财政局', '/agencies/dongguan/caizhengju/', 0, 2, '东莞市'],
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

/** What a query finds reading only its shards, as the page does (load.ts). */
function fromShards(terms: string[], whole = terms.join('')): string[] {
  const files = splitEntities(index, fold);
  const read = joinEntities(
    queryShards(terms).map((s) => files.agencies.get(s)!),
    files.places,
    Array.from(whole).length >= 4 ? files.documents : [],
  );
  return findEntities(read, terms, whole, fold).map((c) => c.name);
}

describe('entity shards', () => {
  it('files every 财政局 under the shard of 政局, whatever its place or script (財)', () => {
    expect(agencyShards('东莞市財政局', '市财政局', fold)).toEqual([shardOf('政局')]);
    expect(agencyShards('天门市财政局', '市财政局', fold)).toEqual([shardOf('政局')]);
    expect(shardOf('天门市财政局')).toBe(shardOf('财政局'));
    expect(Number(shardOf('人社局'))).toBeLessThan(AGENCY_SHARDS);
  });
  it('reads the shards of the words’ endings only', () => {
    expect(queryShards(['钟祥财政局'])).toEqual([...new Set([shardOf('政局'), shardOf('局')])].sort());
    // one-character words name nothing (entities.ts)
    expect(queryShards(['局'])).toEqual([]);
  });
  it('finds from the shards what the whole index finds', () => {
    for (const terms of [['财政局'], ['市财政局'], ['钟祥财政局'], ['天门市人社局'], ['天门'], ['重污染天气', '应急预案'], ['补贴']]) {
      const whole = findEntities(index, terms, terms.join(''), fold).map((c) => c.name);
      expect(fromShards(terms), terms.join(' ')).toEqual(whole);
    }
    expect(fromShards(['财政局'])).toEqual(['钟祥市财政局', '天门市财政局', '东莞市財政局']);
    expect(fromShards(['钟祥财政局'])).toEqual(['钟祥市财政局']);
  });
  it('keeps agencies that do as much in corpus order when joining shards', () => {
    const a: FiledAgency[] = [
      [2, index.agencies[2]!],
      [0, index.agencies[0]!],
    ];
    const b: FiledAgency[] = [
      [0, index.agencies[0]!],
      [1, index.agencies[1]!],
    ];
    expect(joinEntities([a, b], []).agencies.map((x) => x[2])).toEqual([
      '/agencies/zhongxiang/caizhengju/',
      '/agencies/tianmen/renshe-ju/',
      '/agencies/tianmen/caizhengju/',
    ]);
  });
});
