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

/** How much a win (or a loss) is worth on top of the score: the game is won on the score, but a win is a win. */
export const WIN_BONUS = 4;

/** A side's utility of an outcome: its score against the no-war path, plus a bonus for winning (minus for losing). */
export const utility = (outcome: Outcome, side: Side): number =>
  outcome.scores[side].total + (outcome.winner === side ? WIN_BONUS : outcome.winner === otherSide(side) ? -WIN_BONUS : 0);

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
const cheapChoice = (G: GameState, side: Side, provoked: boolean, rng: Rng): Choice => {
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
export const playOut = (G: Draft, rng: Rng, hostile: { us: boolean; jp: boolean }): Outcome => {
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
    const us = cheapChoice(G, 'us', usProvoked, rng);
    const jp = cheapChoice(G, 'jp', jpProvoked, rng);
    G.pending.us = us as Draft['pending']['us'];
    G.pending.jp = jp as Draft['pending']['jp'];
    resolveRound(G);
    usProvoked = jp.action.type !== 'standPat';
    jpProvoked = us.action.type !== 'standPat';
  }
  return G.outcome;
};

/** One rollout from a world in the moves step: both choices this round, then the cheap policy to the end. */
export const rolloutFromMoves = (world: GameState, choices: { readonly us: Choice; readonly jp: Choice }, rng: Rng): Outcome => {
  const G = copyWorld(world);
  G.pending.us = choices.us as Draft['pending']['us'];
  G.pending.jp = choices.jp as Draft['pending']['jp'];
  resolveRound(G);
  if (G.outcome) return G.outcome;
  return playOut(G, rng, { us: isHostile('us', choices.us.action), jp: isHostile('jp', choices.jp.action) });
};

/** One rollout from a world in the news or talks step (after `change`, if given): the rest of this round and the game by the cheap policy. */
export const rolloutFromTalks = (world: GameState, rng: Rng, change?: (G: Draft) => void): Outcome => {
  const G = copyWorld(world);
  change?.(G);
  if (G.outcome) return G.outcome;
  if (G.news?.awaiting) {
    const option = defaultResponse(G.news.card);
    if (option) respond(G, G.news.awaiting, [option]);
    if (G.outcome) return G.outcome;
  }
  G.pending.us = STAND as Draft['pending']['us'];
  G.pending.jp = STAND as Draft['pending']['jp'];
  resolveRound(G);
  if (G.outcome) return G.outcome;
  return playOut(G, rng, { us: false, jp: false });
};
