import { describe, expect, it } from 'vitest';
import type { Measure } from '../../pipeline/schema.ts';
import { deadlineGroup, groupByDeadline } from './deadlines.ts';

const m = (id: string, place: string, deadline: Measure['deadline'], lead: string[], leadGroups: string[] = []) =>
  ({ id, jurisdiction: place, deadline, lead, leadGroups }) as unknown as Measure;

describe('deadlineGroup', () => {
  it('puts a day in its month, keeps a year, and names the rest', () => {
    expect(deadlineGroup({ raw: '2022年6月30日前', normalized: '2022-06-30' })).toBe('2022-06');
    expect(deadlineGroup({ raw: '2022年12月', normalized: '2022-12' })).toBe('2022-12');
    expect(deadlineGroup({ raw: '2025年', normalized: '2025' })).toBe('2025');
    expect(deadlineGroup({ raw: '持续\n推进', normalized: 'ongoing' })).toBe('ongoing');
    expect(deadlineGroup({ raw: '第四季度', normalized: null })).toBe('other');
    expect(deadlineGroup(null)).toBe('none');
  });
});

describe('groupByDeadline', () => {
  // Shapes of the 钟祥 work list: 人行 and 银保监 lead rows due 2022年12月 or 持续推进; a row
  // led by two agencies; a row whose lead is a group reference.
  const measures = [
    m('a', 'zhongxiang', { raw: '持续推进', normalized: 'ongoing' }, ['rh']),
    m('b', 'zhongxiang', { raw: '2022年12月', normalized: '2022-12' }, ['rh', 'czj']),
    m('c', 'tianmen', { raw: '2022年12月底', normalized: '2022-12-31' }, ['fgw']),
    m('d', 'zhongxiang', { raw: '2022年12月', normalized: '2022-12' }, ['czj']),
    m('e', 'zhongxiang', { raw: '2022年', normalized: '2022' }, [], ['相关金融机构']),
    m('f', 'zhongxiang', { raw: '2022年6月', normalized: '2022-06' }, []),
    m('g', 'zhongxiang', null, ['rh']),
  ];
  const names: Record<string, string> = { rh: '人行钟祥支行', czj: '市财政局', fgw: '市发改委' };
  const groups = groupByDeadline(
    measures,
    (x) => x.jurisdiction,
    (id) => names[id]!,
    '未写明牵头单位',
  );

  it('orders months in time, a year after its months, then 持续推进 and no deadline', () => {
    expect(groups.map((g) => [g.key, g.measures.length])).toEqual([
      ['2022-06', 1],
      ['2022-12', 3],
      ['2022', 1],
      ['ongoing', 1],
      ['none', 1],
    ]);
  });

  it('splits a month by place (most measures first) and by lead agency, a shared lead counted under each', () => {
    const dec = groups[1]!;
    expect(dec.places.map((p) => [p.place, p.measures.length])).toEqual([
      ['zhongxiang', 2],
      ['tianmen', 1],
    ]);
    expect(dec.places[0]!.agencies.map((a) => [a.agency, a.name, a.measures.map((x) => x.id)])).toEqual([
      ['czj', '市财政局', ['b', 'd']],
      ['rh', '人行钟祥支行', ['b']],
    ]);
  });

  it('names a group reference as printed and a missing lead as such', () => {
    expect(groups[2]!.places[0]!.agencies).toEqual([{ agency: null, name: '相关金融机构', measures: [measures[4]] }]);
    expect(groups[0]!.places[0]!.agencies[0]!.name).toBe('未写明牵头单位');
  });
});
