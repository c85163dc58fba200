import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptOfficialText } from '../adapters/official/adaptOfficialText.ts';
import { createPlaceRegistry } from '../sources/places.ts';
import { parseCanonical, renderCanonical } from '../canonical/blocks.ts';
import { Slug } from '../schema.ts';
import { dutyAgency, extractProvisions, headingOf, readAgencies, type ProvisionDraft } from './provisions.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SOURCE = 'content/sources/tianmen-gongbao-2023-01.txt';
const chain = createPlaceRegistry().chain('tianmen');
const adaptGazette = (text: string, file: string) => adaptOfficialText(text, file, chain);
const gazette = adaptGazette(read(SOURCE), SOURCE);
const [opinion, report, contingency, noise, consumption] = gazette.documents.map((d) => extractProvisions(d));

const byAnchor = (x: { provisions: ProvisionDraft[] }, anchor: string) => {
  const p = x.provisions.find((q) => q.anchor === anchor);
  if (!p) throw new Error(`no provision ${anchor}`);
  return p;
};
const measures = (x: { provisions: ProvisionDraft[] }) => x.provisions.filter((p) => p.isMeasure);
const codes = (x: { anomalies: Array<{ code: string; line: number | null }> }) => x.anomalies.map((a) => [a.code, a.line]);

describe('extractProvisions: 支持纺织服装产业高质量发展的若干意见', () => {
  it('has 17 measures (一)…(十七) under four sections', () => {
    expect(opinion!.provisions).toHaveLength(21);
    expect(measures(opinion!).map((p) => p.label)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七'].map(
        (n) => `（${n}）`,
      ),
    );
    expect(measures(opinion!).map((p) => p.anchor)).toEqual([
      '1-1',
      '1-2',
      '2-3',
      '2-4',
      '2-5',
      '2-6',
      '2-7',
      '3-8',
      '3-9',
      '3-10',
      '3-11',
      '3-12',
      '3-13',
      '3-14',
      '4-15',
      '4-16',
      '4-17',
    ]);
  });

  it('reads item (七) with its heading, agencies and section', () => {
    expect(byAnchor(opinion!, '2-7')).toEqual({
      anchor: '2-7',
      number: '七',
      label: '（七）',
      level: 1,
      title: '降低物流成本',
      text: '(七)降低物流成本。对服装电商企业,按实际发货量每单补贴0.2元(不含口罩等纺织品),单个企业每年最高补贴100万元。鼓励物流企业在我市开设“点对点”日发物流专线,从专线开设之日起,正常经营半年以上的,给予经营补贴。(责任单位:市交通运输局、市商务局、市财政局)',
      sectionPath: [{ number: '二', label: '二、', title: '强化要素保障', anchor: '2' }],
      conditions: [],
      isMeasure: true,
      lead: [],
      responsible: ['市交通运输局', '市商务局', '市财政局'].map((name) => ({ name, etc: false, group: false })),
      leadRaw: null,
      responsibleRaw: '市交通运输局、市商务局、市财政局',
      people: [],
      agenciesInherited: false,
      dutyOf: null,
      deadline: null,
      lines: [71, 71],
    });
    expect(byAnchor(opinion!, '1-1').title).toBe('配套发展资金');
    expect(byAnchor(opinion!, '1-1').responsibleRaw).toBe('市财政局、市政府金融办');
  });

  it('reads a 责任单位 printed without parentheses, and says so', () => {
    expect(byAnchor(opinion!, '2-3').responsibleRaw).toBe('市政府金融办');
    expect(codes(opinion!)).toEqual([['agency-unparenthesized', 63]]);
  });

  it('gives a section the text of its introduction and of all its items', () => {
    const four = byAnchor(opinion!, '4');
    expect(four).toMatchObject({ isMeasure: false, title: '鼓励集聚发展', lines: [89, 97] });
    expect(four.text.split('\n')).toHaveLength(5);
    expect(four.text).toContain('纺织服装产业链专班认定的其它服装供应链企业。');
    expect(four.text).toContain('(十七)物业费、宿舍租赁费优惠。');
    expect(four.text).not.toContain('本意见自发布之日起实施');
  });

  it('passes the 国投产业园 conditions of section 四 (line 91) down to (十五), (十六) and (十七), and to nothing else', () => {
    const conditions = ['4-15', '4-16', '4-17'].map((a) => byAnchor(opinion!, a).conditions);
    for (const c of conditions) {
      expect(c).toHaveLength(1);
      expect(c[0]!.section).toEqual({ label: '四、', title: '鼓励集聚发展', anchor: '4' });
      expect(c[0]!.lines).toEqual([89, 91]);
      expect(c[0]!.text).toBe(
        '具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;服装电商企业月发货量不少于3万单或直播间不少于5个;面料企业年销售额不低于500万元;辅料企业年销售额不低于200万元;纺织服装产业链专班认定的其它服装供应链企业。',
      );
    }
    expect(
      measures(opinion!)
        .filter((p) => p.conditions.length > 0)
        .map((p) => p.label),
    ).toEqual(['（十五）', '（十六）', '（十七）']);
  });

  it('passes nothing down where the children are the conditions themselves (预案 8.1 表彰, 9.1 预案编制)', () => {
    expect(contingency!.provisions.filter((p) => p.conditions.length > 0)).toEqual([]);
  });
});

describe('extractProvisions: 2023年《政府工作报告》重点任务分解落实方案', () => {
  const tasks = measures(report!);

  it('has 120 tasks 1.…120., each with its lead agency', () => {
    expect(tasks.map((p) => p.number)).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)));
    expect(tasks.every((p) => p.leadRaw !== null && p.level === 1)).toBe(true);
    expect(tasks.filter((p) => p.responsibleRaw !== null)).toHaveLength(69); // as many as print 责任单位
    expect(report!.provisions.filter((p) => !p.isMeasure).map((p) => p.label)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
    ]);
  });

  it('reads lead and responsible agencies, townships after a comma included', () => {
    expect(byAnchor(report!, '1-2')).toMatchObject({
      label: '2.',
      title: null,
      leadRaw: '市水利和湖泊局',
      responsibleRaw: '市发改委、市财政局、市生态环境局、市交通运输局、市农业农村局、市自然资源和规划局、市住建局,有关乡镇办场',
      sectionPath: [{ number: '一', label: '一、', title: '系统实施流域治理,在统筹发展安全上实现新突破', anchor: '1' }],
    });
    expect(byAnchor(report!, '1-5').leadRaw).toBe('市农业农村局、市自然资源和规划局');
    expect(byAnchor(report!, '4-54').leadRaw).toBe('市发改委'); // printed `牵头单位: 市发改委`
    expect(byAnchor(report!, '4-57')).toMatchObject({ leadRaw: '市城市管理执法局,各乡镇办场', responsibleRaw: null });
    expect(byAnchor(report!, '4-48').title).toBe('推动交通运输一体化');
    expect(byAnchor(report!, '1-1').title).toBeNull();
  });

  it('reads damaged agency groups as far as they go, and reports them', () => {
    // (头单位:市商务局,…) — 牵 missing from 牵头单位.
    expect(byAnchor(report!, '2-29')).toMatchObject({ leadRaw: '市商务局', responsibleRaw: '市经信局、市住房保障服务中心,各乡镇办场' });
    // (杨寒;牵头单位:市住建局) — a person's name in the group.
    expect(byAnchor(report!, '4-56')).toMatchObject({ leadRaw: '市住建局', responsibleRaw: null });
    expect(codes(report!)).toEqual([
      ['agency-label-unknown', 205],
      ['agency-stray-text', 263],
    ]);
    expect(report!.anomalies[1]!.message).toContain('杨寒');
  });
});

describe('extractProvisions: 天门市重污染天气应急预案', () => {
  it('anchors every numbered section of the decimal outline', () => {
    expect(contingency!.provisions).toHaveLength(90);
    expect(measures(contingency!)).toHaveLength(72);
    expect(contingency!.provisions.filter((p) => p.level === 0).map((p) => [p.anchor, p.title])).toEqual([
      ['1', '总则'],
      ['2', '组织机构和职责'],
      ['3', '监测与预警'],
      ['4', '应急响应'],
      ['5', '信息公开'],
      ['6', '总结评估'],
      ['7', '应急保障'],
      ['8', '奖惩'],
      ['9', '附则'],
    ]);
    expect(byAnchor(contingency!, '1-1')).toMatchObject({ label: '1.1', title: '编制目的', isMeasure: true, lines: [514, 516] });
    expect(byAnchor(contingency!, '1-5-1')).toMatchObject({ label: '（1）', title: '以人为本,预防为主' });
    expect(byAnchor(contingency!, '4-3-1-3')).toMatchObject({ title: '强制性减排措施', lines: [682, 692] });
  });

  it('has one duty measure per member agency under 2.2', () => {
    const duties = contingency!.provisions.filter((p) => p.sectionPath.at(-1)?.anchor === '2-2');
    expect(duties.map((p) => p.dutyOf)).toEqual([
      '市委宣传部',
      '市生态环境局',
      '市气象局',
      '市财政局',
      '市经信局',
      '市教育局',
      '市公安局',
      '市住建局',
      '市城市管理执法局',
      '市卫健委',
      '市交通运输局',
      '市现代农业服务中心',
      '市水利和湖泊局',
      '市市场监督管理局',
      '市商务局',
      '天门经济开发区',
      '各乡镇人民政府',
    ]);
    expect(duties.every((p) => p.isMeasure)).toBe(true);
    expect(byAnchor(contingency!, '2-2-4')).toMatchObject({
      label: '（4）',
      dutyOf: '市财政局',
      text: '(4)市财政局:负责按照财政预算为各项应急措施的实施提供必要的资金保障,监督应急资金的安排、使用和管理。',
    });
    expect(byAnchor(contingency!, '2-2-16')).toMatchObject({ number: '16', label: '（16）', dutyOf: '天门经济开发区' });
    // The closing paragraph of 2.2 is part of the section, not of item (17).
    expect(byAnchor(contingency!, '2-2').lines).toEqual([550, 586]);
    expect(byAnchor(contingency!, '2-2-17').text).not.toContain('其他有关单位');
  });

  it('keeps the misprinted 4.2.2 / 4.2.3 where they stand, with unique anchors', () => {
    expect(byAnchor(contingency!, '4-2-2').label).toBe('（2）');
    expect(byAnchor(contingency!, '4-2-2-b')).toMatchObject({
      label: '4.2.2',
      title: 'Ⅱ级响应措施',
      sectionPath: [{ anchor: '4' }, { anchor: '4-3' }].map((s) => expect.objectContaining(s)),
    });
    expect(byAnchor(contingency!, '4-2-3-b-2')).toMatchObject({ label: '（2）', title: '建议性减排措施' });
    expect(codes(contingency!)).toEqual([
      ['anchor-collision', 694],
      ['anchor-collision', 714],
    ]);
  });
});

describe('extractProvisions: 噪声污染防治工作职责和工作机制', () => {
  it('has one duty measure per agency, its numbered duties inside it', () => {
    const duty = measures(noise!).filter((p) => p.dutyOf);
    expect(duty.map((p) => p.dutyOf)).toEqual([
      '市生态环境局',
      '市公安局',
      '市自然资源和规划局',
      '市住建局',
      '市交通运输局',
      '市文化和旅游局',
      '市城市管理执法局',
      '市住房保障服务中心',
      '市市场监督管理局',
      '各乡镇办场',
    ]);
    expect(measures(noise!).map((p) => p.anchor)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10', '2']);
    expect(byAnchor(noise!, '1-7')).toMatchObject({
      label: '（七）',
      title: '市城市管理执法局职责',
      lines: [942, 950],
      text: [
        '(七)市城市管理执法局职责。',
        '依法对建成区主次干道及两侧范围内的以下行为进行查处:',
        '1.超过噪声排放标准排放社会生活噪声的;',
        '2.在商业经营活动中,使用高音广播喇叭或采用其他持续反复发出高噪声的方法进行广告宣传的;',
        '3.未对商业经营活动中产生的其他噪声采取有效措施造成噪声污染的。',
      ].join('\n'),
    });
  });

  it('still anchors the duties inside a duty measure', () => {
    expect(byAnchor(noise!, '1-1-4-5')).toMatchObject({ label: '（5）', isMeasure: false, dutyOf: '市生态环境局' });
    expect(byAnchor(noise!, '1-7-2')).toMatchObject({ label: '2.', isMeasure: false, dutyOf: '市城市管理执法局' });
    expect(noise!.provisions).toHaveLength(67);
    expect(noise!.anomalies).toEqual([]);
  });
});

describe('extractProvisions: 稳预期、扩内需、促消费工作方案', () => {
  const items = measures(consumption!).filter((p) => p.label.endsWith('.'));

  it('has 33 items, each with lead and responsible agencies, the lead inherited from its section', () => {
    expect(items.map((p) => p.number)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
    expect(items.every((p) => p.leadRaw && p.responsibleRaw && p.agenciesInherited)).toBe(true);
    expect(byAnchor(consumption!, '2-1')).toMatchObject({
      label: '（一）',
      title: '全力增强信心稳预期',
      leadRaw: '市经信局',
      agenciesInherited: false,
      isMeasure: false,
    });
    expect(byAnchor(consumption!, '2-1-1')).toMatchObject({
      title: '营造支持民企发展的浓厚氛围',
      leadRaw: '市经信局',
      responsibleRaw: '市经信局、市发改委、市财政局、市税务局、市工商联、市招商服务中心',
      agenciesInherited: true,
    });
    expect(items.map((p) => p.leadRaw)).toEqual([
      ...Array(3).fill('市经信局'),
      ...Array(3).fill('市发改委'),
      ...Array(5).fill('市商务局'),
      ...Array(3).fill('市住房保障服务中心'),
      ...Array(4).fill('市发改委'),
      ...Array(4).fill('市人社局'),
      ...Array(3).fill('市政府金融办'),
      ...Array(3).fill('市发改委'),
      ...Array(2).fill('市市场监管局'),
      ...Array(3).fill('市商务局'),
    ]);
    expect(measures(consumption!)).toHaveLength(37); // + 一、总体要求 and 三、(一)…(三)
  });

  it('reads an agency group missing its closing parenthesis to the end of the line', () => {
    expect(byAnchor(consumption!, '2-2-6').responsibleRaw).toBe(
      '市发改委、市财政局、市经信局、市商务局、市科技局、市市场监管局、市公共资源交易中心,天门经济开发区、各乡镇办场',
    );
    expect(codes(consumption!)).toEqual([['agency-unclosed', 1043]]);
  });
});

describe('extractProvisions on every document', () => {
  it('gives unique ASCII anchors', () => {
    for (const x of [opinion, report, contingency, noise, consumption]) {
      const anchors = x!.provisions.map((p) => p.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const a of anchors) expect(Slug.safeParse(a).success, a).toBe(true);
    }
  });

  it('reads the same provisions back from canonical Markdown', () => {
    for (const doc of gazette.documents) {
      const back = parseCanonical(renderCanonical(doc), 'doc.md');
      expect(extractProvisions(back)).toEqual(extractProvisions(doc));
    }
  });

  it('does not depend on the other documents of the issue', () => {
    // Anchors come from printed numbers only: a document extracted on its own
    // (as if the others were removed) keeps them.
    const alone = extractProvisions(structuredClone(gazette.documents[4]!));
    expect(alone.provisions.map((p) => p.anchor)).toEqual(consumption!.provisions.map((p) => p.anchor));
  });
});

describe('extractProvisions on an invented third issue (仙桃), with no code change', () => {
  const FIXTURE = 'tests/fixtures/gazette-third.txt';
  const [views, parking] = adaptGazette(read(FIXTURE), FIXTURE).documents.map((d) => extractProvisions(d));

  it('reads full-width agency groups with 配合单位 after a semicolon, and duty provisions', () => {
    expect(views!.provisions.map((p) => [p.anchor, p.label, p.isMeasure])).toEqual([
      ['1', '一、', true],
      ['2', '二、', false],
      ['2-1', '（一）', true],
      ['2-2', '（二）', true],
      ['2-3', '（三）', true],
      ['3', '三、', false],
      ['3-1', '（一）', true],
      ['3-1-1', '1.', false],
      ['3-1-2', '2.', false],
      ['3-2', '（二）', true],
    ]);
    expect(byAnchor(views!, '2-1')).toMatchObject({ title: '做强龙头企业', leadRaw: '市经信局', responsibleRaw: '市财政局、市税务局' });
    expect(byAnchor(views!, '2-3')).toMatchObject({ leadRaw: '市商务局', responsibleRaw: null });
    expect(byAnchor(views!, '3-1')).toMatchObject({ dutyOf: '市经信局', title: '市经信局职责' });
    expect(byAnchor(views!, '3-2')).toMatchObject({ dutyOf: '市财政局', title: null });
    expect(views!.anomalies).toEqual([]);
  });

  it('reads (1)…(n) under 1. and inherits the lead printed on the 一、 heading', () => {
    expect(parking!.provisions.map((p) => [p.anchor, p.label, p.isMeasure])).toEqual([
      ['1', '一、', false],
      ['1-1', '1.', false],
      ['1-1-1', '（1）', true],
      ['1-1-2', '（2）', true],
      ['1-2', '2.', true],
      ['2', '二、', false],
      ['2-1', '1.', true],
      ['2-2', '2.', true],
    ]);
    expect(byAnchor(parking!, '1')).toMatchObject({ title: '建设任务', leadRaw: '市住建局' });
    expect(byAnchor(parking!, '1-1-1')).toMatchObject({
      leadRaw: '市住建局',
      responsibleRaw: '沔城回族镇、干河街道办事处',
      agenciesInherited: true,
      sectionPath: [
        { number: '一', label: '一、', title: '建设任务', anchor: '1' },
        { number: '1', label: '1.', title: '新建公共停车场', anchor: '1-1' },
      ],
    });
    expect(byAnchor(parking!, '2-1')).toMatchObject({
      title: '加强资金保障',
      leadRaw: '市财政局',
      responsibleRaw: '市住建局',
      agenciesInherited: false,
    });
    expect(byAnchor(parking!, '2-2')).toMatchObject({ title: null, leadRaw: '市政府督查室' });
    expect(parking!.anomalies).toEqual([]);
  });
});

describe('extractProvisions on a notice with two numbered attachments', () => {
  it('prefixes anchors per attachment, since both number from 一、', () => {
    const FILE = 'tests/fixtures/gazette-attachments.txt';
    const x = extractProvisions(adaptGazette(read(FILE), FILE).documents[0]!);
    expect(x.provisions.map((p) => [p.anchor, p.label, p.leadRaw, p.responsibleRaw])).toEqual([
      ['fj1-1', '一、', null, null],
      ['fj1-1-1', '1.', '县商务局', null],
      ['fj1-1-2', '2.', '县交通运输局', '县邮政公司'],
      ['fj2-1', '一、', null, null],
      ['fj2-1-1', '1.', null, '县财政局'],
    ]);
    expect(x.anomalies).toEqual([]);
  });
});

describe('agencies of a provision, as printed', () => {
  const raw = (text: string) => {
    const r = readAgencies(text);
    return { lead: r.leadRaw, responsible: r.responsibleRaw, problems: r.problems.map((p) => p.code) };
  };
  it('reads both widths of parentheses and colons, and the label variants', () => {
    expect(raw('要做好。(牵头单位:市发改委,责任单位:市水利和湖泊局)')).toEqual({
      lead: '市发改委',
      responsible: '市水利和湖泊局',
      problems: [],
    });
    expect(raw('要做好。（牵头单位：市经信局；配合单位：市财政局、市税务局）')).toEqual({
      lead: '市经信局',
      responsible: '市财政局、市税务局',
      problems: [],
    });
    expect(raw('要做好。（牵头部门：市商务局）')).toEqual({ lead: '市商务局', responsible: null, problems: [] });
    expect(raw('不含口罩(不含口罩等纺织品)。')).toEqual({ lead: null, responsible: null, problems: [] });
  });
  it('keeps a group after a comma with its label, as printed', () => {
    expect(raw('(牵头单位:市城市管理执法局,各乡镇办场)')).toMatchObject({ lead: '市城市管理执法局,各乡镇办场' });
  });
  it('reports what it cannot read cleanly', () => {
    expect(raw('(头单位:市商务局)').problems).toEqual(['agency-label-unknown']);
    expect(raw('(杨寒;牵头单位:市住建局)')).toMatchObject({ lead: '市住建局', problems: ['agency-stray-text'] });
    expect(raw('(责任单位:市发改委,各乡镇办场')).toMatchObject({ responsible: '市发改委,各乡镇办场', problems: ['agency-unclosed'] });
    expect(raw('最高可达300万元。责任单位:市政府金融办')).toMatchObject({
      responsible: '市政府金融办',
      problems: ['agency-unparenthesized'],
    });
  });
});

describe('headings and duties', () => {
  it('takes a short first sentence or a title line as the heading', () => {
    expect(headingOf('配套发展资金。市政府统筹设立…', '配套发展资金。市政府统筹设立…', false)).toBe('配套发展资金');
    expect(headingOf('编制目的', '编制目的\n为健全完善…', false)).toBe('编制目的');
    expect(headingOf('建设任务（牵头单位：市住建局）', '建设任务（牵头单位：市住建局）', true)).toBe('建设任务');
    expect(
      headingOf('用好“天门蒸菜”区域公用品牌。(牵头单位:市商务局)', '用好“天门蒸菜”区域公用品牌。(牵头单位:市商务局)', false),
    ).toBeNull();
    expect(
      headingOf(
        '严格落实《规划》,推动区域与流域协同发展。(牵头单位:市发改委)',
        '严格落实《规划》,推动区域与流域协同发展。(牵头单位:市发改委)',
        false,
      ),
    ).toBeNull();
    expect(
      headingOf(
        '深入贯彻习近平法治思想,全力创建省级法治政府示范市。完善…',
        '深入贯彻习近平法治思想,全力创建省级法治政府示范市。完善…',
        false,
      ),
    ).toBeNull();
  });
  it('finds the agency of a duty provision', () => {
    expect(dutyAgency('市生态环境局职责', '市生态环境局职责。')).toBe('市生态环境局');
    expect(dutyAgency('各乡镇办场的职责', '各乡镇办场的职责。')).toBe('各乡镇办场');
    expect(dutyAgency(null, '市财政局:负责按照财政预算…')).toBe('市财政局');
    expect(dutyAgency('工作职责', '工作职责')).toBeNull();
    expect(dutyAgency('指挥机构成员单位职责', '指挥机构成员单位职责')).toBeNull();
    expect(dutyAgency(null, '依法对以下行为进行查处:')).toBeNull();
  });
});
