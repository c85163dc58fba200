import { describe, expect, it } from 'vitest';
import { Thesaurus } from './thesaurus.ts';
import { alsoSearch, formsOf, isQuestionOnly, searchTerm, understand, weightOf } from './understand.ts';

// Entries of content/thesaurus.yaml, with the pages printing each everyday word in the built site.
const thesaurus = new Thesaurus({
  terms: [
    '就业 找工作',
    '企业 公司',
    '高校毕业生 应届生',
    '租房提取 公积金交房租',
    '重污染天气 空气污染 雾霾',
    '缓缴 晚交社保',
    '农村生活垃圾 村里垃圾',
  ],
  printed: { 公司: 38, 空气污染: 1 },
});
const u = (q: string, literal: string[] = []) => understand(q.split(' '), thesaurus, new Set(literal));

describe('understand', () => {
  it('looks everyday words up and keeps the rest as typed', () => {
    expect(u('找工作 补贴')).toEqual([{ typed: '找工作', official: '就业', typedPages: 0 }, { typed: '补贴' }]);
  });
  it('takes question words and particles out: 公司招应届生 有补贴吗', () => {
    expect(u('公司招应届生 有补贴吗')).toEqual([
      { typed: '公司', official: '企业', typedPages: 38 },
      { typed: '应届生', official: '高校毕业生', typedPages: 0 },
      { typed: '补贴' },
    ]);
    expect(u('晚交社保 可以吗')).toEqual([{ typed: '晚交社保', official: '缓缴', typedPages: 0 }]);
    expect(isQuestionOnly('可以吗')).toBe(true);
    expect(isQuestionOnly('补贴吗')).toBe(false);
  });
  it('drops single characters left between other words, but not a term the segmenter split', () => {
    expect(u('村里垃圾没人收')).toEqual([{ typed: '村里垃圾', official: '农村生活垃圾', typedPages: 0 }]);
    // 稳岗返还 is 稳|岗|返|还 to the segmenter: its 还 is no particle here.
    expect(u('稳岗返还')).toEqual([{ typed: '稳岗返还' }]);
    expect(u('税')).toEqual([{ typed: '税' }]);
  });
  it('finds an everyday word across a space the reader typed: 公积金 交房租', () => {
    expect(u('公积金 交房租')).toEqual([{ typed: '公积金交房租', official: '租房提取', typedPages: 0 }]);
  });
  it('leaves alone what the reader took literally, a word or a whole chunk', () => {
    expect(u('空气污染 预警', ['空气污染'])).toEqual([{ typed: '空气污染' }, { typed: '预警' }]);
    expect(u('公积金 交房租', ['公积金交房租'])).toEqual([{ typed: '公积金' }, { typed: '交房租' }]);
  });
  it('counts a concept typed twice once', () => {
    expect(u('补贴 补贴')).toEqual([{ typed: '补贴' }]);
  });
});

describe('what is searched for a concept', () => {
  it('the official term alone when no page prints the everyday word; both when one does', () => {
    const [jobs, air] = [u('找工作')[0]!, u('空气污染')[0]!];
    expect([searchTerm(jobs), alsoSearch(jobs)]).toEqual(['就业', null]);
    expect([searchTerm(air), alsoSearch(air)]).toEqual(['空气污染', '重污染天气']);
    expect(formsOf(air)).toEqual(['空气污染', '重污染天气']);
  });
  it('the correction of a typo, instead of the typo', () => {
    const c = { typed: '稳岗反还', corrected: '稳岗返还' };
    expect([searchTerm(c), alsoSearch(c), formsOf(c)]).toEqual(['稳岗返还', null, ['稳岗返还']]);
  });
  it('weighs longer terms more, up to five characters', () => {
    expect([
      weightOf({ typed: '车' }),
      weightOf({ typed: '补贴' }),
      weightOf(u('雾霾')[0]!),
      weightOf({ typed: '离校未就业高校毕业生' }),
    ]).toEqual([1, 2, 5, 5]);
  });
});
