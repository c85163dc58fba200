import { describe, expect, it } from 'vitest';
import { layoutAgencyChart } from './agencyChart.ts';

describe('layoutAgencyChart', () => {
  // 钟祥: 市财政局 leads most; an agency with no measure has no bar.
  const counts = [
    { name: '市发改局', led: 10, shared: 5 },
    { name: '市财政局', led: 20, shared: 10 },
    { name: '市档案馆', led: 0, shared: 0 },
    { name: '人行钟祥支行', led: 10, shared: 8 },
  ];
  it('orders by led, then shared, and leaves out agencies with nothing', () => {
    const chart = layoutAgencyChart(counts);
    expect(chart.rows.map((r) => r.name)).toEqual(['市财政局', '人行钟祥支行', '市发改局']);
    expect(chart.omitted).toBe(0);
  });
  it('scales the largest total to the full bar, led and shared in proportion', () => {
    const chart = layoutAgencyChart(counts);
    const top = chart.rows[0]!;
    expect(top.ledWidth + top.sharedWidth).toBeCloseTo(chart.barMax);
    expect(top.ledWidth).toBeCloseTo((chart.barMax * 20) / 30);
    expect(chart.rows[2]!.ledWidth + chart.rows[2]!.sharedWidth).toBeCloseTo((chart.barMax * 15) / 30);
    expect(chart.height).toBe(3 * chart.rowHeight + 8);
  });
  it('keeps the busiest when there are more than the limit, and says how many are left out', () => {
    const chart = layoutAgencyChart(counts, 2);
    expect(chart.rows.map((r) => r.name)).toEqual(['市财政局', '人行钟祥支行']);
    expect(chart.omitted).toBe(1);
  });
});
