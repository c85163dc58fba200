import { describe, expect, it } from 'vitest';
import { buildVocabulary, commonCharacters, readingsOf } from './vocabularyBuild.ts';
import { nearSyllables, Vocabulary } from './vocabulary.ts';

// Sentences of the sources (钟祥 work list, 天门 documents); the official terms of the thesaurus
// are counted as words wherever a page prints them.
const PAGES = [
  '进一步提高失业保险稳岗返还比例，大力推行稳岗返还“免申即享”。',
  '大型企业稳岗返还比例由30%提高至50%，社保系统升级后及时补发。',
  '加大稳岗支持力度，对餐饮、零售、旅游、公水铁运输企业及中小微企业按90%返还失业保险。',
  '继续实施消费券刺激政策，开展汽车、家电促销活动。',
  '为小微企业、个体工商户提供信贷支持，合理分担贷款风险。',
  '全力做好保交楼工作，稳妥处置个别房地产企业风险。',
  '受疫情影响无力按月足额缴存住房公积金的企业，可在2022年12月底前申请缓缴住房公积金。',
  '租房提取每户上限从12000元/年提高到18000元/年。',
];
const OFFICIAL = ['稳岗返还', '消费券', '个体工商户', '保交楼', '缓缴'];
const v = new Vocabulary(buildVocabulary(PAGES, OFFICIAL));

describe('buildVocabulary', () => {
  const file = buildVocabulary(PAGES, OFFICIAL);
  it('holds the segmenter’s words, the official terms printed, and runs recurring on three pages', () => {
    const terms = file.terms.split(' ');
    expect(terms).toEqual(expect.arrayContaining(['稳岗返还', '消费券', '个体工商户', '保交楼', '缓缴', '企业']));
    // 稳岗返 recurs on three pages but always inside 稳岗返还: left to the browser, which adds substrings.
    expect(terms).not.toContain('稳岗返');
    // Most pages first.
    expect(terms.indexOf('稳岗返还')).toBeLessThan(terms.indexOf('保交楼'));
  });
  it('gives every character of GB 2312 level 1 and of the words its readings', () => {
    expect(commonCharacters()).toHaveLength(3755);
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readingsOf('绿')).toContain('lv');
    expect(file.readings).toMatch(/(?:^| )fan[^ ]*返/u);
  });
});

describe('Vocabulary.correct', () => {
  it('corrects a character of the same sound: 稳岗反还, 保交搂, 申请缓交', () => {
    expect(v.correct('稳岗反还')).toEqual({ text: '稳岗返还', pieces: [{ typed: '稳岗反还', term: '稳岗返还' }] });
    expect(v.correct('保交搂')?.text).toBe('保交楼');
    expect(v.correct('申请缓交')?.text).toBe('申请缓缴');
    expect(v.correct('个体工商护')?.text).toBe('个体工商户');
  });
  it('corrects a sound a pinyin input method confuses: 消费卷 (juan) for 消费券 (quan)', () => {
    expect(v.correct('消费卷')?.text).toBe('消费券');
  });
  it('leaves alone what is a word, or sounds like none: 稳岗返还, 鳄鱼馆', () => {
    expect(v.correct('稳岗返还')).toBeNull();
    expect(v.correct('鳄鱼馆')).toBeNull();
  });
  it('never corrects into a text that does not read as words end to end (以工代振 is not 利工代振)', () => {
    expect(v.correct('以工代振')).toBeNull();
  });
  it('reads pinyin as the words it spells', () => {
    expect(v.fromPinyin('wengang fanhuan')).toBe('稳岗返还');
    expect(v.fromPinyin('baojiaolou')).toBe('保交楼');
    expect(v.fromPinyin('noise complaint hotline')).toBeNull();
  });
});

describe('nearSyllables', () => {
  it('pairs what fuzzy pinyin confuses, and nothing else', () => {
    expect([nearSyllables('juan', 'quan'), nearSyllables('zhi', 'zi'), nearSyllables('lan', 'lang'), nearSyllables('nan', 'lan')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([nearSyllables('yi', 'li'), nearSyllables('shi', 'si') && !nearSyllables('shi', 'zhi'), nearSyllables('fan', 'fan')]).toEqual([
      false,
      true,
      false,
    ]);
  });
});
