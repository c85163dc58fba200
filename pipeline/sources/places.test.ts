import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { Jurisdiction, Slug } from '../schema.ts';
import { parseLocalPlaces } from './jurisdictions.ts';
import {
  createPlaceRegistry,
  nationalPlaces,
  PINYIN_OVERRIDES,
  placePinyin,
  resolvePlace,
  shortNameOf,
  type PlaceRegistry,
} from './places.ts';

const FILE = 'content/jurisdictions.yaml';
const bundled = createPlaceRegistry(parseLocalPlaces(readFileSync(FILE, 'utf8'), FILE));
const national = nationalPlaces();

/** The place a text resolves to, or the test fails with the resolver's message. */
function place(text: string, registry: PlaceRegistry = bundled) {
  const r = registry.resolve(text);
  if (!r.ok) throw new Error(r.message);
  return r.place;
}
const chainNames = (text: string, registry: PlaceRegistry = bundled) => registry.chain(place(text, registry).id).map((p) => p.name);
const failure = (text: string, registry: PlaceRegistry = bundled) => {
  const r = registry.resolve(text);
  if (r.ok) throw new Error(`${text} resolved to ${r.place.name}`);
  return r;
};

describe('resolvePlace: any place as people write it', () => {
  it('a unique name: 佛山市 → 广东省 → 中央, code 440600', () => {
    expect(place('佛山市')).toMatchObject({
      id: 'foshan',
      name: '佛山市',
      shortName: '佛山',
      level: 'prefecture',
      code: '440600',
      parent: 'guangdong',
    });
    expect(chainNames('佛山市')).toEqual(['中央', '广东省', '佛山市']);
  });
  it('a full path: 河南省洛阳市西工区 is 410303', () => {
    expect(place('河南省洛阳市西工区')).toMatchObject({ name: '西工区', level: 'county', code: '410303' });
    expect(chainNames('河南省洛阳市西工区')).toEqual(['中央', '河南省', '洛阳市', '西工区']);
  });
  it('an autonomous prefecture by path: 四川省凉山彝族自治州 (short name 凉山, 513400)', () => {
    expect(place('四川省凉山彝族自治州')).toMatchObject({ shortName: '凉山', level: 'prefecture', code: '513400', parent: 'sichuan' });
  });
  it('a county by its name alone: 郧西县 → 十堰市 → 湖北省', () => {
    expect(chainNames('郧西县')).toEqual(['中央', '湖北省', '十堰市', '郧西县']);
    expect(place('郧西县').code).toBe('420322');
  });
  it('a county of a prefecture by path: 广东省佛山市南海区 is 440605', () => {
    expect(place('广东省佛山市南海区').code).toBe('440605');
  });
  it('a path may skip a level and contain spaces: 湖北省钟祥市, 湖北省 荆门市 钟祥市', () => {
    expect(place('湖北省钟祥市').id).toBe('zhongxiang');
    expect(place('湖北省 荆门市 钟祥市').id).toBe('zhongxiang');
  });
  it('the central level: 中央 and 国务院 are zhongyang', () => {
    for (const text of ['中央', '国务院', '中共中央'])
      expect(place(text)).toMatchObject({ id: 'zhongyang', level: 'central', parent: null, code: null });
  });
  it('province-administered county-level cities have the province as parent (天门, 仙桃, 潜江, 济源)', () => {
    expect(chainNames('天门市')).toEqual(['中央', '湖北省', '天门市']);
    expect(place('天门市')).toMatchObject({ level: 'county', code: '429006', parent: 'hubei' });
    expect(place('仙桃市')).toMatchObject({ code: '429004', parent: 'hubei' });
    expect(place('潜江市')).toMatchObject({ code: '429005', parent: 'hubei' });
    expect(chainNames('济源市')).toEqual(['中央', '河南省', '济源市']);
    expect(chainNames('神农架林区')).toEqual(['中央', '湖北省', '神农架林区']);
  });
  it('districts of a 直辖市 have the municipality as parent: 北京市朝阳区, 重庆市城口县', () => {
    expect(place('北京市朝阳区')).toMatchObject({ id: 'beijing-chaoyang', code: '110105', parent: 'beijing' });
    expect(chainNames('重庆市城口县')).toEqual(['中央', '重庆市', '城口县']);
  });
  it('the work-list chain of 钟祥市 is 中央 → 湖北省 → 荆门市 → 钟祥市', () => {
    expect(bundled.chain('zhongxiang').map((p) => [p.id, p.name, p.shortName])).toEqual([
      ['zhongyang', '中央', '中央'],
      ['hubei', '湖北省', '湖北'],
      ['jingmen', '荆门市', '荆门'],
      ['zhongxiang', '钟祥市', '钟祥'],
    ]);
  });
  it('short names where they name one place: 钟祥, 凉山, 北京朝阳', () => {
    expect(place('钟祥').id).toBe('zhongxiang');
    expect(place('凉山').code).toBe('513400');
    expect(place('北京朝阳').id).toBe('beijing-chaoyang');
  });
  it('an id as it is', () => {
    expect(place('zhongxiang').name).toBe('钟祥市');
  });
  it('works without a content/jurisdictions.yaml', () => {
    const r = resolvePlace('钟祥市');
    expect(r.ok && r.place.code).toBe('420881');
  });
});

describe('resolvePlace: precise errors', () => {
  it('an ambiguous name lists every candidate as a full path to paste: 鼓楼区', () => {
    const r = failure('鼓楼区');
    expect(r.kind).toBe('ambiguous');
    expect(r.candidates).toEqual(['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区', '福建省福州市鼓楼区', '河南省开封市鼓楼区']);
    expect(r.message).toContain('福建省福州市鼓楼区');
    for (const candidate of r.candidates) expect(place(candidate).name).toBe('鼓楼区');
  });
  it('a short name shared by a prefecture and its county-level city is ambiguous: 恩施', () => {
    expect(failure('恩施').candidates).toEqual(['湖北省恩施土家族苗族自治州', '湖北省恩施土家族苗族自治州恩施市']);
    expect(place('恩施市').code).toBe('422801');
  });
  it('朝阳区 is in 北京 and in 长春', () => {
    expect(failure('朝阳区').candidates).toEqual(['北京市朝阳区', '吉林省长春市朝阳区']);
  });
  it('a path that contradicts itself: 湖北省佛山市', () => {
    const r = failure('湖北省佛山市');
    expect(r.kind).toBe('contradiction');
    expect(r.message).toBe('jurisdiction "湖北省佛山市" contradicts itself: no 佛山市 in 湖北省 (佛山市 is 广东省佛山市)');
  });
  it('an unknown place', () => {
    const r = failure('火星市');
    expect(r.kind).toBe('unknown');
    expect(r.message).toMatch(/^unknown jurisdiction "火星市": no such place in the national registry/);
    expect(failure('湖北省火星市').message).toContain('("火星市" after 湖北省)');
    expect(failure('nowhere').kind).toBe('unknown');
  });
  it('a wrong rank word is not corrected, only suggested: 钟祥县', () => {
    const r = failure('钟祥县');
    expect(r.kind).toBe('unknown');
    expect(r.candidates).toEqual(['湖北省荆门市钟祥市']);
  });
});

describe('the national registry (NBS 2023 division table, GB/T 2260 codes)', () => {
  it('has every province, prefecture and county once: 31, 333, 2848', () => {
    const count = (level: string) => national.filter((p) => p.level === level).length;
    expect([count('central'), count('province'), count('prefecture'), count('county')]).toEqual([1, 31, 333, 2848]);
  });
  it('is current to 2023: 米林市 and 错那市 (former counties), 白杨市; 偃师市 and 孟津县 are gone (2021)', () => {
    const byCode = new Map(national.map((p) => [p.code, p.name]));
    expect([byCode.get('540481'), byCode.get('540581'), byCode.get('659012')]).toEqual(['米林市', '错那市', '白杨市']);
    expect([byCode.get('540422'), byCode.get('410381'), byCode.get('410322')]).toEqual([undefined, undefined, undefined]);
    expect(byCode.get('410307')).toBe('偃师区');
  });
  it('publishes only GB/T 2260 units: no 开发区 rows, no county repeating its prefecture, 三沙 districts of 2020', () => {
    expect(national.filter((p) => /开发区|工业园区|产业园区|管理区|管委会|行政委员会|示范区|群岛/.test(p.name)).map((p) => p.name)).toEqual(
      [],
    );
    expect(national.filter((p) => p.name === '东莞市').map((p) => [p.level, p.code])).toEqual([['prefecture', '441900']]);
    expect(chainNames('海南省三沙市西沙区')).toEqual(['中央', '海南省', '三沙市', '西沙区']);
    expect(failure('南沙区').candidates).toEqual(['广东省广州市南沙区', '海南省三沙市南沙区']);
    expect(place('海南省三沙市南沙区')).toMatchObject({ id: 'sansha-nansha', code: '460303' });
  });
  it('every record has the site schema, a six-digit code and a parent in the registry', () => {
    const ids = new Set(national.map((p) => p.id));
    for (const p of national) {
      expect(Jurisdiction.safeParse(p).success, p.name).toBe(true);
      if (p.level !== 'central') expect(p.code, p.name).toMatch(/^\d{6}$/);
      if (p.parent) expect(ids.has(p.parent), p.name).toBe(true);
    }
  });
});

describe('ids: stable, from the registry alone', () => {
  it('keeps every id published before the registry', () => {
    const published = {
      中央: 'zhongyang',
      湖北省: 'hubei',
      武汉市: 'wuhan',
      荆门市: 'jingmen',
      荆州市: 'jingzhou',
      襄阳市: 'xiangyang',
      宜昌市: 'yichang',
      孝感市: 'xiaogan',
      钟祥市: 'zhongxiang',
      京山市: 'jingshan',
      沙洋县: 'shayang',
      天门市: 'tianmen',
      仙桃市: 'xiantao',
      潜江市: 'qianjiang',
    };
    for (const [name, id] of Object.entries(published)) expect(place(name).id, name).toBe(id);
    expect(place('湖北省').url).toBe('/places/hubei/');
  });
  it('are unique across the whole registry and are lowercase ASCII slugs', () => {
    const all = [...bundled.byId.values()];
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(new Set(national.map((p) => p.id)).size).toBe(national.length);
    for (const p of all) expect(Slug.safeParse(p.id).success, `${p.name} ${p.id}`).toBe(true);
  });
  it('same reading, different levels: the higher place keeps the bare id', () => {
    expect(place('襄阳市').id).toBe('xiangyang');
    expect(place('黑龙江省佳木斯市向阳区').id).toBe('jiamusi-xiangyang');
    expect(place('河南省').id).toBe('henan');
    expect(place('河南蒙古族自治县').id).toBe('huangnan-henan');
    expect(place('中阳县').id).toBe('lvliang-zhongyang');
    expect(place('荆州市').id).toBe('jingzhou');
    expect(place('靖州苗族侗族自治县').id).toBe('huaihua-jingzhou');
    expect(place('吉林省吉林市').id).toBe('jilin-jilin');
  });
  it('same reading, same level: qualified by the parent (beijing-chaoyang / changchun-chaoyang)', () => {
    expect(place('吉林省长春市朝阳区').id).toBe('changchun-chaoyang');
    expect(['南京市鼓楼区', '徐州市鼓楼区', '福州市鼓楼区', '开封市鼓楼区'].map((t) => place(t).id)).toEqual([
      'nanjing-gulou',
      'xuzhou-gulou',
      'fuzhou-gulou',
      'kaifeng-gulou',
    ]);
    expect(place('福建省福州市').id).toBe('fujian-fuzhou'); // 江西省抚州市 is jiangxi-fuzhou
    expect(place('重庆市黔江区').id).toBe('chongqing-qianjiang');
  });
  it('same reading under the same parent: the full name decides (临夏市 / 临夏县, 云安区 / 郁南县)', () => {
    expect([place('临夏市').id, place('临夏县').id]).toEqual(['linxia-linxiashi', 'linxia-linxiaxian']);
    expect([place('云安区').id, place('郁南县').id]).toEqual(['yunfu-yunanqu', 'yunfu-yunanxian']);
  });
  it('without the pinned id, 潜江市 would be qualified like 黔江区', () => {
    expect(createPlaceRegistry().byId.get('hubei-qianjiang')?.name).toBe('潜江市');
  });
});

describe('short names and pinyin', () => {
  it('drop the rank word and the nationalities of autonomous places', () => {
    const cases = {
      钟祥市: '钟祥',
      湖北省: '湖北',
      恩施土家族苗族自治州: '恩施',
      凉山彝族自治州: '凉山',
      新疆维吾尔自治区: '新疆',
      内蒙古自治区: '内蒙古',
      西藏自治区: '西藏',
      伊犁哈萨克自治州: '伊犁',
      鄂温克族自治旗: '鄂温克',
      鄂伦春自治旗: '鄂伦春',
      东乡族自治县: '东乡',
      龙胜各族自治县: '龙胜',
      积石山保安族东乡族撒拉族自治县: '积石山',
      管城回族区: '管城',
      神农架林区: '神农架',
      万柏林区: '万柏林',
      井陉矿区: '井陉矿区',
      浦东新区: '浦东',
      清新区: '清新',
      大兴安岭地区: '大兴安岭',
      城区: '城区',
      和县: '和县',
      芒市: '芒市',
    };
    for (const [name, short] of Object.entries(cases)) expect(shortNameOf(name), name).toBe(short);
  });
  it('reads polyphonic place names as places, not as words', () => {
    const cases = {
      重庆: 'chongqing',
      长沙: 'changsha',
      蚌埠: 'bengbu',
      六安: 'luan',
      丽水: 'lishui',
      东阿: 'donge',
      长子: 'zhangzi',
      番禺: 'panyu',
      铅山: 'yanshan',
      吕梁: 'lvliang',
      乐清: 'yueqing',
      成都: 'chengdu',
      宜都: 'yidu',
      喀什: 'kashi',
      什邡: 'shifang',
      陕西: 'shaanxi',
      山西: 'shanxi',
    };
    for (const [name, reading] of Object.entries(cases)) expect(placePinyin(name), name).toBe(reading);
  });
  it('overrides only names of the registry, and only where pinyin-pro reads them otherwise', () => {
    const shortNames = new Set(national.map((p) => p.shortName));
    for (const [name, { pinyin: reading }] of Object.entries(PINYIN_OVERRIDES)) {
      expect(shortNames.has(name), name).toBe(true);
      expect(pinyin(name, { toneType: 'none', type: 'array', v: true }).join(''), name).not.toBe(reading);
    }
  });
});

describe('local additions and pinned ids (content/jurisdictions.yaml)', () => {
  const registryOf = (text: string) => createPlaceRegistry(parseLocalPlaces(text, 'j.yaml'));
  const additions = `additions:
  - { id: tianmen-jingkaiqu, name: 天门经济开发区, level: county, parent: 湖北省天门市 }
  - { id: tianmen-jingkaiqu-yuanqu, name: 天门经开区示范园, level: county, parent: tianmen-jingkaiqu }
`;
  it('places an addition under its parent, with no code, and resolves it first', () => {
    const registry = registryOf(additions);
    expect(place('天门经济开发区', registry)).toMatchObject({
      id: 'tianmen-jingkaiqu',
      parent: 'tianmen',
      level: 'county',
      code: null,
      shortName: '天门经济开发区',
    });
    expect(chainNames('天门经开区示范园', registry)).toEqual(['中央', '湖北省', '天门市', '天门经济开发区', '天门经开区示范园']);
    expect(place('湖北省天门市天门经济开发区', registry).id).toBe('tianmen-jingkaiqu');
  });
  it('reports a parent cycle with the line, without hanging', () => {
    const text = `additions:
  - { id: a-qu, name: 甲开发区, level: county, parent: b-qu }
  - { id: b-qu, name: 乙开发区, level: county, parent: 甲开发区 }
`;
    expect(() => registryOf(text)).toThrow(/^j\.yaml:2: parent cycle in local additions: 甲开发区 → 乙开发区 → 甲开发区$/);
  });
  it('reports an unknown or ambiguous parent with the line', () => {
    expect(() => registryOf(`additions:\n  - { id: x-qu, name: 某开发区, level: county, parent: 火星市 }\n`)).toThrow(
      /^j\.yaml:2: parent of 某开发区: unknown jurisdiction "火星市"/,
    );
    expect(() => registryOf(`additions:\n\n  - { id: x-qu, name: 某开发区, level: county, parent: 鼓楼区 }\n`)).toThrow(
      /^j\.yaml:3: parent of 某开发区: ambiguous jurisdiction "鼓楼区"/,
    );
  });
  it('refuses an addition above its parent, a taken id, or a place the registry has', () => {
    expect(() => registryOf(`additions:\n  - { id: x-qu, name: 某新区, level: prefecture, parent: 钟祥市 }\n`)).toThrow(
      /^j\.yaml:2: 某新区 is a prefecture but its parent 钟祥市 is a county/,
    );
    expect(() => registryOf(`additions:\n  - { id: zhongxiang, name: 某开发区, level: county, parent: 钟祥市 }\n`)).toThrow(
      /^j\.yaml:2: id "zhongxiang" is already the id of 钟祥市/,
    );
    expect(() => registryOf(`additions:\n  - { id: x-qu, name: 钟祥市, level: county, parent: 荆门市 }\n`)).toThrow(
      /^j\.yaml:2: 钟祥市 is already in the national registry \(code 420881\)/,
    );
  });
  it('checks a pinned id against the registry: code, name and clashes, each with its line', () => {
    const pin = (code: string, name: string, id: string) =>
      `ids:\n  - code: '${code}'\n    name: ${name}\n    id: ${id}\n    reason: test\n`;
    expect(() => registryOf(pin('429099', '潜江市', 'qianjiang'))).toThrow(/^j\.yaml:2: no place has the code 429099/);
    expect(() => registryOf(pin('429005', '仙桃市', 'qianjiang'))).toThrow(/^j\.yaml:2: code 429005 is 潜江市, not 仙桃市/);
    expect(() => registryOf(pin('429005', '潜江市', 'tianmen'))).toThrow(/^j\.yaml:2: id "tianmen" is already the id of 天门市/);
  });
});

describe('withAncestors: the places a build needs', () => {
  it('gives the documents’ places and their ancestors, top-down, not the whole country', () => {
    expect(bundled.withAncestors(['zhongxiang', 'tianmen', 'jingmen']).map((p) => p.id)).toEqual([
      'zhongyang',
      'hubei',
      'jingmen',
      'zhongxiang',
      'tianmen',
    ]);
  });
  it('gives the path to paste for a place', () => {
    expect(bundled.path('zhongxiang')).toBe('湖北省荆门市钟祥市');
    expect(bundled.path('zhongyang')).toBe('中央');
  });
});
