import { describe, expect, it } from 'vitest';
import { createPlaceRegistry } from '../sources/places.ts';
import { inShard, shardPlace } from './shard.ts';

const places = createPlaceRegistry();

describe('shards', () => {
  // The bundled corpus by province: each entry in exactly one shard.
  const entries = ['钟祥市', '天门市', '天津市', '青海省西宁市', '四川省', '中央'].map((jurisdiction) => ({ jurisdiction }));
  const members = (name: string) => entries.filter((e) => inShard(e, shardPlace(name, places), places)).map((e) => e.jurisdiction);

  it('puts 钟祥 and 天门 in 湖北省’s shard, and a province’s own documents in its shard', () => {
    expect(members('湖北省')).toEqual(['钟祥市', '天门市']);
    expect(members('天津市')).toEqual(['天津市']);
    expect(members('四川省')).toEqual(['四川省']);
    expect(members('青海省')).toEqual(['青海省西宁市']);
  });
  it('keeps for the shard 中央 only the central documents, though every place lies under it', () => {
    expect(members('中央')).toEqual(['中央']);
  });
  it('names a shard as the manifest names places, and refuses one it cannot place', () => {
    expect(shardPlace('湖北', places).name).toBe('湖北省');
    expect(() => shardPlace('鼓楼区', places)).toThrow(/鼓楼区/);
  });
});
