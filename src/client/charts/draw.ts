// The uPlot half of a history chart, loaded on demand (import('./draw')) so the
// library and its stylesheet stay out of the first screen's bundle.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type Line = { readonly label: string; readonly values: ReadonlyArray<number>; readonly color: string };

export type Drawn = { readonly resize: (width: number) => void; readonly destroy: () => void };

export const draw = (
  target: HTMLElement,
  width: number,
  rounds: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  format: (value: number) => string,
  xLabel: string, // 'Round', in the player's language
): Drawn => {
  const plot = new uPlot(
    {
      width,
      height: 180,
      // uPlot's own legend reads "Value: --" until hovered and is English;
      // the chart draws its own localized legend and data table instead.
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false },
        // A line that never moved: a narrow band around it, not uPlot's 0 to twice the value.
        y: { range: (_u, min, max) => (max - min < 1e-9 ? [min - Math.max(1, Math.abs(min) * 0.02), max + Math.max(1, Math.abs(max) * 0.02)] : uPlot.rangeNum(min, max, 0.1, true)) },
      },
      axes: [
        { label: xLabel, labelSize: 20, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
        { values: (_u, ticks) => ticks.map(format), size: 64 },
      ],
      series: [{}, ...lines.map((line, i) => ({ label: line.label, stroke: line.color, width: 2, dash: i > 0 ? [6, 4] : undefined, value: (_u: uPlot, v: number | null) => (v === null ? '' : format(v)) }))],
    },
    [[...rounds], ...lines.map((line) => [...line.values])],
    target,
  );
  return { resize: (w) => plot.setSize({ width: w, height: 180 }), destroy: () => plot.destroy() };
};
