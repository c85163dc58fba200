import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../pipeline/publish/ingest.ts';
import { parseLocalPlaces } from '../../pipeline/sources/jurisdictions.ts';
import { createPlaceRegistry, nationalPlaces } from '../../pipeline/sources/places.ts';
import { makeProject } from '../../tests/support/project.ts';
import {
  amountFactor,
  copiable,
  deriveAgencyRegistry,
  deriveCorpus,
  placesFor,
  printedWenhao,
  renumberIssue,
  renumberWenhao,
  scaleAmounts,
  wenhaoKey,
} from './corpus.ts';
import { bundledSources } from './project.ts';
import YAML from 'yaml';

const registry = createPlaceRegistry(parseLocalPlaces(readFileSync('content/jurisdictions.yaml', 'utf8'), 'content/jurisdictions.yaml'));
const place = (id: string) => registry.byId.get(id)!;
const tianmenText = readFileSync('content/sources/tianmen-gongbao-2023-01.txt', 'utf8');

describe('scaleAmounts', () => {
  it('multiplies the Arabic amounts of 天门 measures, units and wording kept', () => {
    expect(scaleAmounts('在同一企业工作满6个月按500元/人的标准给', 2)).toBe('在同一企业工作满6个月按1000元/人的标准给');
    expect(scaleAmounts('单个企业每年最高补贴100万元', 0.5)).toBe('单个企业每年最高补贴50万元');
    expect(scaleAmounts('按实际发货量每单补贴0.2元(不含口罩等', 1.5)).toBe('按实际发货量每单补贴0.3元(不含口罩等');
    // Not an amount: a period of 6 months stays.
    expect(scaleAmounts('工作满6个月', 3)).toBe('工作满6个月');
  });
  it('leaves the bundled corpus (copy 0) as it is and varies every later copy', () => {
    expect(amountFactor(0)).toBe(1);
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(amountFactor)).size).toBe(10);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(amountFactor)).not.toContain(1);
  });
});

describe('文号 of copies', () => {
  it('finds each 天门 document’s 文号 as printed, the one a web page garbled too', () => {
    expect(printedWenhao(tianmenText, { wenhao: '天政办发〔2023〕1号', wenhaoRaw: null })).toBe('天政办发〔2023〕1号');
    expect(printedWenhao(tianmenText, { wenhao: '天政发〔2023〕1号', wenhaoRaw: '天政发〔20231' })).toBe('天政发〔20231');
    // The traditional mirror of 韶关's policy prints 號.
    const shaoguan = readFileSync('content/sources/guangdong-shaoguan-2019-jiangdi-zhizaoye-chengben.txt', 'utf8');
    expect(printedWenhao(shaoguan, { wenhao: '韶府〔2019〕31号', wenhaoRaw: null })).toBe('韶府〔2019〕31號');
  });
  it('gives a copy the new place’s issuer and a serial no other document has, everywhere the text prints it', () => {
    const used = new Set(['jingzhengbanfa-2023-1']);
    const text = '天政办发〔2023〕1号\n……按照天政办发〔2023〕1号要求，依据国发〔2012〕39号';
    expect(renumberWenhao(text, ['天政办发〔2023〕1号'], place('jingshan'), used)).toBe(
      '京政办发〔2023〕2号\n……按照京政办发〔2023〕2号要求，依据国发〔2012〕39号',
    );
    expect(used.has('jingzhengbanfa-2023-2')).toBe(true);
    // A damaged 文号 keeps its damage (the ingest must read it as it read the original).
    expect(renumberWenhao('天政发〔20231', ['天政发〔20231'], place('jingshan'), used)).toBe('京政发〔20231');
    expect(wenhaoKey('天政发〔20231')).toBe('tianzhengfa-2023-1');
  });
});

describe('gazette issues of copies', () => {
  it('numbers each copy’s issue apart, so two copies at one place are two issues', () => {
    const head = '天门市人民政府公报2023第1号(总号:44)\n发布日期\n2023年03月31日';
    expect(renumberIssue(head, 0)).toBe(head);
    expect(renumberIssue(head, 5)).toBe('天门市人民政府公报2023第6号(总号:49)\n发布日期\n2023年03月31日');
    expect(renumberIssue('天门市人民政府公报2023年第1号，总第44号', 2)).toBe('天门市人民政府公报2023年第3号，总第44号');
  });
});

describe('placesFor', () => {
  it('offers for 钟祥市 the counties under a prefecture whose every name is unique, and for 天门市 those with no prefecture above', () => {
    const zx = placesFor(place('zhongxiang'), registry, nationalPlaces());
    // 石家庄's 长安区, 桥西区 and 新华区 share their names with districts elsewhere (西安市长安区 …): a copy
    // naming itself 长安区 would not say which.
    expect(zx.slice(0, 2).map((p) => registry.path(p.id))).toEqual(['河北省石家庄市井陉矿区', '河北省石家庄市裕华区']);
    expect(zx.map((p) => p.name)).not.toContain('长安区');
    expect(zx.map((p) => p.id)).not.toContain('zhongxiang');
    expect(zx.every((p) => registry.chain(p.id).length === 4)).toBe(true);
    const tm = placesFor(place('tianmen'), registry, nationalPlaces());
    expect(tm.every((p) => registry.chain(p.id).length === 3 && p.level === 'county')).toBe(true);
    expect(tm.map((p) => p.name)).toEqual(expect.arrayContaining(['仙桃市', '神农架林区']));
  });
});

describe('deriveCorpus', () => {
  const bundled = bundledSources();
  const corpus = deriveCorpus(bundled, 3, registry, nationalPlaces());

  const texts = bundled.filter((s) => copiable(s.entry.file));

  it('is the bundled corpus followed by copies of its plain texts, each at a place of its own', () => {
    // 4 saved web pages (.html) are in copy 0 only.
    expect(bundled.length - texts.length).toBe(4);
    expect(corpus).toHaveLength(bundled.length + texts.length * 2);
    expect(corpus.slice(0, bundled.length).map((s) => s.text)).toEqual(bundled.map((s) => s.text));
    const places = corpus.map((s) => registry.resolve(s.entry.jurisdiction));
    expect(places.every((r) => r.ok)).toBe(true);
    const ids = places.map((r) => (r.ok ? r.place.id : ''));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the copy’s places in its text: 钟祥’s work list moved to a county of 武汉 has 武汉市 columns', () => {
    const copy = corpus.find((s) => s.from === 'zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt' && s.copy === 1)!;
    // A district of 武汉 that no bundled source already holds (蔡甸区 has the saved page).
    expect(copy.entry.jurisdiction).toMatch(/^湖北省武汉市.+区$/);
    expect(copy.entry.jurisdiction).not.toBe('湖北省武汉市蔡甸区');
    expect(copy.text).toContain('武汉市落实举措');
    expect(copy.text).not.toContain('荆门市落实举措');
    expect(copy.entry.slug).toBe('zhongxiang-2022-wenzhu-jingji-qingdan-x1');
  });

  it('ingests as the bundled corpus does: every source published, three times the measures and amounts', () => {
    const bytes = (s: (typeof corpus)[number]) => (s.copy === 0 ? readFileSync(`content/sources/${s.entry.file}`) : s.text);
    const root = makeProject(corpus.map((s) => ({ file: s.entry.file, bytes: bytes(s), entry: s.entry })));
    const agencies = YAML.parse(readFileSync('content/agencies.yaml', 'utf8'));
    const derived = YAML.stringify(deriveAgencyRegistry(agencies, corpus, registry), { aliasDuplicateObjects: false });
    writeFileSync(`${root}/content/agencies.yaml`, derived);
    const base = runIngest({ root: process.cwd(), write: false }).collections;
    const { collections, report } = runIngest({ root, write: false });
    expect(collections.failures).toEqual([]);
    expect(report.ok).toBe(true);
    // Each plain text's measures and documents three times, the saved pages' once.
    const copied = new Set(texts.map((s) => `content/sources/${s.entry.file}`));
    const fromTexts = <T extends { source: { file: string } }>(xs: T[]) => xs.filter((x) => copied.has(x.source.file));
    expect(collections.measures).toHaveLength(base.measures.length + fromTexts(base.measures).length * 2);
    expect(collections.documents).toHaveLength(base.documents.length + fromTexts(base.documents).length * 2);
    // Amounts were scaled, not dropped: as many, with other values.
    const amounts = (c: typeof base) => c.measures.flatMap((m) => m.amounts);
    expect(amounts(collections)).toHaveLength(amounts(base).length + fromTexts(base.measures).flatMap((m) => m.amounts).length * 2);
    expect(new Set(amounts(collections).map((a) => a.value)).size).toBeGreaterThan(new Set(amounts(base).map((a) => a.value)).size * 2);
  }, 120_000);
});
