// The two paths the bench times, with the same players and seeds: the pure
// rules (createInitialState + the headless engine, scripted players called
// directly) and boardgame.io's Client driven move by move.
import { newHeadless, playHeadless } from '../../../game/headless';
import type { Decider } from '../../../game/headless';
import { scenarioById } from '../../../game/scenarios';
import { createInitialState } from '../../../game/setup';
import type { GameState, Outcome } from '../../../game/state';
import { seededRng, seededShuffler } from '../../bot/rng';
import { makeStrategy } from '../../bot/strategies';
import type { StrategyName } from '../../bot/strategies';
import { playClientMatch } from '../sim/engine';
import type { Seats } from '../sim/engine';
import { playerSeed } from '../sim/seeds';

/** The mix of pairings: game i plays PAIRS[i % PAIRS.length] (US first). */
export const PAIRS: ReadonlyArray<readonly [StrategyName, StrategyName]> = [
  ['dove', 'dove'],
  ['tit-for-tat', 'tit-for-tat'],
  ['hawk', 'hawk'],
  ['tit-for-tat', 'hawk'],
  ['dove', 'hawk'],
  ['grim', 'tit-for-tat'],
];

const pairOf = (i: number): readonly [StrategyName, StrategyName] => PAIRS[i % PAIRS.length] ?? ['dove', 'dove'];

const deciders = (i: number): { us: Decider; jp: Decider } => {
  const [us, jp] = pairOf(i);
  return { us: makeStrategy(us, playerSeed(i, 'us')), jp: makeStrategy(jp, playerSeed(i, 'jp')) };
};

const setupOf = (scenarioId: string, seed: number): GameState =>
  createInitialState(scenarioById(scenarioId), seededShuffler(seededRng(seed)));

export type Timing = { readonly games: number; readonly ms: number; readonly gamesPerSecond: number };

const timing = (games: number, ms: number): Timing => ({ games, ms, gamesPerSecond: (games / ms) * 1000 });

/** Games `from`..`from+games-1` through the pure rules, setup (the seeded shuffle) included. */
export const timeHeadless = (scenarioId: string, from: number, games: number, outcomes?: Outcome[]): Timing => {
  const start = performance.now();
  for (let i = from; i < from + games; i++) {
    const G = playHeadless(newHeadless(setupOf(scenarioId, i)), deciders(i));
    if (outcomes && G.outcome) outcomes.push(G.outcome);
  }
  return timing(games, performance.now() - start);
};

/** The same, with every setup state made before the clock starts (newHeadless's clone still timed). */
export const timeHeadlessWithoutSetup = (scenarioId: string, from: number, games: number): Timing => {
  const setups = Array.from({ length: games }, (_, k) => setupOf(scenarioId, from + k));
  const start = performance.now();
  setups.forEach((setup, k) => playHeadless(newHeadless(setup), deciders(from + k)));
  return timing(games, performance.now() - start);
};

/** The same games through boardgame.io's Client (setup included: the Client runs the game's setup). */
export const timeClient = async (scenarioId: string, from: number, games: number, outcomes?: Outcome[]): Promise<Timing> => {
  const start = performance.now();
  for (let i = from; i < from + games; i++) {
    const d = deciders(i);
    const [usName, jpName] = pairOf(i);
    const seats: Seats = {
      us: { label: usName, player: { decide: ({ view, phase, side }) => d.us(view, phase, side) } },
      jp: { label: jpName, player: { decide: ({ view, phase, side }) => d.jp(view, phase, side) } },
    };
    const { outcome } = await playClientMatch(seats, { scenario: scenarioId, seed: i, gameNumber: i + 1 });
    outcomes?.push(outcome);
  }
  return timing(games, performance.now() - start);
};

export const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
};
