// A small count or status pill. The text itself carries the meaning; the
// colour (tone) only repeats it.
import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'good' | 'bad' | 'info';

export const Badge = ({ children, tone = 'neutral', label }: { readonly children: ReactNode; readonly tone?: Tone; readonly label?: string }) => (
  <span className={`badge badge--${tone}`} aria-label={label}>
    {children}
  </span>
);
