// A horizontal bar chart of the measures each agency of a place leads and shares, drawn at
// build time as SVG geometry (no chart library reaches the browser). Pure: the component
// (components/AgencyChart.astro) turns the bars into elements.

export interface AgencyCount {
  name: string;
  led: number;
  shared: number;
}

export interface ChartRow extends AgencyCount {
  y: number;
  /** bar widths in chart units: led from the axis, shared after it */
  ledWidth: number;
  sharedWidth: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** where the bars start (after the names) and the widest a bar may be */
  barX: number;
  barMax: number;
  rowHeight: number;
  rows: ChartRow[];
  /** agencies left out (shown in the list below the chart) */
  omitted: number;
}

/** The busiest `limit` agencies (most led, then most shared), bars scaled to the largest total. */
export function layoutAgencyChart(counts: AgencyCount[], limit = 20): ChartLayout {
  const rowHeight = 22;
  const barX = 190;
  const width = 640;
  const barMax = width - barX - 70; // room for the numbers after the bar
  const busy = counts
    .filter((c) => c.led + c.shared > 0)
    .sort((a, b) => b.led - a.led || b.shared - a.shared || a.name.localeCompare(b.name, 'zh'));
  const shown = busy.slice(0, limit);
  const most = Math.max(1, ...shown.map((c) => c.led + c.shared));
  const scale = barMax / most;
  return {
    width,
    height: shown.length * rowHeight + 8,
    barX,
    barMax,
    rowHeight,
    omitted: busy.length - shown.length,
    rows: shown.map((c, i) => ({ ...c, y: 4 + i * rowHeight, ledWidth: c.led * scale, sharedWidth: c.shared * scale })),
  };
}
