// What-if positions on the 2025 board for exploring the model: one round of
// markets with given actions, or calm rounds in which both sides stand pat and
// no news comes. Shared by `npm run model:table` and the model's range tests.
import { resolveMarkets } from '../../../game/model/markets';
import { scenarioById } from '../../../game/scenarios';
import { createInitialState } from '../../../game/setup';
import type { Draft, Indicators, JpAction, Markets, UsAction } from '../../../game/state';

export const scenario = scenarioById('2025-pause');
export const { params, start } = scenario;
export const STAND_PAT = { type: 'standPat' } as const;

export type Position = { readonly board: Indicators; readonly markets: Markets };

/** A new 2025 match, unshuffled, as a writable state for the round functions. */
export const newGame = (): Draft => structuredClone(createInitialState(scenario, { Shuffle: (deck) => deck })) as Draft;

/** The starting board, with some indicators changed. */
export const opening = (board: Partial<Indicators> = {}): Position => ({ board: { ...start, ...board }, markets: newGame().markets });

/** One round of markets with these two actions. */
export const play = (from: Position, us: UsAction, jp: JpAction): Position => {
  const result = resolveMarkets({ board: from.board, start, markets: from.markets, us, jp, reciprocalRate: scenario.reciprocalRate, params });
  return { board: result.board, markets: result.markets };
};

/** `rounds` rounds in which both sides stand pat and no news comes. */
export const calm = (from: Position, rounds: number): Position => {
  let position = from;
  for (let i = 0; i < rounds; i++) position = play(position, STAND_PAT, STAND_PAT);
  return position;
};

/** The 10Y's move from the start, in basis points. */
export const bp = (position: Position): number => (position.board.yield10y - start.yield10y) * 100;

/** USD/JPY's move from the start, in yen. */
export const yen = (position: Position): number => position.board.usdjpy - start.usdjpy;
