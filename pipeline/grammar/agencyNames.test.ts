import { describe, expect, it } from 'vitest';
import { endsLikeBodyName, isGroupName, looksLikeAgencyName, splitAgencyList } from './agencyNames.ts';

const names = (raw: string) => splitAgencyList(raw).map((p) => p.name);

describe('looksLikeAgencyName', () => {
  it('accepts names of bodies from real documents', () => {
    for (const n of [
      '市财政局',
      '人行钟祥支行',
      '市中小担公司',
      '天门经济开发区',
      '岳口镇',
      '市行政审批制度改革工作领导小组办公室',
      '区国投公司',
      '税务局',
    ]) {
      expect(looksLikeAgencyName(n), n).toBe(true);
    }
  });
  it('rejects what only looks like one inside a parenthesis', () => {
    for (const n of ['放', '试行', '含', '国办发〔2022〕10号', '预包装食品', '联系点', '市', '修订版', '市税务局配合提供数据']) {
      expect(looksLikeAgencyName(n), n).toBe(false);
    }
  });
  it('does not take a verb or a common noun for the end of a name', () => {
    expect(endsLikeBodyName('依法查处')).toBe(false);
    expect(endsLikeBodyName('全社会')).toBe(false);
    expect(endsLikeBodyName('市公安局')).toBe(true);
  });
});

describe('isGroupName', () => {
  it('knows group references of several provinces', () => {
    for (const g of [
      '各乡镇（街道）',
      '县直有关单位',
      '各成员单位',
      '相关部门',
      '全区经济运行各专班',
      '区直各部门',
      '市级各有关部门',
      '各县市区政府',
      '各街道',
      '园区管委会',
      '有关部门',
      '相关金融机构',
      '市直相关部门',
    ]) {
      expect(isGroupName(g), g).toBe(true);
    }
  });
  it('does not take a named body for a group', () => {
    for (const n of ['市财政局', '立山经济开发区', '各项', '有关规定']) expect(isGroupName(n), n).toBe(false);
  });
});

describe('splitAgencyList', () => {
  it('splits on 、 and commas of either width', () => {
    expect(names('市财政局、市中小担公司，相关金融机构')).toEqual(['市财政局', '市中小担公司', '相关金融机构']);
  });
  it('drops the full stop a table cell closes its list with (谯城区: 区发改委、区市场监管局。)', () => {
    expect(names('区发改委、区市场监管局。')).toEqual(['区发改委', '区市场监管局']);
  });
  it('joins a name wrapped inside the cell (钟祥 line 86: 市直⏎相关部门)', () => {
    expect(names('人行钟祥支行、市直\n相关部门')).toEqual(['人行钟祥支行', '市直相关部门']);
  });
  it('splits names stacked one per line (钟祥 line 114: 市发改局⏎市人社局⏎市卫健局等)', () => {
    expect(splitAgencyList('市发改局\n市人社局\n市卫健局等')).toEqual([
      { name: '市发改局', etc: false },
      { name: '市人社局', etc: false },
      { name: '市卫健局', etc: true },
    ]);
  });
  it('splits on 和/及 only between two complete names', () => {
    expect(names('市住房和城乡建设局')).toEqual(['市住房和城乡建设局']);
    expect(names('市人力资源和社会保障局及市财政局')).toEqual(['市人力资源和社会保障局', '市财政局']);
    expect(names('市级各有关部门及各县市区政府')).toEqual(['市级各有关部门', '各县市区政府']);
  });
  it('reads …等有关部门 as a named body plus a group, and …等部门 as an open list', () => {
    expect(splitAgencyList('市工信局、市财政局等有关部门')).toEqual([
      { name: '市工信局', etc: false },
      { name: '市财政局', etc: true },
      { name: '有关部门', etc: false },
    ]);
    expect(splitAgencyList('区水务局等部门')).toEqual([{ name: '区水务局', etc: true }]);
    expect(splitAgencyList('市住建局,岳口镇等有关乡镇')).toEqual([
      { name: '市住建局', etc: false },
      { name: '岳口镇', etc: true },
      { name: '有关乡镇', etc: false },
    ]);
  });
  it('removes spaces inside a name (a PDF-style wrap or stray space)', () => {
    expect(names('市人力资源和社会保 障局')).toEqual(['市人力资源和社会保障局']);
  });
});
