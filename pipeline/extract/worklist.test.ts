import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceRegistry } from '../sources/places.ts';
import { adaptOfficialText } from '../adapters/official/adaptOfficialText.ts';
import { parseCanonical, renderCanonical } from '../canonical/blocks.ts';
import { extractWorklist } from './worklist.ts';

const FILE = 'content/sources/zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt';
const chain = createPlaceRegistry().chain('zhongxiang'); // 中央 → 湖北省 → 荆门市 → 钟祥市
const levels = chain.map((j) => ({ id: j.id, name: j.name, header: j.name }));
/** Through the canonical Markdown, as ingest does. */
const extract = (text: string, file = FILE) =>
  extractWorklist(parseCanonical(renderCanonical(adaptOfficialText(text, file, chain).documents[0]!)), levels, file);
const result = extract(readFileSync(FILE, 'utf8'));
const byAnchor = new Map(result.measures.map((m) => [m.anchor, m]));

/** Printed numbers of one level, taken from every row where that level is new. */
function numbersAt(level: string): number[] {
  return result.measures.flatMap((m) => {
    if (levels.at(-1)!.id === level) return m.label.startsWith('钟祥市第') ? [Number(m.number)] : [];
    const own = m.lineage.find((l) => l.level === level && !l.merged);
    const self = m.anchor === `${level}-${m.number}` ? Number(m.number) : null;
    return own?.number ? [Number(own.number)] : self ? [self] : [];
  });
}

describe('extractWorklist on the 钟祥 work list', () => {
  it('makes a measure of each of the 173 data rows', () => {
    expect(result.measures).toHaveLength(173);
    expect(new Set(result.measures.map((m) => m.anchor)).size).toBe(173);
  });
  it('has every 钟祥 number 1–163 exactly once', () => {
    expect(numbersAt('zhongxiang').sort((a, b) => a - b)).toEqual(Array.from({ length: 163 }, (_, i) => i + 1));
  });
  it('has every 荆门 number 1–153 exactly once', () => {
    expect(numbersAt('jingmen').sort((a, b) => a - b)).toEqual(Array.from({ length: 153 }, (_, i) => i + 1));
  });
  it('places every row under one of the 33 central policies', () => {
    expect(result.policies.map((p) => p.number)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
    expect(result.policies.flatMap((p) => p.anchors).sort()).toEqual(result.measures.map((m) => m.anchor).sort());
    for (const m of result.measures) expect(m.lineage[0]?.level, m.anchor).toBe('zhongyang');
  });
  it('builds the chain 中央 → 湖北省 → 荆门市 above 钟祥 item 1', () => {
    const m = byAnchor.get('1')!;
    expect(m.lineage.map((l) => [l.level, l.number])).toEqual([
      ['zhongyang', '1'],
      ['hubei', null],
      ['jingmen', '1'],
    ]);
    expect(m.lineage[0]!.title).toBe('进一步加大增值税留抵退税政策力度');
    expect(m.text).toMatch(/^强化内部培训/);
    expect(m.leadRaw).toBe('市财政局、市税务局');
    expect(m.responsibleRaw).toBe('人行钟祥支行');
    expect(m.deadline).toEqual({ raw: '2022年12月', normalized: '2022-12' });
  });
  it('treats an empty upper cell as merged with the row above (钟祥 2 sits under 中央 text of row 1)', () => {
    const m = byAnchor.get('2')!;
    expect(m.lineage[0]).toMatchObject({ merged: true, number: '1' });
    expect(m.lineage[1]).toMatchObject({ merged: false });
    expect(m.lineage[1]!.text).toMatch(/^紧盯时间节点/);
  });
  it('reports the printed 中央政策 number 26 that belongs to policy 28 (line 1762) and files the row by its title', () => {
    const slip = result.anomalies.find((a) => a.code === 'policy-number-slip');
    expect(slip).toMatchObject({ line: 1762, severity: 'warning' });
    expect(byAnchor.get('132')!.policy).toEqual({ number: '28', title: '完善交通物流保通保畅政策' });
  });
  it('reports policy 33 repeating the title of policy 32 without merging them', () => {
    expect(result.anomalies.find((a) => a.code === 'policy-duplicate-title')?.line).toBe(2115);
    expect(byAnchor.get('160')!.policy?.number).toBe('33');
  });
  it('keeps rows without a 钟祥 measure, anchored by their 荆门 number', () => {
    expect(byAnchor.get('jingmen-44')).toMatchObject({ text: expect.stringMatching(/^充分用好各类结构性货币政策工具/), leadRaw: null });
    expect(result.anomalies.some((a) => a.code === 'no-local-measure' && a.line === 601)).toBe(true);
  });
  it('anchors a row with no number at any local level by its policy and row (中央 26, row 2)', () => {
    expect(byAnchor.get('p26-2')!.text).toBe('荆门市无符合条件的民航企业，此项不需要贯彻落实。');
    expect(byAnchor.get('p26-2')!.lineage[0]!.text).toBe('支持航空企业发行2000亿元债券。');
  });
  it('carries 单位 and 时限 down through vertically merged cells and says so (钟祥 24, 25)', () => {
    expect(byAnchor.get('24')).toMatchObject({
      leadRaw: '市财政局、市投融资服务中心',
      agenciesInherited: true,
      deadline: { raw: '2022年12月', normalized: '2022-12' },
    });
    expect(byAnchor.get('24')!.notes[0]!.message).toMatch(/沿用上一行/);
    expect(byAnchor.get('23')!.agenciesInherited).toBe(false);
  });
  it('reports a missing deadline (钟祥 10, line 143) instead of inventing one', () => {
    expect(byAnchor.get('10')!.deadline).toBeNull();
    expect(result.anomalies.some((a) => a.code === 'missing-deadline' && a.line === 143)).toBe(true);
  });
});

describe('extractWorklist on bad input', () => {
  const HEADER =
    '\t序号\n\t中央政策\n\t省落实举措\n\t序号\n\t荆门市落实举措\n\t序号\n\t钟祥市落实措施\n\t牵头单位\n\t责任单位\n\t完成时限\n';
  const row = (c: string, j: string, z: string) =>
    `\t${c}\n\t${c ? '标题' + c : ''}\n\t中央文字${j}\n\t省文字${j}\n\t${j}\n\t荆门文字${j}\n\t${z}\n\t钟祥文字${z}\n\t市财政局\n\t\n\t2022年12月\n`;
  it('stops on a duplicate 钟祥 item number with both lines', () => {
    const text = `小清单\n${HEADER}${row('1', '1', '1')}${row('', '2', '1')}`;
    expect(() => extract(text, 'dup.txt')).toThrow(/^dup\.txt:29: 钟祥市序号 1 appears again \(first at line 18\)/);
  });
  it('reports a gap in the numbering as a warning, not an error', () => {
    const r = extract(`小清单\n${HEADER}${row('1', '1', '1')}${row('', '2', '3')}`, 'gap.txt');
    expect(r.anomalies.find((a) => a.code === 'number-gap')).toMatchObject({ line: 29, severity: 'warning' });
  });
});

describe('extractWorklist on the 钟祥 work list moved to 云南省普洱市镇沅彝族哈尼族拉祜族自治县', () => {
  // What `npm run bench` made of it at 300× (copy 272): the same list, its places renamed. The
  // county's own column, 镇沅彝族哈尼族拉祜族自治县落实措施, was read as a task column, and none
  // of the county's 163 measures was published.
  const registry = createPlaceRegistry();
  const place = registry.resolve('云南省普洱市镇沅彝族哈尼族拉祜族自治县');
  if (!place.ok) throw new Error(place.message);
  const moved = registry.chain(place.place.id);
  const movedLevels = moved.map((j) => ({ id: j.id, name: j.name, header: j.name }));
  const text = readFileSync(FILE, 'utf8')
    .replaceAll('钟祥市', '镇沅彝族哈尼族拉祜族自治县')
    .replaceAll('荆门市', '普洱市')
    .replaceAll('湖北省', '云南省');
  const r = extractWorklist(parseCanonical(renderCanonical(adaptOfficialText(text, FILE, moved).documents[0]!)), movedLevels, FILE);
  it('makes the same 173 measures, 163 of them numbered by the county', () => {
    expect(r.measures).toHaveLength(173);
    expect(r.measures.filter((m) => m.label.startsWith('镇沅彝族哈尼族拉祜族自治县第'))).toHaveLength(163);
  });
  it('reads county item 1 as the county’s text under 普洱市 item 1', () => {
    const m = r.measures.find((x) => x.anchor === '1')!;
    expect(m.text).toMatch(/^强化内部培训/);
    expect(m.lineage.map((l) => [l.level, l.number])).toEqual([
      [moved[0]!.id, '1'],
      [moved[1]!.id, null],
      [moved[2]!.id, '1'],
    ]);
  });
});
