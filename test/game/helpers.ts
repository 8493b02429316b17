// Shared fixtures for the rules tests: seeded starting states, a fixed news
// deck, a headless match driven to a given step, and checks that a rejected
// input changed nothing.
import { expect } from 'vitest';
import type { Phase, Rule } from '../../game/flow';
import { owingSides } from '../../game/flow';
import { applyHeadless, newHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { INVALID_MOVE } from '../../game/moves/result';
import { passiveMove, withNoWar } from '../../game/no-war';
import { scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import type { Draft, GameState, Side } from '../../game/state';
import { seededRng, seededShuffler } from '../../src/bot/rng';

/** A new match's state, shuffled by a seeded stand-in for boardgame.io's random. */
export const initialState = (scenario = '2025-pause', seed = 1): GameState =>
  createInitialState(scenarioById(scenario), seededShuffler(seededRng(seed)));

/**
 * The news card that asks nobody anything and only calms the markets a little:
 * with a deck of these, a test controls everything that happens in a round.
 */
export const QUIET_CARD = 'quiet-week';
export const quietDeck = (length = 20): string[] => Array.from({ length }, () => QUIET_CARD);

/** A match at setup with a chosen news deck; its no-war path is recomputed for that deck. */
export const withDeck = (G: GameState, deck: ReadonlyArray<string>): GameState => withNoWar({ ...G, deck: [...deck] });

/** A quiet match: the default scenario with a news deck that asks for nothing. */
export const quietMatch = (scenario = '2025-pause', seed = 1): HeadlessMatch =>
  newHeadless(withDeck(initialState(scenario, seed), quietDeck()));

/** The least eventful input a side can give in a step (the rules' own: game/no-war.ts). */
export { passiveMove };

/** Plays passive inputs until the match is in `phase` (of `round`, if given) or over. */
export const advanceTo = (match: HeadlessMatch, phase: Phase, round?: number): HeadlessMatch => {
  for (let guard = 0; guard < 1000; guard++) {
    if (match.G.outcome) return match;
    if (match.phase === phase && (round === undefined || match.G.round === round)) return match;
    const [side] = owingSides(match.G, match.phase);
    if (side === undefined) throw new Error(`nobody owes anything in ${match.phase}`);
    if (!applyHeadless(match, side, passiveMove(match.G, match.phase, side))) {
      throw new Error(`passive move rejected in ${match.phase}`);
    }
  }
  throw new Error(`never reached ${phase}`);
};

/** Applies a move that must be accepted. */
export const play = (match: HeadlessMatch, side: Side, move: string, ...args: unknown[]): void => {
  const accepted = applyHeadless(match, side, { move, args });
  if (!accepted) throw new Error(`${side} ${move}(${JSON.stringify(args)}) was rejected in ${match.phase}`);
};

/** Both sides choose their actions (and optional signals) in the moves step; the round then resolves. */
export const playRound = (match: HeadlessMatch, us: ReadonlyArray<unknown>, jp: ReadonlyArray<unknown>): void => {
  advanceTo(match, 'moves');
  play(match, 'us', 'chooseAction', ...us);
  play(match, 'jp', 'chooseAction', ...jp);
};

/** A side's Credibility. */
export const credibility = (G: GameState, side: Side): number => (side === 'us' ? G.board.usCredibility : G.board.jpCredibility);

/** Asserts that a rule rejects the input and leaves the state exactly as it was. */
export const expectInvalid = (rule: Rule, G: GameState, side: Side, args: ReadonlyArray<unknown>): void => {
  const draft = structuredClone(G) as Draft;
  expect(rule(draft, side, args), `${side} ${JSON.stringify(args)}`).toBe(INVALID_MOVE);
  expect(draft).toStrictEqual(structuredClone(G));
};

/** Asserts that a rule accepts the input; returns the changed state. */
export const expectValid = (rule: Rule, G: GameState, side: Side, args: ReadonlyArray<unknown>): Draft => {
  const draft = structuredClone(G) as Draft;
  expect(rule(draft, side, args), `${side} ${JSON.stringify(args)}`).toBeUndefined();
  return draft;
};

/** Asserts that the headless engine refuses a move and the match (state and step) is unchanged. */
export const expectRefused = (match: HeadlessMatch, side: Side, move: string, args: ReadonlyArray<unknown>): void => {
  const before = structuredClone(match.G);
  const phase = match.phase;
  expect(applyHeadless(match, side, { move, args }), `${side} ${move}(${JSON.stringify(args)})`).toBe(false);
  expect(match.G).toStrictEqual(before);
  expect(match.phase).toBe(phase);
};

/** A modifiable copy of a state, for setting up a board position by hand. */
export const edit = (G: GameState, change: (draft: Draft) => void): GameState => {
  const draft = structuredClone(G) as Draft;
  change(draft);
  return draft;
};

/**
 * Values that are not valid anywhere a rule expects a number, a string id or a
 * plain object: wrong types, non-finite and out-of-range numbers, numeric
 * strings, arrays, a class instance and an object with an own `__proto__` key.
 */
export const GARBAGE: ReadonlyArray<unknown> = [
  undefined,
  null,
  true,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -25,
  1e308,
  Number.MAX_SAFE_INTEGER,
  0.5,
  '25',
  '',
  [],
  [25],
  new Date(0),
  JSON.parse('{"__proto__": {"type": "standPat"}}') as unknown,
];

/** Every finite number anywhere in a value, or the path of the first that is not. */
export const nonFinitePath = (value: unknown, path = 'G'): string | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = nonFinitePath(item, `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const bad = nonFinitePath(item, `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return undefined;
};
