// The heuristic anchor: what a sensible, reciprocal player does, as weights
// over a side's legal actions. The search is pulled toward it (levels.ts);
// the same function models the opponent. Standing pat is the default; an
// escalation is answered in proportion (less as it is forgiven); a triggered
// signal is honoured; a few cooperative moves keep some weight.
import { isHostile } from '../../game/actions';
import { legalActions } from '../../game/legal';
import { otherSide } from '../../game/state';
import type { Action, ActionType, GameState, Side } from '../../game/state';
import { memoryOf } from './memory';

export type Weighted = { readonly action: Action; readonly weight: number };

/** Each side's measured answers, mildest first: what proportion looks like. */
const PROPORTIONATE: { readonly [S in Side]: ReadonlyArray<Action> } = {
  us: [
    { type: 'raiseTariff', line: 'baseline', step: 5 },
    { type: 'raiseTariff', line: 'auto', step: 5 },
    { type: 'pressSecurity', level: 1 },
    { type: 'raiseTariff', line: 'baseline', step: 10 },
  ],
  jp: [
    { type: 'retaliate', step: 5 },
    { type: 'sellTreasuries', amount: 25 },
    { type: 'intervene', direction: 'sellYen', amount: 20 },
    { type: 'retaliate', step: 10 },
  ],
};

/** Representative actions of every kind at a middling intensity: the menu the search always looks at. */
export const REPRESENTATIVE: { readonly [S in Side]: ReadonlyArray<Action> } = {
  us: [
    { type: 'standPat' },
    { type: 'raiseTariff', line: 'baseline', step: 10 },
    { type: 'raiseTariff', line: 'auto', step: 10 },
    { type: 'cutTariff', line: 'auto', step: 5 },
    { type: 'extendPause' },
    { type: 'labelManipulator' },
    { type: 'pressSecurity', level: 1 },
    { type: 'cutTariff', line: 'baseline', step: 5 },
    { type: 'endPause' },
  ],
  jp: [
    { type: 'standPat' },
    { type: 'sellTreasuries', amount: 50 },
    { type: 'retaliate', step: 10 },
    { type: 'intervene', direction: 'buyYen', amount: 40 },
    { type: 'buyTreasuries', amount: 25 },
    { type: 'intervene', direction: 'sellYen', amount: 40 },
    { type: 'sellTreasuries', amount: 100 },
    { type: 'hedgeChina', level: 1 },
    { type: 'retaliate', step: 5 },
  ],
};

export const sameAction = (a: Action, b: Action): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The response a side's triggered signal owes this round, if any. */
export const owedResponse = (view: GameState, side: Side): ActionType | undefined =>
  view.signals[side].find((s) => s.dueRound === view.round)?.response;

/** The anchor's weights over `side`'s legal actions now (they sum to 1). */
export const anchorWeights = (view: GameState, side: Side): Weighted[] => {
  const legal = legalActions(view, side);
  const memory = memoryOf(view, side);
  const owed = owedResponse(view, side);
  const answer = Math.min(memory.grudge, 2);
  const late = view.round >= view.rounds - 1;
  let owedPlaced = false;
  const raw = legal.map((action) => {
    let weight = 0.04;
    if (action.type === 'standPat') weight = 3;
    const proportionate = PROPORTIONATE[side].findIndex((a) => sameAction(a, action));
    if (proportionate >= 0 && memory.lastHostile) weight += answer * (1.2 - 0.25 * proportionate);
    if (owed !== undefined && action.type === owed && !owedPlaced) {
      // Honour the mildest legal form of what was promised.
      weight += 2.5;
      owedPlaced = true;
    }
    if (action.type === 'extendPause' && late) weight += 0.6;
    if (action.type === 'buyTreasuries' && action.amount === 25 && view.board.stress > 55) weight += 0.6;
    if (!isHostile(side, action) && action.type !== 'standPat' && memory.grudge < 0.3) weight += 0.08;
    return { action, weight };
  });
  const total = raw.reduce((a, w) => a + w.weight, 0);
  return raw.map((w) => ({ action: w.action, weight: w.weight / total }));
};

/** The anchor's weight of one action (0 when illegal or absent). */
export const weightOf = (weights: ReadonlyArray<Weighted>, action: Action): number =>
  weights.find((w) => sameAction(w.action, action))?.weight ?? 0;

/** The opponent's most used escalation so far, by action type: what a threat should deter. */
export const theirFavouriteWeapon = (view: GameState, me: Side): ActionType | undefined => {
  const them = otherSide(me);
  const counts = new Map<ActionType, number>();
  for (const r of view.reports) {
    const a = r.choices[them].action;
    if (isHostile(them, a)) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};
