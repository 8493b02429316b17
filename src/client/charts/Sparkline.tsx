// A small line chart of one indicator's history, drawn as inline SVG: twenty of
// them on a phone cost nothing, and they need no library. The picture is
// decorative (aria-hidden); the caller gives its text alternative.
import type { Point } from './series';

type Props = { readonly points: ReadonlyArray<Point>; readonly width?: number; readonly height?: number };

export const Sparkline = ({ points, width = 72, height = 24 }: Props) => {
  if (points.length < 2) return <svg className="spark" width={width} height={height} aria-hidden="true" focusable="false" />;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const x = (i: number) => pad + (i / (points.length - 1)) * (width - 2 * pad);
  const y = (v: number) => (max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad));
  const path = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <svg className="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      {last && <circle cx={x(points.length - 1)} cy={y(last.value)} r="2.5" fill="currentColor" />}
    </svg>
  );
};
