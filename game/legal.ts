// Legal options for a player, in one place: the moves validate against them,
// ai.enumerate lists them for bots, and the board draws them.
import { actionProblem as registryProblem, actionTypesOf, allActions, isThreat } from './actions';
import { eventCard } from './cards/events';
import type { Problem } from './problems';
import { rulesOf } from './rules';
import { otherSide } from './state';
import type { Action, GameState, Side, Signal } from './state';

/** Why `side` cannot take `action` now (the board allows it and Approval pays for it), or undefined. */
export const actionProblem = (G: GameState, side: Side, action: Action): Problem | undefined =>
  registryProblem(G, rulesOf(G).params, side, action);

/** Every action `side` may choose this round, in menu order. */
export const legalActions = (G: GameState, side: Side): Action[] =>
  allActions(side).filter((action) => actionProblem(G, side, action) === undefined);

/** Every signal `side` may post: any opponent action (but standing pat) answered by any of its own. */
export const legalSignals = (side: Side): Signal[] =>
  actionTypesOf(otherSide(side))
    .filter((trigger) => trigger !== 'standPat')
    .flatMap((trigger) =>
      actionTypesOf(side)
        .filter((response) => response !== 'standPat')
        .map((response) => ({ trigger, response })),
    );

/** The option ids of the card `side` must answer now, if any. */
export const legalResponses = (G: GameState, side: Side): string[] =>
  G.news && G.news.awaiting === side ? (eventCard(G.news.card).response?.options.map((o) => o.id) ?? []) : [];

/**
 * A bounded set of signals for search and random play: one threat against each
 * of the other side's hostile action types, each answered by one of one's own
 * threats in turn (so every threat of one's own is used).
 */
const boundedSignals = (side: Side): ReadonlyArray<Signal> => {
  const mine = actionTypesOf(side).filter((type) => isThreat(side, type));
  const theirs = actionTypesOf(otherSide(side)).filter((type) => isThreat(otherSide(side), type));
  return theirs.flatMap((trigger, i) => {
    const response = mine[i % mine.length];
    return response === undefined ? [] : [{ trigger, response }];
  });
};
const SIGNAL_CHOICES: { readonly [S in Side]: ReadonlyArray<Signal> } = { us: boundedSignals('us'), jp: boundedSignals('jp') };

export const signalChoices = (side: Side): ReadonlyArray<Signal> => SIGNAL_CHOICES[side];
