// The tournament: every pairing of the entrants, each side order over the
// same setup seeds (paired seeds, sides swapped), each pairing one ordinary
// simulate run (src/cli/sim/run.ts), then ratings from every game.
import { isLevel } from '../../bot/levels';
import { runSimulation } from '../sim/run';
import type { RunHooks } from '../sim/run';
import { DEFAULTS } from '../sim/args';
import type { SimulateOptions, StrategySpec } from '../sim/types';
import { fitRatings } from './elo';
import type { Rating, Result } from './elo';

export type TournamentOptions = {
  readonly games: number; // per pairing and side order
  readonly seed: number;
  readonly scenario: string;
  readonly budget: number | undefined;
  readonly progress: boolean;
  readonly json: boolean;
  readonly entrants: ReadonlyArray<StrategySpec>;
};

export type Pairing = {
  readonly us: string;
  readonly jp: string;
  readonly games: number;
  readonly usWins: number;
  readonly jpWins: number;
  readonly draws: number;
  readonly neither: number;
  readonly crises: number;
  readonly deals: number;
};

export type TournamentResult = {
  readonly pairings: ReadonlyArray<Pairing>;
  readonly ratings: { readonly [player: string]: Rating };
};

export const labelOf = (spec: StrategySpec): string =>
  spec.kind === 'module' ? spec.given : spec.kind === 'scripted' ? spec.name : spec.kind;

/** Every ordered pair of different entrants, and the mirror of each bot level (Hard against Hard). */
export const schedule = (entrants: ReadonlyArray<StrategySpec>): Array<{ us: StrategySpec; jp: StrategySpec }> =>
  entrants.flatMap((us) =>
    entrants
      .filter((jp) => labelOf(jp) !== labelOf(us) || (us.kind === 'scripted' && isLevel(us.name)))
      .map((jp) => ({ us, jp })),
  );

export const runTournament = async (options: TournamentOptions, hooks: RunHooks = {}): Promise<TournamentResult> => {
  const pairs = schedule(options.entrants);
  const total = pairs.length * options.games;
  const pairings: Pairing[] = [];
  const results: Result[] = [];
  for (const [index, pair] of pairs.entries()) {
    const run: SimulateOptions = {
      games: options.games,
      seed: options.seed,
      scenario: options.scenario,
      json: false,
      progress: false,
      engine: 'headless',
      ...pair,
      ...(options.budget === undefined ? {} : { budget: options.budget }),
      mctsIterations: DEFAULTS.mctsIterations,
      mctsDepth: DEFAULTS.mctsDepth,
    };
    const offset = index * options.games;
    const s = await runSimulation(run, { onGame: (done) => hooks.onGame?.(offset + done, total) });
    const us = labelOf(pair.us);
    const jp = labelOf(pair.jp);
    pairings.push({
      us,
      jp,
      games: s.games,
      usWins: s.wins.us,
      jpWins: s.wins.jp,
      draws: s.wins.draw,
      neither: s.wins.neither,
      crises: Math.round(s.crisisRate * s.games),
      deals: Math.round(s.dealRate * s.games),
    });
    if (us !== jp) {
      const half = s.wins.draw + s.wins.neither;
      for (let i = 0; i < s.wins.us; i++) results.push({ a: us, b: jp, scoreA: 1 });
      for (let i = 0; i < s.wins.jp; i++) results.push({ a: us, b: jp, scoreA: 0 });
      for (let i = 0; i < half; i++) results.push({ a: us, b: jp, scoreA: 0.5 });
    }
  }
  return { pairings, ratings: fitRatings(options.entrants.map(labelOf), results) };
};
