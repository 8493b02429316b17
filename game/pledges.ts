// Pledges made in deals: breaking one is allowed, and costs the breaker
// Credibility, the alliance Trust, and the markets Stress.
import { applyEffect } from './model/effects';
import type { Params } from './model/params';
import type { Action, Commitment, Draft, GameState, JpAction, UsAction } from './state';

/** Whether taking `action` now breaks `pledge`: a tariff cap breaks only if the tariff would pass it. */
export const breaks = (pledge: Commitment, action: Action, G: GameState, reciprocalRate: number): boolean => {
  switch (pledge.type) {
    case 'tariffCap': {
      const a = action as UsAction;
      if (a.type === 'raiseTariff' && a.line === pledge.line) {
        return (pledge.line === 'baseline' ? G.board.usBaselineTariff : G.board.usAutoTariff) + a.step > pledge.max;
      }
      return a.type === 'endPause' && pledge.line === 'baseline' && reciprocalRate > pledge.max;
    }
    case 'noSale':
      return (action as JpAction).type === 'sellTreasuries' && G.round <= pledge.untilRound;
    case 'noYenSelling': {
      const a = action as JpAction;
      return a.type === 'intervene' && a.direction === 'sellYen';
    }
    case 'noCurrencyLabel':
      return (action as UsAction).type === 'labelManipulator';
  }
};

/**
 * Settles this round's actions against the pledges on the board: charges
 * each breach, drops broken and expired pledges, and returns the breaches.
 */
export const settlePledges = (
  G: Draft,
  actions: { readonly us: UsAction; readonly jp: JpAction },
  reciprocalRate: number,
  params: Params,
): Commitment[] => {
  if (G.commitments.length === 0) return [];
  const broken = G.commitments.filter((pledge) => breaks(pledge, actions[pledge.side], G, reciprocalRate));
  for (const pledge of broken) {
    applyEffect(G, pledge.side === 'us' ? 'usCredibility' : 'jpCredibility', params.credibility.breach, params);
    applyEffect(G, 'trust', params.trust.breach, params);
    applyEffect(G, 'stress', params.stress.breach, params);
  }
  G.commitments = G.commitments.filter(
    (pledge) => !broken.includes(pledge) && !(pledge.type === 'noSale' && pledge.untilRound <= G.round),
  );
  return broken;
};
