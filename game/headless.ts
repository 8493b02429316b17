// The headless engine: plays a match through the same rules and steps as the
// boardgame.io game object, without boardgame.io, mutating one plain state.
// It is the fast path for simulations, benchmarks and a bot's search; a test
// proves it reaches the same state as boardgame.io's Client for the same inputs.
import { copyState } from './copy';
import { NEXT_PHASE, RULES, beginPhase, endPhase, owingSides, phaseOver } from './flow';
import type { Phase, Rule } from './flow';
import { INVALID_MOVE } from './moves/result';
import { playerOf } from './state';
import type { Draft, GameState, Side } from './state';
import { playerView } from './view';

export type Decision = { readonly move: string; readonly args: ReadonlyArray<unknown> };

/** A player: given its own view of the state, the step and its side, the move it makes. */
export type Decider = (view: GameState, phase: Phase, side: Side) => Decision;

/** A match in progress: the state (mutated in place) and the step it is in. */
export type HeadlessMatch = { G: Draft; phase: Phase };

// Own keys only: a move named "constructor", "toString" or "__proto__" is not a rule.
const ruleFor = (phase: Phase, move: string): Rule | undefined => {
  const rules: { readonly [name: string]: Rule } = RULES[phase];
  return Object.hasOwn(rules, move) ? rules[move] : undefined;
};

/** A new match from the state setup made: the first step, the news, begins. */
export const newHeadless = (setupState: GameState): HeadlessMatch => {
  const match: HeadlessMatch = { G: copyState(setupState) as Draft, phase: 'news' };
  beginPhase(match.G, 'news');
  advance(match);
  return match;
};

/** Continues a match taken from boardgame.io (its G and ctx.phase). */
export const resumeHeadless = (state: GameState, phase: Phase): HeadlessMatch => {
  const match: HeadlessMatch = { G: copyState(state) as Draft, phase };
  advance(match);
  return match;
};

/**
 * Applies one move. Returns false (and leaves G unchanged) if it was
 * rejected. Steps that nobody owes anything end at once, as in boardgame.io.
 */
export const applyHeadless = (match: HeadlessMatch, side: Side, decision: Decision): boolean => {
  const rule = ruleFor(match.phase, decision.move);
  if (!rule || !owingSides(match.G, match.phase).includes(side)) return false;
  if (rule(match.G, side, decision.args) === INVALID_MOVE) return false;
  advance(match);
  return true;
};

const advance = (match: HeadlessMatch): void => {
  while (!match.G.outcome && phaseOver(match.G, match.phase)) {
    endPhase(match.G, match.phase);
    match.phase = NEXT_PHASE[match.phase];
    beginPhase(match.G, match.phase);
  }
};

/** Plays a whole match; each player sees only its own view, as a client would. */
export const playHeadless = (
  match: HeadlessMatch,
  players: { readonly [S in Side]: Decider },
  maxMoves = 10_000,
): GameState => {
  for (let moves = 0; !match.G.outcome; moves++) {
    if (moves >= maxMoves) throw new Error(`No result after ${maxMoves} moves`);
    const side = owingSides(match.G, match.phase)[0];
    if (side === undefined) throw new Error(`Nobody owes a move in step ${match.phase}`);
    const view = playerView({ G: match.G, playerID: playerOf(side) });
    const decision = players[side](view, match.phase, side);
    if (!applyHeadless(match, side, decision)) {
      throw new Error(`The ${side} player made a rejected move ${decision.move}(${JSON.stringify(decision.args)}) in ${match.phase}`);
    }
  }
  return match.G;
};
