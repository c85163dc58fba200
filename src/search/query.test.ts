import { describe, expect, it } from 'vitest';
import { needsPhraseSearch, normalizeQuery, normalizeWenhao, parseQuery, wenhaoIn, wenhaoMatches } from './query.ts';

const t2s = new Map([
  ['穩', '稳'],
  ['崗', '岗'],
  ['還', '还'],
]);

describe('normalizeQuery', () => {
  it('folds full-width characters, simplifies, collapses spaces', () => {
    expect(normalizeQuery('  穩崗返還　５００元  ', t2s)).toBe('稳岗返还 500元');
  });
});

describe('parseQuery', () => {
  it('takes money terms out of the words', () => {
    const p = parseQuery('补贴 1000元');
    expect(p.amounts).toEqual([{ min: 1000, max: 1000, currency: 'CNY', value: 1000, valueMax: null, vague: false, raw: '1000元' }]);
    expect(p.text).toBe('补贴');
    expect(p.chunks).toEqual(['补贴']);
  });
  it('reads ranges and bounds', () => {
    expect(parseQuery('100万元以上').amounts[0]).toMatchObject({ min: 1e6, max: null });
    expect(parseQuery('10万-50万').amounts[0]).toMatchObject({ min: 1e5, max: 5e5 });
    expect(parseQuery('不超过5000元').amounts[0]).toMatchObject({ min: 0, max: 5000 });
    expect(parseQuery('300万美元').amounts[0]).toMatchObject({ min: 3e6, max: 3e6, currency: 'USD' });
    expect(parseQuery('1.5亿元').amounts[0]).toMatchObject({ min: 1.5e8, max: 1.5e8 });
    expect(parseQuery('港币2000元').amounts[0]).toMatchObject({ min: 2000, max: 2000, currency: 'HKD' });
    expect(parseQuery('3萬元').amounts[0]).toMatchObject({ min: 3e4, max: 3e4, currency: 'CNY' });
  });
  it('finds a 文号 before amounts, so its numbers are not read as money', () => {
    const p = parseQuery('天政办发〔2023〕1号');
    expect(p.wenhao).toEqual(['天政办发〔2023〕1号']);
    expect(p.amounts).toEqual([]);
    expect(p.text).toBe('');
  });
  it('accepts the brackets readers can type, and 年', () => {
    for (const q of [
      '天政办发[2023]1号',
      '天政办发（2023）1号',
      '天政办发2023年1号',
      '天政办发〔2023〕第1号',
      '天政办发［２０２３］１号',
    ]) {
      expect(parseQuery(q).wenhao, q).toEqual(['天政办发〔2023〕1号']);
    }
  });
  it('does not take a bare year and number for a 文号', () => {
    expect(parseQuery('2023 1号').wenhao).toEqual([]);
  });
  it('keeps words around a 文号 and an amount', () => {
    const p = parseQuery('天政发〔2023〕1号 补贴 500元');
    expect(p).toMatchObject({ wenhao: ['天政发〔2023〕1号'], text: '补贴', chunks: ['补贴'] });
    expect(p.amounts).toHaveLength(1);
  });
  it('simplifies before parsing', () => {
    expect(parseQuery('穩崗返還', t2s).text).toBe('稳岗返还');
  });
});

describe('文号 helpers', () => {
  it('normalises one 文号 or rejects the text', () => {
    expect(normalizeWenhao('钟政办发 (2021) 21号')).toBe('钟政办发〔2021〕21号');
    expect(normalizeWenhao('补贴')).toBeNull();
  });
  it('matches when the year and number agree and one prefix ends the other', () => {
    expect(wenhaoMatches('天政办发〔2023〕1号', '天政办发〔2023〕1号')).toBe(true);
    expect(wenhaoMatches('政办发〔2023〕1号', '天政办发〔2023〕1号')).toBe(true);
    expect(wenhaoMatches('天政发〔2023〕1号', '天政办发〔2023〕1号')).toBe(false);
    expect(wenhaoMatches('天政办发〔2023〕2号', '天政办发〔2023〕1号')).toBe(false);
    expect(wenhaoMatches('天政办发〔2023〕1号', '天政办发〔2023〕11号')).toBe(false);
  });
  it('lists the 文号 a text cites', () => {
    expect(wenhaoIn('依据《关于…的通知》（鄂政办发〔2019〕16号）和鄂政办函〔2021〕1号、鄂政办发〔2019〕16号')).toEqual([
      '鄂政办发〔2019〕16号',
      '鄂政办函〔2021〕1号',
    ]);
  });
});

describe('needsPhraseSearch', () => {
  it('asks for a phrase search when the segmenter splits a chunk into several words', () => {
    expect(needsPhraseSearch('补')).toBe(false);
    expect(needsPhraseSearch('留抵退税')).toBe(true);
    expect(needsPhraseSearch('推荐者补贴')).toBe(true);
  });
});
