// Agency tags of real documents of several provinces (texts as printed in content/sources/
// and in the test corpus under tests/corpus/). Expected values are what a reader of each
// tag would say.
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { findAgencyTags, statesFirstListedLeads, type TagOptions } from './agencyTags.ts';

const read = (text: string, options: TagOptions = {}) => {
  const tags = findAgencyTags(text, foldText(text), options);
  const role = (r: 'lead' | 'responsible', group: boolean) =>
    tags.flatMap((t) => t.names.filter((n) => n.role === r && n.group === group).map((n) => n.name));
  return {
    lead: role('lead', false),
    responsible: role('responsible', false),
    leadGroups: role('lead', true),
    responsibleGroups: role('responsible', true),
    people: tags.flatMap((t) => t.people),
    deadline: tags.find((t) => t.deadline)?.deadline ?? null,
    tags,
  };
};

describe('labelled tags', () => {
  it('天门: (牵头单位:市经信局,责任单位:市发改委、市商务局…)', () => {
    const r = read('加快企业技术改造。(牵头单位:市经信局,责任单位:市发改委、市商务局、市生态环境局)');
    expect(r).toMatchObject({
      lead: ['市经信局'],
      responsible: ['市发改委', '市商务局', '市生态环境局'],
      leadGroups: [],
      responsibleGroups: [],
    });
  });
  it('天门: groups under both labels (牵头单位:市政府各部门,责任单位:各乡镇办场区)', () => {
    const r = read('抓好落实。(牵头单位:市政府各部门,责任单位:各乡镇办场区)');
    expect(r).toMatchObject({ lead: [], leadGroups: ['市政府各部门'], responsible: [], responsibleGroups: ['各乡镇办场区'] });
  });
  it('天津: full-width labels with a group after a comma', () => {
    const r = read('给予最高1000万元奖励。（责任单位：市工业和信息化局、市财政局，各区人民政府）');
    expect(r).toMatchObject({ responsible: ['市工业和信息化局', '市财政局'], responsibleGroups: ['各区人民政府'] });
  });
  it('西宁: labels separated only by spaces', () => {
    const r = read('推进流通领域改革。(牵头单位:市商务局  责任单位:市编办、市发改委、市法制办、各区县政府)');
    expect(r).toMatchObject({ lead: ['市商务局'], responsible: ['市编办', '市发改委', '市法制办'], responsibleGroups: ['各区县政府'] });
  });
  it('淮安: a remark after the lists stays text, the lists are read (…等有关部门)', () => {
    const r = read(
      '给予扶持。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)',
    );
    expect(r).toMatchObject({ responsible: ['市工信局', '市财政局'], responsibleGroups: ['有关部门', '各县区人民政府', '园区管委会'] });
    expect(r.tags[0]!.problems[0]!.message).toMatch(/以下政策措施均需/);
  });
  it('reads a deadline and people under their labels, never as agencies', () => {
    const r = read('建设智慧园区。(牵头单位:市商务局;责任单位:市财政局;责任领导:张三;完成时限:2023年9月底前)');
    expect(r).toMatchObject({ lead: ['市商务局'], responsible: ['市财政局'], people: ['张三'], deadline: '2023年9月底前' });
  });
});

describe('tags with verbs', () => {
  it('官渡: (区发改局牵头,区财政局、…等部门,区国投公司、各街道办事处配合)', () => {
    const r = read('加快项目建设。(区发改局牵头,区财政局、区交运局、区住建局、区水务局等部门,区国投公司、各街道办事处配合)');
    expect(r.lead).toEqual(['区发改局']);
    expect(r.responsible).toEqual(['区财政局', '区交运局', '区住建局', '区水务局', '区国投公司']);
    expect(r.responsibleGroups).toEqual(['各街道办事处']);
  });
  it('咸阳 (traditional): 牽頭 and 按職責分工負責, names kept as printed', () => {
    const r = read('(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)');
    expect(r.lead).toEqual(['市政府辦公室', '市行政審批制度改革工作領導小組辦公室']);
    expect(r.responsibleGroups).toEqual(['市級各有關部門', '各縣市區政府']);
  });
  it('东莞 (traditional): (X、Y負責) makes all of them responsible, none lead', () => {
    const r = read('落實穩崗返還政策。(市人力資源社會保障局、市醫保局、市財政局、市稅務局負責)');
    expect(r.lead).toEqual([]);
    expect(r.responsible).toEqual(['市人力資源社會保障局', '市醫保局', '市財政局', '市稅務局']);
  });
  it('…unless the document says the first listed leads', () => {
    const r = read('(市人力資源社會保障局、市醫保局負責)', { firstListedLeads: true });
    expect(r.lead).toEqual(['市人力資源社會保障局']);
    expect(r.responsible).toEqual(['市醫保局']);
  });
  it('韶关 (traditional): the convention stated inside the tag (排在首位的爲牽頭單位,下同)', () => {
    const r = read('(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)');
    expect(r.lead).toEqual(['市稅務局']);
    expect(r.responsible).toEqual(['市財政局']);
    expect(r.tags[0]!.firstListedLeads).toBe(true);
  });
  it('lead, partner and deadline in one parenthesis', () => {
    const r = read('开展消费季活动(市商务局牵头,市财政局、市市场监管局配合,2023年9月底前完成)');
    expect(r).toMatchObject({ lead: ['市商务局'], responsible: ['市财政局', '市市场监管局'], deadline: '2023年9月底前完成' });
  });
  it('X负责,Y配合: the one responsible leads, the partner shares', () => {
    const r = read('(市商务局负责,市财政局配合)');
    expect(r).toMatchObject({ lead: [], responsible: ['市商务局', '市财政局'] });
  });
});

describe('misprinted tags of the 天门 gazette, read and reported', () => {
  it('a label missing a character: (头单位:市商务局)', () => {
    const r = read('(头单位:市商务局)');
    expect(r.lead).toEqual(['市商务局']);
    expect(r.tags[0]!.problems.map((p) => p.code)).toEqual(['agency-label-unknown']);
  });
  it('a stray name before the label: (杨寒;牵头单位:市住建局)', () => {
    const r = read('(杨寒;牵头单位:市住建局)');
    expect(r.lead).toEqual(['市住建局']);
    expect(r.tags[0]!.problems[0]).toMatchObject({ code: 'agency-stray-text' });
  });
  it('an unclosed parenthesis: (责任单位:市发改委,各乡镇办场', () => {
    const r = read('推进改革。(责任单位:市发改委,各乡镇办场');
    expect(r).toMatchObject({ responsible: ['市发改委'], responsibleGroups: ['各乡镇办场'] });
    expect(r.tags[0]!.problems[0]).toMatchObject({ code: 'agency-unclosed' });
  });
  it('keeps parentheses inside an agency name: 长江（天门）投资公司', () => {
    expect(read('（责任单位：长江（天门）投资公司、市财政局）').responsible).toEqual(['长江（天门）投资公司', '市财政局']);
  });
});

describe('label lines (立山: labels on lines of their own under an item)', () => {
  it('reads lead and responsible with groups', () => {
    const text = '3.固定资产投资增长15%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,各街道、区直各部门';
    const r = read(text);
    expect(r).toMatchObject({ lead: ['区发改局'], responsible: ['立山经济开发区'], responsibleGroups: ['各街道', '区直各部门'] });
    expect(r.tags[0]!.form).toBe('label-lines');
  });
});

describe('a label printed without parentheses at the end', () => {
  it('…300万元。责任单位:市政府金融办', () => {
    const r = read('对首发上市企业奖励300万元。责任单位:市政府金融办');
    expect(r.responsible).toEqual(['市政府金融办']);
  });
});

describe('parentheses that are not agency tags', () => {
  for (const text of [
    '根据《若干政策措施》(国办发〔2022〕10号)精神',
    '企业招用50人(含)以上的',
    '深化“放管服”(放、管、服)改革',
    '管理办法(试行)',
    '各县(市、区)人民政府',
    '(修訂版)',
    '预包装食品(预包装食品)经营许可',
    '(市税务局配合提供数据)',
  ]) {
    it(text, () => expect(read(text).tags).toEqual([]));
  }
  it('a bare list of bodies counts only at the end of a provision', () => {
    expect(read('由市财政局(市国资局)负责拨付').tags).toEqual([]);
    expect(read('加大支持力度。(市财政局、市税务局)').responsible).toEqual(['市财政局', '市税务局']);
  });
});

describe('statesFirstListedLeads', () => {
  it('finds the convention in a document', () => {
    expect(statesFirstListedLeads(foldText('各项任务列第一位者为牵头单位，其他为配合单位。'))).toBe(true);
    expect(statesFirstListedLeads(foldText('排在首位的爲牽頭單位'))).toBe(true);
    expect(statesFirstListedLeads('市财政局牵头')).toBe(false);
  });
});
