import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgencyRegistry } from './agencies.ts';
import { createPlaceRegistry } from '../sources/places.ts';
import { createAgencyCatalog } from './agencyCatalog.ts';
import { agencyUrl } from '../publish/ids.ts';
import { isGroupName, splitAgencyList } from '../grammar/agencyNames.ts';

const refs = (raw: string) => splitAgencyList(raw).map((p) => ({ ...p, group: isGroupName(p.name) }));

const registry = parseAgencyRegistry(readFileSync('content/agencies.yaml', 'utf8'), 'content/agencies.yaml');
const places = createPlaceRegistry();
const zhongxiang = places.byId.get('zhongxiang')!;
const tianmen = places.byId.get('tianmen')!;

describe('createAgencyCatalog', () => {
  it('gives 市财政局 of 钟祥 and of 天门 two agencies with full names', () => {
    const catalog = createAgencyCatalog(registry, agencyUrl);
    expect(catalog.resolve(refs('市财政局、市税务局'), zhongxiang).ids).toEqual(['zhongxiang-caizhengju', 'zhongxiang-shuiwuju']);
    expect(catalog.resolve(refs('市财政局'), tianmen).ids).toEqual(['tianmen-caizhengju']);
    expect(
      catalog
        .agencies()
        .filter((a) => a.name === '市财政局')
        .map((a) => a.fullName),
    ).toEqual(['天门市财政局', '钟祥市财政局']);
  });
  it('collects an alias on its agency and keeps groups apart', () => {
    const catalog = createAgencyCatalog(registry, agencyUrl);
    expect(catalog.resolve(refs('人行市钟祥支行，相关金融机构'), zhongxiang)).toEqual({
      ids: ['zhongxiang-renhang-zhongxiang-zhihang'],
      groups: ['相关金融机构'],
      firstUnknown: [],
      aliases: [
        {
          name: '人行市钟祥支行',
          agency: 'zhongxiang-renhang-zhongxiang-zhihang',
          reason: '源文件笔误，多一个“市”字；钟祥只有一家人民银行支行',
        },
      ],
    });
    expect(catalog.agencies()[0]!.aliases.map((a) => a.name)).toEqual(['人行市钟祥支行']);
  });
  it('hands back an unknown name only the first time', () => {
    const catalog = createAgencyCatalog(registry, agencyUrl);
    expect(catalog.resolve(refs('市气象局'), zhongxiang).firstUnknown).toEqual(['市气象局']);
    expect(catalog.resolve(refs('市气象局'), zhongxiang)).toEqual({
      ids: ['zhongxiang-qixiangju'],
      groups: [],
      firstUnknown: [],
      aliases: [],
    });
    expect(catalog.agencies()[0]).toMatchObject({ known: false, kind: 'unknown' });
  });
  it('forgets, on rollback, the agencies and aliases a failed source added, and keeps the earlier ones', () => {
    const catalog = createAgencyCatalog(registry, agencyUrl);
    catalog.begin();
    catalog.resolve(refs('市财政局'), zhongxiang);
    catalog.begin();
    // A source that fails half-way: 市气象局 is new, 人行市钟祥支行 an alias of a new agency, and
    // 市财政局 was already there.
    catalog.resolve(refs('市气象局、人行市钟祥支行、市财政局'), zhongxiang);
    expect(catalog.agencies().map((a) => a.id)).toEqual([
      'zhongxiang-caizhengju',
      'zhongxiang-qixiangju',
      'zhongxiang-renhang-zhongxiang-zhihang',
    ]);
    catalog.rollback();
    expect(catalog.agencies().map((a) => a.id)).toEqual(['zhongxiang-caizhengju']);
    // An alias a failed source found for an agency an earlier source named goes too.
    catalog.begin();
    catalog.resolve(refs('人行钟祥支行'), zhongxiang);
    catalog.begin();
    catalog.resolve(refs('人行市钟祥支行'), zhongxiang);
    expect(catalog.agencies()[1]!.aliases.map((a) => a.name)).toEqual(['人行市钟祥支行']);
    catalog.rollback();
    expect(catalog.agencies().map((a) => [a.id, a.aliases.length])).toEqual([
      ['zhongxiang-caizhengju', 0],
      ['zhongxiang-renhang-zhongxiang-zhihang', 0],
    ]);
  });
});
