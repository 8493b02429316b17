// A full-size chart of one or two indicators over the whole match (uPlot,
// loaded on demand), with its own legend (a line's colour and dash beside its
// name: never colour alone) and its text alternative, a visually hidden table
// of every value, so the chart says the same to a screen reader.
import { useEffect, useRef } from 'react';
import { VisuallyHidden } from '../ui';
import type { Drawn, Line } from './draw';

type Props = {
  readonly title: string;
  readonly roundHeader: string; //               'Round'
  readonly roundLabel: (round: number) => string; // 0 -> 'Start', 3 -> 'Round 3'
  readonly lines: ReadonlyArray<Line>;
  readonly format: (value: number) => string;
};

// jsdom (component tests) has no canvas or matchMedia: the table alone stands in for the chart.
const canDraw = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && typeof ResizeObserver === 'function';

/** Which line is which, drawn as uPlot draws them (the second dashed); the table carries it for screen readers. */
const Legend = ({ lines }: { readonly lines: ReadonlyArray<Line> }) => (
  <ul className="history-chart__legend" aria-hidden="true">
    {lines.map((line, i) => (
      <li key={line.label}>
        <svg width="28" height="10" focusable="false">
          <line x1="1" y1="5" x2="27" y2="5" stroke={line.color} strokeWidth="2.5" strokeDasharray={i > 0 ? '6 4' : undefined} />
        </svg>
        {line.label}
      </li>
    ))}
  </ul>
);

export const HistoryChart = ({ title, roundHeader, roundLabel, lines, format }: Props) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target || !canDraw()) return undefined;
    let drawn: Drawn | undefined;
    let cancelled = false;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) drawn?.resize(Math.floor(entry.contentRect.width));
    });
    const rounds = (lines[0]?.values ?? []).map((_v, i) => i);
    void import('./draw').then(({ draw }) => {
      if (cancelled) return;
      drawn = draw(target, Math.max(240, target.clientWidth), rounds, lines, format, roundHeader);
      observer.observe(target);
    });
    return () => {
      cancelled = true;
      observer.disconnect();
      drawn?.destroy();
    };
  }, [lines, format, roundHeader]);
  const length = lines[0]?.values.length ?? 0;
  return (
    <figure className="history-chart">
      <figcaption className="history-chart__title">{title}</figcaption>
      <div ref={box} className="history-chart__plot" aria-hidden="true" />
      {lines.length > 1 && <Legend lines={lines} />}
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{roundHeader}</th>
              {lines.map((line) => (
                <th scope="col" key={line.label}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length }, (_v, i) => (
              <tr key={i}>
                <th scope="row">{roundLabel(i)}</th>
                {lines.map((line) => (
                  <td key={line.label}>{format(line.values[i] ?? Number.NaN)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
};
