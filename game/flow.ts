// The round as a sequence of steps, shared by the boardgame.io game object and
// the headless engine: which moves each step takes, who still owes an input,
// and what happens when a step begins and ends.
import { accept, counter, endTalks, propose, reject, withdraw } from './moves/talks';
import { acknowledge } from './moves/review';
import { chooseAction } from './moves/policy';
import { respond } from './moves/news';
import type { Args, RuleResult } from './moves/result';
import { drawNews, resolveRound, startNextRound } from './round';
import { SIDES } from './state';
import type { Draft, GameState, Side } from './state';

export const PHASES = ['news', 'talks', 'moves', 'review'] as const;
export type Phase = (typeof PHASES)[number];

export type Rule = (G: Draft, side: Side, args: Args) => RuleResult;

export const RULES = {
  news: { respond },
  talks: { propose, counter, accept, reject, withdraw, endTalks },
  moves: { chooseAction },
  review: { acknowledge },
} as const satisfies { readonly [P in Phase]: { readonly [move: string]: Rule } };

export type MoveName = { [P in Phase]: keyof (typeof RULES)[P] }[Phase];

export const NEXT_PHASE: { readonly [P in Phase]: Phase } = { news: 'talks', talks: 'moves', moves: 'review', review: 'news' };

/** Whether `side` still owes an input in this step (and so is an active player). */
export const owes = (G: GameState, phase: Phase, side: Side): boolean => {
  if (G.outcome) return false;
  switch (phase) {
    case 'news':
      return G.news?.awaiting === side;
    case 'talks':
      return !G.talks.done[side];
    case 'moves':
      return G.pending[side] === undefined;
    case 'review':
      return !G.acknowledged[side];
  }
};

/** The sides that owe an input now; in talks, the side that speaks first this round comes first. */
export const owingSides = (G: GameState, phase: Phase): Side[] => {
  const order = phase === 'talks' && G.talks.first === 'jp' ? JP_FIRST : SIDES;
  return order.filter((side) => owes(G, phase, side));
};
const JP_FIRST: ReadonlyArray<Side> = ['jp', 'us'];

/**
 * A step ends when nobody owes it anything. The news step not before its card
 * is drawn: boardgame.io checks a phase's endIf before running its onBegin,
 * and would otherwise skip the news step (and never draw a card).
 */
export const phaseOver = (G: GameState, phase: Phase): boolean =>
  phase === 'news' && G.news === undefined && !G.outcome ? false : owingSides(G, phase).length === 0;

// Once the game is over nothing more happens: boardgame.io still ends the
// step it was in (and begins the next one when the game ended as a step closed).
export const beginPhase = (G: Draft, phase: Phase): void => {
  if (G.outcome) return;
  if (phase === 'news') drawNews(G);
};

export const endPhase = (G: Draft, phase: Phase): void => {
  if (G.outcome) return;
  if (phase === 'moves') resolveRound(G);
  if (phase === 'review') startNextRound(G);
};
