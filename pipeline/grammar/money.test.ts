import { describe, expect, it } from 'vitest';
import { findFigures, type FoundFigure } from './money.ts';
import { foldWidth } from '../text/width.ts';

const figures = (text: string) => findFigures(foldWidth(text));
const read = (text: string) =>
  figures(text).figures.map((f: FoundFigure) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    valueMax: f.valueMax,
    currency: f.currency,
    vague: f.vague,
  }));

describe('findFigures: the issue’s cases', () => {
  it.each<[string, number, number | null, string]>([
    ['三万五元', 35_000, null, 'CNY'],
    ['两千六元', 2600, null, 'CNY'],
    ['一万三元', 13_000, null, 'CNY'],
    ['兩百四十五元', 245, null, 'CNY'],
    ['一百二十到一百五十万元', 1_200_000, 1_500_000, 'CNY'],
    ['八九千美元', 8000, 9000, 'USD'],
    ['123元1角1分', 123.11, null, 'CNY'],
    ['港币两千九百六十元', 2960, null, 'HKD'],
    ['三万元欧元', 30_000, null, 'EUR'],
    ['新台币177.1亿元', 17_710_000_000, null, 'TWD'],
    ['人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整', 3_456_789, null, 'CNY'],
    ['3萬元', 30_000, null, 'CNY'],
    ['1.5億元', 150_000_000, null, 'CNY'],
    ['3万4000元', 34_000, null, 'CNY'],
    ['25万6千元', 256_000, null, 'CNY'],
    ['1万(含)-5万元', 10_000, 50_000, 'CNY'],
    ['3000\n萬元', 30_000_000, null, 'CNY'],
    ['82，225.00元', 82_225, null, 'CNY'],
    ['1.64万亿元', 1_640_000_000_000, null, 'CNY'],
  ])('%j', (text, value, valueMax, currency) => {
    expect(read(text)).toEqual([{ text, value, valueMax, currency, vague: false }]);
  });

  it('reads 十余万元 and 数十亿元 as floors', () => {
    expect(read('十余万元')).toEqual([{ text: '十余万元', value: 100_000, valueMax: null, currency: 'CNY', vague: true }]);
    expect(read('数十亿元')).toEqual([{ text: '数十亿元', value: 1e9, valueMax: null, currency: 'CNY', vague: true }]);
  });
});

describe('findFigures: ranges', () => {
  it('lends the end’s magnitude to the start when the start omits it', () => {
    expect(read('奖励3至5万元')).toMatchObject([{ text: '3至5万元', value: 30_000, valueMax: 50_000 }]);
    expect(read('两到三仟澳元')).toMatchObject([{ value: 2000, valueMax: 3000, currency: 'AUD' }]);
    expect(read('十八至三十万日元')).toMatchObject([{ value: 180_000, valueMax: 300_000, currency: 'JPY' }]);
    expect(read('5000-1万元')).toMatchObject([{ value: 5000, valueMax: 10_000 }]);
  });

  it('keeps two figures when the ends differ in currency', () => {
    expect(read('300万美元至500万元')).toMatchObject([
      { text: '300万美元', value: 3e6, currency: 'USD' },
      { text: '500万元', value: 5e6, currency: 'CNY' },
    ]);
  });

  it('declines a start whose magnitude has two readings, and a reversed range', () => {
    expect(figures('八到九百亿泰铢')).toMatchObject({ figures: [], unsure: [{ reason: 'range-ambiguous' }] });
    expect(figures('5万-3万元')).toMatchObject({ figures: [], unsure: [{ reason: 'range-reversed' }] });
    expect(figures('十余万至二十万元')).toMatchObject({ figures: [], unsure: [{ reason: 'range-vague' }] });
  });

  it('does not take a word before 到 for a range start', () => {
    expect(read('统一到500元')).toEqual([{ text: '500元', value: 500, valueMax: null, currency: 'CNY', vague: false }]);
    expect(read('统一1000元')).toMatchObject([{ text: '1000元', value: 1000 }]);
  });
});

describe('findFigures: what is not money, and what is unsure', () => {
  it.each(['2023年', '万元GDP能耗', '“万元”补贴', '二元结构', '一元化', '2023年1月1日元旦', '10%-20%', '3-4个项目县', '6个月', '5万人'])(
    '%s',
    (text) => {
      expect(figures(text)).toEqual({ figures: [], unsure: [] });
    },
  );

  it('declines figures glued together (天门 gazette line 81)', () => {
    const text = '每家奖励6万元5万元对新进规上服务业企业';
    const { figures: found, unsure } = figures(text);
    expect(found).toEqual([]);
    expect(unsure).toEqual([{ start: 4, end: 10, reason: 'figures-adjacent' }]);
  });

  it('declines a numeral it cannot read with confidence', () => {
    expect(figures('3万4元')).toMatchObject({ figures: [], unsure: [{ reason: 'unreadable-numeral' }] });
    expect(figures('人民币300万美元')).toMatchObject({ figures: [], unsure: [{ reason: 'currency-conflict' }] });
  });

  it('reads 结余 as a word, not a vague figure', () => {
    expect(read('年末结转和结余10.56亿元。')).toMatchObject([{ text: '10.56亿元', value: 1_056_000_000 }]);
  });
});
