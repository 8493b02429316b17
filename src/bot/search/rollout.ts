// The fast rollout loop: from a full (determinized) state to the end of the
// game, through the rules' own round functions (game/round.ts, as the no-war
// path runs them) with a cheap policy, and no talks. A rollout copies only a
// small state (copy-world.ts): a world is stripped of its history and
// reports, which no rule reads (only determinize does, before the world is made).
import { allActions, isHostile } from '../../../game/actions';
import { actionProblem } from '../../../game/legal';
import { defaultResponse } from '../../../game/no-war';
import { respond } from '../../../game/moves/news';
import { drawNews, resolveRound, startNextRound } from '../../../game/round';
import type { Rng } from '../../../game/seeded';
import { otherSide } from '../../../game/state';
import type { Action, Choice, Draft, GameState, Outcome, Side } from '../../../game/state';
import { copyWorld, worldOf } from './copy-world';

/** A world to search: a full state with no history or reports (they only cost copying time). */
export const stripped = worldOf;

/**
 * A side's utility of an outcome: its score against the no-war path, plus
 * `winBonus` for a win and half of it off for a loss: the game is won on
 * the score, but only by beating the other side too; losing a good deal still
 * beats a war both lose. The opponent is modelled by its score alone (winBonus 0).
 */
export const utility = (outcome: Outcome, side: Side, winBonus = 0): number =>
  outcome.scores[side].total + (outcome.winner === side ? winBonus : outcome.winner === otherSide(side) ? -winBonus / 2 : 0);

/**
 * How a side is expected to keep playing, from what it did so far: with
 * probability `rate` each round it repeats `weapon` (its last escalation);
 * otherwise the cheap policy. The bot itself plays the cheap policy (rate 0).
 */
export type Habits = { readonly [S in Side]: { readonly rate: number; readonly weapon: Action | undefined } };
export const NO_HABITS: Habits = { us: { rate: 0, weapon: undefined }, jp: { rate: 0, weapon: undefined } };

/** Rollouts keep no history or reports: nothing reads them. */
const NO_RECORD = { record: false } as const;

const STAND: Choice = { action: { type: 'standPat' }, signal: undefined };

/** The rollout policy's measured answer to an escalation: the mildest hostile action, if affordable. */
const ANSWER: { readonly [S in Side]: Action } = {
  us: { type: 'raiseTariff', line: 'baseline', step: 5 },
  jp: { type: 'retaliate', step: 5 },
};
const RETALIATE = 0.5;

/** The mildest legal form of an action type (variants are listed mildest first). */
const mildest = (G: GameState, side: Side, type: string): Action | undefined =>
  allActions(side).find((a) => a.type === type && actionProblem(G, side, a) === undefined);

/**
 * The cheap policy: stand pat; honour a triggered signal as often as the
 * side's Credibility says it would; answer the other side's escalation in
 * kind half the time.
 */
const cheapChoice = (G: GameState, side: Side, provoked: boolean, rng: Rng, habits: Habits): Choice => {
  const habit = habits[side];
  if (habit.weapon && habit.rate > 0 && rng() < habit.rate && actionProblem(G, side, habit.weapon) === undefined) {
    return { action: habit.weapon, signal: undefined };
  }
  const owed = G.signals[side].find((s) => s.dueRound === G.round);
  if (owed && rng() * 100 < G.board[side === 'us' ? 'usCredibility' : 'jpCredibility']) {
    const action = mildest(G, side, owed.response);
    if (action) return { action, signal: undefined };
  }
  if (!provoked || rng() >= RETALIATE) return STAND;
  const answer = ANSWER[side];
  return actionProblem(G, side, answer) === undefined ? { action: answer, signal: undefined } : STAND;
};

/**
 * Plays `G` (mutated) from the end of a resolved round to the end of the
 * game. `hostile` says which side escalated in the round just resolved.
 */
export const playOut = (G: Draft, rng: Rng, hostile: { us: boolean; jp: boolean }, habits: Habits): Outcome => {
  let usProvoked = hostile.jp;
  let jpProvoked = hostile.us;
  while (!G.outcome) {
    startNextRound(G);
    drawNews(G);
    if (G.outcome) break;
    const news = G.news;
    if (news?.awaiting) {
      const option = defaultResponse(news.card);
      if (option) respond(G, news.awaiting, [option]);
      if (G.outcome) break;
    }
    const us = cheapChoice(G, 'us', usProvoked, rng, habits);
    const jp = cheapChoice(G, 'jp', jpProvoked, rng, habits);
    G.pending.us = us as Draft['pending']['us'];
    G.pending.jp = jp as Draft['pending']['jp'];
    resolveRound(G, NO_RECORD);
    usProvoked = jp.action.type !== 'standPat';
    jpProvoked = us.action.type !== 'standPat';
  }
  return G.outcome;
};

/** One rollout from a world in the moves step: both choices this round, then the cheap policy to the end. */
export const rolloutFromMoves = (
  world: GameState,
  choices: { readonly us: Choice; readonly jp: Choice },
  rng: Rng,
  habits: Habits = NO_HABITS,
): Outcome => {
  const G = copyWorld(world);
  G.pending.us = choices.us as Draft['pending']['us'];
  G.pending.jp = choices.jp as Draft['pending']['jp'];
  resolveRound(G, NO_RECORD);
  if (G.outcome) return G.outcome;
  return playOut(G, rng, { us: isHostile('us', choices.us.action), jp: isHostile('jp', choices.jp.action) }, habits);
};

/** One rollout from a world in the news or talks step (after `change`, if given): the rest of this round and the game by the cheap policy. */
export const rolloutFromTalks = (world: GameState, rng: Rng, change?: (G: Draft) => void, habits: Habits = NO_HABITS): Outcome => {
  const G = copyWorld(world);
  change?.(G);
  if (G.outcome) return G.outcome;
  if (G.news?.awaiting) {
    const option = defaultResponse(G.news.card);
    if (option) respond(G, G.news.awaiting, [option]);
    if (G.outcome) return G.outcome;
  }
  const us = cheapChoice(G, 'us', false, rng, habits);
  const jp = cheapChoice(G, 'jp', false, rng, habits);
  G.pending.us = us as Draft['pending']['us'];
  G.pending.jp = jp as Draft['pending']['jp'];
  resolveRound(G, NO_RECORD);
  if (G.outcome) return G.outcome;
  return playOut(G, rng, { us: isHostile('us', us.action), jp: isHostile('jp', jp.action) }, habits);
};
