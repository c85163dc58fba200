// Real queries, as readers type them, over the built index in Chromium: the measure (or
// document) named by a phrase from its source text must be among the first three results.
// Covers words and phrases across the segmenter's boundaries, agency names, 文号,
// traditional characters, and exact, unit-aware amounts.
import { describe, expect, it } from 'vitest';
import { allResults, documentNumbered, measureSaying, printsPhrase, search, useHarness } from './helpers.ts';

const h = useHarness();

type Expected = { measure: string } | { document: string };

// [query, what must be in the top 3, why the query is here]
const TEXT: Array<[string, Expected, string]> = [
  ['稳岗返还', { measure: '进一步提高失业保险稳岗返还比例' }, 'phrase the browser splits into four characters'],
  ['稳崗返還', { measure: '进一步提高失业保险稳岗返还比例' }, 'traditional characters'],
  ['留抵退税', { measure: '成立留抵退税专项工作组' }, 'phrase split into characters'],
  ['推荐者补贴', { measure: '按500元/人的标准给予推荐者补贴' }, 'phrase across a word boundary'],
  ['消费券', { measure: '继续实施消费券刺激政策' }, 'one word in the index, two in the query'],
  ['公积金', { measure: '贯彻落实省市住房公积金缓缴降比政策' }, 'three-character word'],
  ['贴息', { measure: '创业贴息贷款最高可达300万元' }, 'two-character word'],
  ['装修补贴', { measure: '按实际装修面积给予150元/平方米的装修补贴' }, 'two words'],
  ['直播带货', { measure: '鼓励定点培训机构开设直播带货培训班' }, 'phrase'],
  ['一次性扩岗补助', { measure: '发放一次性扩岗补助' }, 'long phrase'],
  ['高校毕业生', { measure: '企业招用应届高校毕业生' }, 'phrase'],
  ['专项债', { measure: '建立专项债券项目对接机制' }, 'prefix of a longer word (专项债券)'],
  ['噪声', { measure: '负责对噪声污染防治实施统一监督管理' }, 'two-character word'],
  ['红色预警', { measure: '发布红色预警时,启动Ⅰ级应急响应' }, 'phrase'],
  ['充电桩', { measure: '加大停车场、充电桩、城乡流通体系' }, 'word in a long provision'],
  ['跨境电商', { measure: '跨境电商、海外仓' }, 'phrase split into characters'],
  ['参展', { measure: '鼓励参展参会' }, 'two-character word'],
  ['水电燃气', { measure: '2000元水电燃气补贴' }, 'phrase'],
  ['社会保险补贴', { measure: '(六)社会保险补贴' }, 'phrase that is also a heading'],
  ['临时救助', { measure: '规范临时救助流程' }, 'phrase'],
  ['种粮', { measure: '按要求及时发放第二批实际种粮农民一次性补贴资金' }, 'two characters the browser splits'],
  ['专精特新', { measure: '梳理我市高新技术企业和“专精特新”企业名单' }, 'quoted term'],
  ['商标', { measure: '企业商标被认定为“中国驰名商标”' }, 'two-character word'],
  ['冷链', { measure: '申报农产品冷链物流集散中心建设项目' }, 'two-character word'],
  ['融资担保', { measure: '积极向上争取国家融资担保基金支持' }, 'two words'],
  ['养老', { measure: '完善养老服务体系' }, 'two-character word'],
  ['就业', { measure: '推动就业服务一体化' }, 'common word'],
  ['市财政局', { measure: '(4)市财政局:负责按照财政预算为各项应急措施' }, 'agency name'],
  ['天政办发〔2023〕1号', { document: '天政办发〔2023〕1号' }, '文号 as printed'],
  ['天政发[2023]1号', { document: '天政发〔2023〕1号' }, '文号 with keyboard brackets'],
  ['钟政办发〔2021〕21号', { measure: '（钟政办发〔2021〕21号）' }, '文号 cited in a measure'],
];

const AMOUNTS: Array<[string, Expected, string]> = [
  ['500元', { measure: '按500元/人的标准给予推荐者补贴' }, 'the 500元/人 measure'],
  ['1000元', { measure: '可按每人1000元的标准，发放一次性扩岗补助' }, 'exact, not 10000元'],
  // (每家奖励6万元5万元 is declined by the grammar — two figures glued together — and reported on /quality/.)
  ['5万元', { measure: '分别一次性奖励企业5万元' }, '万 unit'],
  ['50000元', { measure: '分别一次性奖励企业5万元' }, 'same value written out'],
  ['50万', { measure: '企业商标被认定为“中国驰名商标”' }, '万 without 元'],
  ['100万元', { measure: '单个企业每年最高补贴100万元' }, 'exact'],
  ['2亿元', { measure: '统筹设立2亿元的产业发展专项资金' }, '亿 unit'],
  ['300万美元', { measure: '(十三)鼓励做大总量' }, 'US dollars'],
  ['0.2元', { measure: '每单补贴0.2元' }, 'decimal'],
  ['150元', { measure: '按实际装修面积给予150元/平方米的装修补贴' }, 'per square metre'],
  ['1600元', { measure: '最高每人每年补贴1600元' }, 'per person per year'],
  ['12000元', { measure: '租房提取每户上限从12000元/年' }, 'per household per year'],
  ['6.5亿元', { measure: '14.积极谋划促转型' }, 'decimal 亿'],
  ['1000万元', { measure: '税收过千万元企业6家' }, 'printed as 千万元'],
  ['20元', { measure: '每人每天不低于20元' }, 'small amount'],
  ['10万-50万', { measure: '企业商标被认定为“中国驰名商标”' }, 'range'],
  ['100万元以上', { measure: '(十三)鼓励做大总量' }, 'open range'],
  ['不超过5000元', { measure: '按500元/人的标准给予推荐者补贴' }, 'upper bound'],
  ['补贴 1000元', { measure: '给予培训机构1000元补贴' }, 'words and amount'],
  ['装修 150元', { measure: '按实际装修面积给予150元/平方米的装修补贴' }, 'words and amount'],
];

const urlOf = (e: Expected) => ('measure' in e ? measureSaying(e.measure) : documentNumbered(e.document));

describe('text queries', () => {
  it.each(TEXT)('%s → top 3 holds the expected page (%#)', async (q, expected) => {
    const urls = await search(h.page, h.server.url, q);
    expect(urls.slice(0, 3)).toContain(urlOf(expected));
  });
  it('a 文号 puts its document first', async () => {
    expect((await search(h.page, h.server.url, '天政办发〔2023〕1号'))[0]).toBe(documentNumbered('天政办发〔2023〕1号'));
  });
});

describe('amount queries', () => {
  it.each(AMOUNTS)('%s → top 3 holds the expected measure (%#)', async (q, expected) => {
    const urls = await search(h.page, h.server.url, q);
    expect(urls.slice(0, 3)).toContain(urlOf(expected));
  });
  it('/search/?q=500元 shows the 500元/人 measure first', async () => {
    expect((await search(h.page, h.server.url, '500元'))[0]).toBe(measureSaying('按500元/人的标准给予推荐者补贴'));
  });
});

describe('phrases are found whole', () => {
  // The browser's segmenter splits these (稳岗返还 → 稳|岗|返|还, 市人社局 → 市|人|社|局) and
  // Pagefind finds pages holding the pieces anywhere; the exact phrase search misses some
  // holders (小微企业 in 中小微企业, 10 of 19). Every page printing the phrase must come
  // before every page that only holds its pieces.
  it.each(['稳岗返还', '小微企业', '市人社局', '种粮', '个体工商户', '融资担保', '红色预警', '失业保险', '临时救助', '专精特新'])(
    '%s: pages printing it first',
    async (phrase) => {
      const urls = await allResults(h, phrase);
      const prints = urls.map((u) => printsPhrase(u, phrase));
      expect(prints.filter(Boolean).length).toBeGreaterThan(0);
      const firstLoose = prints.indexOf(false);
      if (firstLoose >= 0)
        expect(prints.slice(firstLoose).some(Boolean), `${phrase}: ${prints.map((p) => (p ? 'Y' : 'n')).join('')}`).toBe(false);
    },
  );

  it('traditional input finds exactly what the simplified text finds', async () => {
    const simplified = await allResults(h, '稳岗返还');
    expect(await allResults(h, '稳崗返還')).toEqual(simplified);
    expect(await h.page.textContent('#search-explain')).toContain('稳岗返还');
    expect(await allResults(h, '失業保險')).toEqual(await allResults(h, '失业保险'));
    expect(await allResults(h, '財政局 補貼')).toEqual(await allResults(h, '财政局 补贴'));
  });

  it('a simplified query finds a page printed in traditional characters (东莞, 繼續實施失業保險穩崗返還政策)', async () => {
    const urls = await allResults(h, '稳岗返还');
    expect(urls).toContain('/docs/dongfu-2021-54/1-1-3/');
    expect((await search(h.page, h.server.url, '残疾人就业保障金')).slice(0, 3)).toContain('/docs/dongfu-2021-54/1-1-2/');
  });
});

it('covers at least 30 queries, at least 10 of them amounts', () => {
  expect(TEXT.length + AMOUNTS.length).toBeGreaterThanOrEqual(30);
  expect(AMOUNTS.length).toBeGreaterThanOrEqual(10);
});
