import { describe, expect, it } from 'vitest';
import {
  documentFacetValues,
  facetCounts,
  matchesSelection,
  measureFacetValues,
  orderFacetValues,
  pagefindFilters,
  shortDocTitle,
} from './facets.ts';

const zx = measureFacetValues({
  place: '钟祥市',
  docTitle: '钟祥市贯彻落实中央和省、荆门市扎实稳住经济一揽子政策措施工作清单',
  leadNames: ['市财政局', '市税务局'],
  deadline: '2022年12月',
  hasAmount: false,
  validity: 'unstated',
});
const tm = measureFacetValues({
  place: '天门市',
  docTitle: '市人民政府关于支持纺织服装产业高质量发展的若干意见',
  leadNames: ['市人社局', '市人社局'],
  deadline: '未写明',
  hasAmount: true,
  validity: 'expired',
});
const tm2 = measureFacetValues({
  place: '天门市',
  docTitle: '市人民政府关于支持纺织服装产业高质量发展的若干意见',
  leadNames: ['市财政局'],
  deadline: '持续推进',
  hasAmount: true,
  validity: 'expired',
});

describe('facet values', () => {
  it('cuts long document titles to 24 characters, as the pages do', () => {
    expect(shortDocTitle('市人民政府关于支持纺织服装产业高质量发展的若干意见')).toBe('市人民政府关于支持纺织服装产业高质量发展的若干意…');
    expect(shortDocTitle('短标题')).toBe('短标题');
  });
  it('gives a measure every facet, lead agencies once each', () => {
    expect(tm).toEqual({
      place: ['天门市'],
      doc: ['市人民政府关于支持纺织服装产业高质量发展的若干意…'],
      lead: ['市人社局'],
      deadline: ['未写明'],
      amount: ['yes'],
      validity: ['expired'],
    });
    expect(zx.amount).toEqual(['no']);
    expect(
      measureFacetValues({ place: '天门市', docTitle: '某文件', leadNames: [], deadline: '未写明', hasAmount: false, validity: null })
        .validity,
    ).toEqual([]);
  });
  it('gives a document page where it is from, what it is and, when the site has a date, its status', () => {
    expect(documentFacetValues({ place: '天门市', title: '某文件', validity: 'expired' }).validity).toEqual(['expired']);
    expect(documentFacetValues({ place: '天门市', title: '市人民政府关于支持纺织服装产业高质量发展的若干意见' })).toEqual({
      place: ['天门市'],
      doc: ['市人民政府关于支持纺织服装产业高质量发展的若干意…'],
    });
  });
});

describe('selection and counts', () => {
  const entries = [zx, tm, tm2].map((filters) => ({ filters }));
  it('keeps entries carrying every selected value', () => {
    expect(matchesSelection(zx, { place: '钟祥市', lead: '市税务局' })).toBe(true);
    expect(matchesSelection(zx, { place: '天门市' })).toBe(false);
    expect(matchesSelection(zx, { place: '天门市' }, 'place')).toBe(true);
    expect(matchesSelection(documentFacetValues({ place: '天门市', title: 'x' }), { amount: 'yes' })).toBe(false);
  });
  it('counts a selected facet as if its value were replaced (radio groups), the others within the selection', () => {
    const counts = facetCounts(entries, { place: '天门市' });
    expect(counts.place).toEqual({ 钟祥市: 1, 天门市: 2 });
    expect(counts.lead).toEqual({ 市人社局: 1, 市财政局: 1 });
    expect(counts.amount).toEqual({ yes: 2 });
  });
  it('turns a selection into Pagefind filters, leaving one facet out when asked, and merges extra clauses', () => {
    expect(pagefindFilters({ place: '天门市', amount: 'yes' })).toEqual({ place: '天门市', amount: 'yes' });
    expect(pagefindFilters({ place: '天门市', amount: 'yes' }, 'place', { id: { any: ['a'] } })).toEqual({
      amount: 'yes',
      id: { any: ['a'] },
    });
  });
});

describe('orderFacetValues', () => {
  const deadlines = { ongoing: '持续推进', none: '未写明' };
  it('orders deadlines in time, then 持续推进, other wording, 未写明', () => {
    const order = orderFacetValues(
      'deadline',
      {
        未写明: 9,
        '6月底前': 1,
        持续推进: 5,
        '2023年3月': 1,
        '2022年12月': 7,
        '2022年6月': 2,
      },
      undefined,
      deadlines,
    ).map(([v]) => v);
    expect(order).toEqual(['2022年6月', '2022年12月', '2023年3月', '持续推进', '6月底前', '未写明']);
  });
  it('puts yes (有金额) first, others by count then name, and drops empty values unless selected', () => {
    expect(orderFacetValues('amount', { no: 30, yes: 3 }, undefined, deadlines).map(([v]) => v)).toEqual(['yes', 'no']);
    expect(orderFacetValues('place', { 钟祥市: 0, 天门市: 4 }, undefined, deadlines)).toEqual([['天门市', 4]]);
    expect(orderFacetValues('place', { 钟祥市: 0, 天门市: 4 }, '钟祥市', deadlines)).toEqual([
      ['天门市', 4],
      ['钟祥市', 0],
    ]);
    expect(orderFacetValues('place', { 天门市: 4 }, '荆门市', deadlines)).toEqual([
      ['天门市', 4],
      ['荆门市', 0],
    ]);
  });
});
