// The moves step: sample candidate actions for both sides, fill both sides'
// payoff matrices by rollouts over the sampled worlds (common random numbers:
// every cell of a world replays the same random stream), solve them pulled
// toward the anchors (solve.ts) and draw the bot's action from its policy.
import { actionProblem } from '../../../game/legal';
import { allActions } from '../../../game/actions';
import { seededRng } from '../../../game/seeded';
import { otherSide } from '../../../game/state';
import type { Action, Choice, GameState, Side, Signal } from '../../../game/state';
import { REPRESENTATIVE, anchorWeights, owedResponse, sameAction, weightOf } from '../anchor';
import type { Weighted } from '../anchor';
import type { LevelConfig } from '../levels';
import { rolloutFromMoves, utility } from './rollout';
import type { Habits } from './rollout';
import { drawIndex, solve } from './solve';

export type ActionPlan = {
  readonly action: Action;
  readonly values: ReadonlyArray<{ readonly action: Action; readonly value: number; readonly probability: number }>;
  readonly expected: ReadonlyArray<{ readonly action: Action; readonly probability: number }>; // the opponent, as predicted
  readonly rollouts: number;
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
          const choices = { [me]: { action: a, signal } as Choice, [them]: { action: b, signal: undefined } as Choice } as {
            us: Choice;
            jp: Choice;
          };
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
  const solution = solve({
    mine: myU.map((row) => row.map((v) => v / samples)),
    theirs: theirU.map((row) => row.map((v) => v / samples)),
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
  };
};
