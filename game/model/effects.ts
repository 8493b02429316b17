// Adding a declared effect (an event card, a response, a deal term) to the board,
// keeping every indicator inside its range. Moves of the 10Y and USD/JPY from
// news are market shocks: they join the fading part of each price.
import { clamp } from './core';
import type { Params } from './params';
import type { Draft, IndicatorDelta, IndicatorId } from '../state';

const PERCENT_SCALES: ReadonlyArray<IndicatorId> = [
  'stress',
  'trust',
  'usApproval',
  'jpApproval',
  'usCredibility',
  'jpCredibility',
];

/** Clamps an indicator to its range: 0-100 tracks, FX bounds, no negative stocks. */
export const bound = (id: IndicatorId, value: number, params: Params): number => {
  if (PERCENT_SCALES.includes(id)) return clamp(value, 0, 100);
  if (id === 'usdjpy') return clamp(value, params.fx.min, params.fx.max);
  if (id === 'balance') return value;
  return Math.max(0, value);
};

export const applyEffects = (G: Draft, delta: IndicatorDelta, params: Params): void => {
  for (const [id, change] of Object.entries(delta) as [IndicatorId, number][]) {
    G.board[id] = bound(id, G.board[id] + change, params);
    if (id === 'yield10y') G.markets.yieldFading += change;
    if (id === 'usdjpy') G.markets.fxFading += change;
  }
};
