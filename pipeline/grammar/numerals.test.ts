import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  approximatePair,
  digitSequence,
  itemNumber,
  parseArabic,
  parseNumeral,
  readQuantity,
  scaleDecimal,
  unitExponent,
  vagueLowerBound,
  wholeNumber,
} from './numerals.ts';

describe('parseNumeral', () => {
  it.each<[string, number]>([
    // the cases: elided places, traditional and 大写 characters
    ['三万五', 35_000],
    ['两千六', 2600],
    ['一万三', 13_000],
    ['兩百四十五', 245],
    ['叁佰肆拾伍万陆仟柒佰捌拾玖', 3_456_789],
    ['肆佰叁拾萬', 4_300_000],
    ['2億', 200_000_000],
    // Arabic mixed with units
    ['3万4000', 34_000],
    ['25万6千', 256_000],
    ['1.64万亿', 1_640_000_000_000],
    ['3.45万亿', 3_450_000_000_000],
    ['77.5亿', 7_750_000_000],
    ['5千万', 50_000_000],
    ['82,225.00', 82_225],
    // numbering markers and plain numerals
    ['七', 7],
    ['十七', 17],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一千零十', 1010],
    ['十万零一', 100_001],
    ['一亿五千万零六千三百五十五', 150_006_355],
    ['千万', 10_000_000],
    ['万亿', 1e12],
    ['亿', 1e8],
    ['一点五', 1.5],
    ['一点五亿', 150_000_000],
    ['零', 0],
    ['廿二', 22],
  ])('%s = %d', (s, n) => {
    expect(parseNumeral(s)).toBe(n);
  });

  it.each([
    ['', 'empty'],
    ['补贴', 'not a numeral'],
    ['一二三', 'a digit sequence (see digitSequence)'],
    ['十一十二', 'units out of order'],
    ['10.1万零100', 'digits after a decimal took its unit'],
    ['10..1万', 'not a number'],
    ['3万4', 'ambiguous: 34000 in speech, 30004 as printed'],
    ['1万12000', 'the part after 万 is larger than 万'],
    ['点五', 'a fraction with nothing before it'],
    ['一万二万', '万 twice'],
  ])('refuses %j (%s)', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });

  it('is exact where floats are not', () => {
    expect(parseNumeral('1.64万亿')).toBe(1640000000000);
    expect(scaleDecimal('0.2', 0)).toBe(0.2);
    expect(scaleDecimal('1,500', 0)).toBe(1500);
    expect(parseNumeral('零点零零零五零零零五零零零五零零五')).toBe(0.000500050005005);
  });
});

describe('parseArabic', () => {
  it('reads separators that group by three, and nothing else', () => {
    expect(parseArabic('1,500')).toBe(1500);
    expect(parseArabic('233,333,333,434.344')).toBe(233333333434.344);
    expect(parseArabic('1,5000')).toBeNull();
    expect(parseArabic('12a')).toBeNull();
  });
});

describe('digitSequence', () => {
  it('reads numbers written digit by digit, keeping zeros', () => {
    expect(digitSequence('二〇二三')).toBe('2023');
    expect(digitSequence('零零三')).toBe('003');
    expect(digitSequence('一二点三零')).toBe('12.30');
    expect(digitSequence('十二')).toBeNull();
    expect(digitSequence('五')).toBeNull();
  });
});

describe('approximate and vague numerals', () => {
  it('reads neighbouring digits as a span', () => {
    expect(approximatePair('八九千')).toEqual([8000, 9000]);
    expect(approximatePair('三四十')).toEqual([30, 40]);
    expect(approximatePair('三五百')).toEqual([300, 500]);
    expect(approximatePair('八九亿')).toEqual([8e8, 9e8]);
    expect(approximatePair('三八百')).toBeNull();
  });

  it('reads only the floor of a vague numeral', () => {
    expect(vagueLowerBound('十余万')).toBe(100_000);
    expect(vagueLowerBound('数十亿')).toBe(1e9);
    expect(vagueLowerBound('几百万')).toBe(1e6);
    expect(vagueLowerBound('2000余')).toBe(2000);
    expect(vagueLowerBound('3000多')).toBe(3000);
    expect(vagueLowerBound('2余')).toBeNull();
  });

  it('readQuantity says what a range needs to know', () => {
    expect(readQuantity('八九千')).toMatchObject({ value: 8000, max: 9000, vague: false, trailingUnits: '千' });
    expect(readQuantity('十余万')).toMatchObject({ value: 100_000, max: null, vague: true });
    expect(readQuantity('3 万')).toMatchObject({ value: 30_000, bare: false, trailingUnits: '万' });
    expect(readQuantity('5000')).toMatchObject({ bare: true, digitless: false });
    expect(readQuantity('千万')).toMatchObject({ digitless: true });
    expect(unitExponent('百亿')).toBe(10);
  });
});

describe('itemNumber', () => {
  // The item numbers of numberMarkers.ts (（七）, 十七、, ⑤) and the parts of signing dates
  // (dates.ts: 二〇二四年三月十二日) are read here, by the project's one numeral grammar.
  it.each<[string, number | null]>([
    ['七', 7],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['二〇二四', 2024],
    ['16', 16],
    ['120', 120],
    ['①', 1],
    ['⑤', 5],
    ['⑳', 20],
    ['一〇', 10],
    ['一点五', null],
    ['甲', null],
  ])('%s → %s', (s, n) => {
    expect(itemNumber(s)).toBe(n);
  });
  it('reads dates’ parts but not circled numbers as whole numbers', () => {
    expect(wholeNumber('二〇二三')).toBe(2023);
    expect(wholeNumber('三十一')).toBe(31);
    expect(wholeNumber('廿二')).toBe(22);
    expect(wholeNumber('⑤')).toBeNull();
  });
});

describe('itemNumber on the sources’ own markers', () => {
  it('reads every Chinese item number printed in the sources (一 to 十七) as a reader counts them', () => {
    const text = ['tianmen-gongbao-2023-01.txt', 'zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt']
      .map((f) => readFileSync(new URL(`../../content/sources/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    const markers = [...text.matchAll(/^\s*(?:第|[（(])?([一二三四五六七八九十百零〇两]+)[)）、.．条]/gm)].map((m) => m[1]!);
    expect(markers.length).toBeGreaterThan(50);
    const counting = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七'.split(' ');
    for (const m of new Set(markers)) expect(itemNumber(m), m).toBe(counting.indexOf(m) + 1);
  });
});
