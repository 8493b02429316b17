// Adding a declared effect (an event card, a response, a deal term) to the board,
// keeping every indicator inside its range. Moves of the 10Y and USD/JPY from
// news are market shocks: they join the fading part of each price.
import { clamp } from './core';
import type { Params } from './params';
import type { Draft, IndicatorDelta, IndicatorId } from '../state';

/** Clamps an indicator to its range: 0-100 tracks, FX bounds, no negative stocks. */
export const bound = (id: IndicatorId, value: number, params: Params): number => {
  switch (id) {
    case 'stress':
    case 'trust':
    case 'usApproval':
    case 'jpApproval':
    case 'usCredibility':
    case 'jpCredibility':
      return clamp(value, 0, 100);
    case 'usdjpy':
      return clamp(value, params.fx.min, params.fx.max);
    case 'balance':
      return value;
    default:
      return Math.max(0, value);
  }
};

/** One indicator's change: what applyEffects does for each entry, without building a delta object. */
export const applyEffect = (G: Draft, id: IndicatorId, change: number, params: Params): void => {
  // Nothing to add (standing pat's Approval cost, most rounds): every indicator is already in its range.
  if (change === 0) return;
  G.board[id] = bound(id, G.board[id] + change, params);
  if (id === 'yield10y') G.markets.yieldFading += change;
  if (id === 'usdjpy') G.markets.fxFading += change;
};

export const applyEffects = (G: Draft, delta: IndicatorDelta, params: Params): void => {
  // A for-in loop: this runs several times a round, and Object.entries was a tenth of a simulated game.
  for (const key in delta) {
    const id = key as IndicatorId;
    const change = delta[id];
    if (change !== undefined) applyEffect(G, id, change, params);
  }
};
