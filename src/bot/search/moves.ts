// The moves step: sample candidate actions for both sides, fill both sides'
// payoff matrices by rollouts over the sampled worlds (common random numbers:
// every cell of a world replays the same random stream), add each move's
// leverage over the next deal (leverage.ts) as far as the level sees it,
// solve them pulled toward the anchors (solve.ts) and draw the bot's action
// from its policy.
import { actionProblem } from '../../../game/legal';
import { allActions } from '../../../game/actions';
import { seededRng } from '../../../game/seeded';
import { otherSide } from '../../../game/state';
import type { Action, Choice, GameState, Side, Signal } from '../../../game/state';
import { REPRESENTATIVE, anchorWeights, owedResponse, sameAction, weightOf } from '../anchor';
import type { Weighted } from '../anchor';
import type { LevelConfig } from '../levels';
import { bargainingGains } from './leverage';
import { rolloutFromMoves, utility } from './rollout';
import type { Habits } from './rollout';
import { drawIndex, solve } from './solve';

export type ActionPlan = {
  readonly action: Action;
  readonly values: ReadonlyArray<{ readonly action: Action; readonly value: number; readonly probability: number }>;
  readonly expected: ReadonlyArray<{ readonly action: Action; readonly probability: number }>; // the opponent, as predicted
  readonly rollouts: number;
  readonly leverage: number; // points the chosen move adds through the next deal, over standing pat (weighted as the level sees it)
};

/** Candidates: the anchor's favourites, then one action of every kind, then what a signal owes; legal and distinct. */
const candidates = (view: GameState, side: Side, weights: ReadonlyArray<Weighted>, count: number): Action[] => {
  const favourites = [...weights].sort((a, b) => b.weight - a.weight).slice(0, 3).map((w) => w.action);
  const owed = owedResponse(view, side);
  const owedAction = owed ? allActions(side).find((a) => a.type === owed && actionProblem(view, side, a) === undefined) : undefined;
  const list: Action[] = [];
  for (const action of [...favourites, ...(owedAction ? [owedAction] : []), ...REPRESENTATIVE[side]]) {
    if (list.length >= count) break;
    if (actionProblem(view, side, action) !== undefined || list.some((a) => sameAction(a, action))) continue;
    list.push(action);
  }
  return list;
};

/** The easy level's unsteadiness: the anchor with seeded noise on every weight. */
const noisy = (weights: ReadonlyArray<Weighted>, noise: number, rng: () => number): Weighted[] =>
  noise === 0 ? [...weights] : weights.map((w) => ({ action: w.action, weight: w.weight + noise * rng() * rng() }));

/** Both sides' choices by side, from the bot's and the opponent's. */
const bySide = (me: Side, mine: Choice, theirs: Choice): { us: Choice; jp: Choice } =>
  me === 'us' ? { us: mine, jp: theirs } : { us: theirs, jp: mine };

const STAND: Action = { type: 'standPat' };

type Matrices = { readonly mine: number[][]; readonly theirs: number[][] };
type Levered = Matrices & { readonly leverage: ReadonlyArray<number> }; // each of the bot's moves' leverage over standing pat

/**
 * The payoff matrices with each move's leverage added, weighted by the level's
 * `leverage` (the chance the next talks reach a deal): the bot's move i and the
 * opponent's move j are each valued against the other standing pat, and their
 * gains add (a cell's own deal would cost a projection per cell).
 */
const withLeverage = (
  worlds: ReadonlyArray<GameState>,
  me: Side,
  moves: { readonly mine: ReadonlyArray<Action>; readonly theirs: ReadonlyArray<Action> },
  u: Matrices,
  config: LevelConfig,
): Levered => {
  const i0 = moves.mine.findIndex((a) => a.type === 'standPat');
  const j0 = moves.theirs.findIndex((b) => b.type === 'standPat');
  if (config.leverage === 0 || i0 < 0 || j0 < 0) return { ...u, leverage: moves.mine.map(() => 0) };
  const gainsOf = (i: number, j: number) => {
    const choices = bySide(me, { action: moves.mine[i] ?? STAND, signal: undefined }, { action: moves.theirs[j] ?? STAND, signal: undefined });
    return bargainingGains(worlds, me, choices, { me: u.mine[i]?.[j] ?? 0, them: u.theirs[i]?.[j] ?? 0 }, config.winBonus);
  };
  const rows = moves.mine.map((_, i) => gainsOf(i, j0));
  const columns = moves.theirs.map((_, j) => (j === j0 ? rows[i0] : gainsOf(i0, j)));
  const calm = rows[i0] ?? { me: 0, them: 0 };
  const add = (m: number[][], side: 'me' | 'them'): number[][] =>
    m.map((row, i) => row.map((v, j) => v + config.leverage * ((rows[i]?.[side] ?? 0) + (columns[j]?.[side] ?? 0) - calm[side])));
  return {
    mine: add(u.mine, 'me'),
    theirs: add(u.theirs, 'them'),
    leverage: rows.map((g) => config.leverage * (g.me - calm.me)),
  };
};

export const planAction = (
  view: GameState,
  me: Side,
  worlds: ReadonlyArray<GameState>,
  signal: Signal | undefined,
  config: LevelConfig,
  seed: number,
  habits: Habits,
): ActionPlan => {
  const them = otherSide(me);
  const rng = seededRng(seed);
  const myWeights = noisy(anchorWeights(view, me), config.anchorNoise, rng);
  const theirWeights = anchorWeights(view, them);
  const mine = candidates(view, me, myWeights, config.myCandidates);
  const theirs = candidates(view, them, theirWeights, config.theirCandidates);
  const reps = Math.max(1, Math.floor(config.budget / (mine.length * theirs.length * Math.max(worlds.length, 1))));
  const myU = mine.map(() => theirs.map(() => 0));
  const theirU = mine.map(() => theirs.map(() => 0));
  let rollouts = 0;
  worlds.forEach((world, w) => {
    for (let r = 0; r < reps; r++) {
      const streamSeed = (seed ^ Math.imul(w + 1, 0x9e3779b1) ^ Math.imul(r + 1, 0x85ebca6b)) >>> 0;
      mine.forEach((a, i) => {
        theirs.forEach((b, j) => {
          const choices = bySide(me, { action: a, signal }, { action: b, signal: undefined });
          const outcome = rolloutFromMoves(world, choices, seededRng(streamSeed), habits);
          rollouts++;
          const row = myU[i];
          const theirRow = theirU[i];
          if (row) row[j] = (row[j] ?? 0) + utility(outcome, me, config.winBonus);
          if (theirRow) theirRow[j] = (theirRow[j] ?? 0) + utility(outcome, them);
        });
      });
    }
  });
  const samples = Math.max(1, worlds.length * reps);
  const mean = (u: number[][]): number[][] => u.map((row) => row.map((v) => v / samples));
  const payoffs = withLeverage(worlds, me, { mine, theirs }, { mine: mean(myU), theirs: mean(theirU) }, config);
  const solution = solve({
    mine: payoffs.mine,
    theirs: payoffs.theirs,
    myAnchor: mine.map((a) => weightOf(myWeights, a)),
    theirAnchor: theirs.map((b) => weightOf(theirWeights, b)),
    myPull: config.pull,
    theirPull: 1.5,
    iterations: config.iterations,
  });
  const index = drawIndex(solution.mine, rng());
  return {
    action: mine[index] ?? { type: 'standPat' },
    values: mine.map((action, i) => ({ action, value: solution.values[i] ?? 0, probability: solution.mine[i] ?? 0 })),
    expected: theirs.map((action, j) => ({ action, probability: solution.theirs[j] ?? 0 })),
    rollouts,
    leverage: payoffs.leverage[index] ?? 0,
  };
};
