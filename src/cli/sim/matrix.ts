// `--matrix`: every entrant against every entrant, as the US and as Japan,
// mirrors included. Each pairing is one ordinary run (runSimulation) from the
// same base seed, so every cell plays the same setups and cells compare.
import { DEFAULTS } from './args';
import type { Summary } from './report';
import { runSimulation } from './run';
import type { RunHooks } from './run';
import type { MatrixOptions, SimulateOptions } from './types';

/** One pairing: the documented fields first, in the documented order; extras after. */
export type MatrixCell = {
  readonly us: string;
  readonly jp: string;
  readonly games: number;
  readonly wins: Summary['wins'];
  readonly meanScore: Summary['meanScore'];
  readonly crisisRate: number;
  readonly dealRate: number;
  readonly deadlineRate: number;
  readonly meanJointScore: number;
  readonly meanRounds: number;
};

export type MatrixSummary = {
  readonly cells: ReadonlyArray<MatrixCell>;
  readonly scenario: string;
  readonly seeds: { readonly first: number; readonly last: number };
  readonly engines: ReadonlyArray<string>;
  readonly notes: ReadonlyArray<string>;
};

const cellOf = (s: Summary): MatrixCell => ({
  us: s.players.us,
  jp: s.players.jp,
  games: s.games,
  wins: s.wins,
  meanScore: s.meanScore,
  crisisRate: s.crisisRate,
  dealRate: s.dealRate,
  deadlineRate: s.deadlineRate,
  meanJointScore: s.meanJointScore,
  meanRounds: s.meanRounds,
});

export const runMatrix = async (options: MatrixOptions, hooks: RunHooks = {}): Promise<MatrixSummary> => {
  const pairs = options.entrants.flatMap((us) => options.entrants.map((jp) => ({ us, jp })));
  const total = pairs.length * options.games;
  const summaries: Summary[] = [];
  for (const [index, pair] of pairs.entries()) {
    const run: SimulateOptions = {
      games: options.games,
      seed: options.seed,
      scenario: options.scenario,
      json: options.json,
      progress: options.progress,
      engine: options.engine,
      ...(options.budget === undefined ? {} : { budget: options.budget }),
      ...pair,
      // No bgio-mcts plays in a matrix; these only fill the run's options.
      mctsIterations: DEFAULTS.mctsIterations,
      mctsDepth: DEFAULTS.mctsDepth,
    };
    const offset = index * options.games;
    summaries.push(await runSimulation(run, { onGame: (done) => hooks.onGame?.(offset + done, total) }));
  }
  const first = summaries[0];
  if (!first) throw new Error('A matrix needs at least one entrant');
  // Notes repeat per cell (one per player and side, one per engine): keep each once.
  const notes = [...new Set(summaries.flatMap((s) => s.notes))];
  return {
    cells: summaries.map(cellOf),
    scenario: first.scenario,
    seeds: first.seeds,
    engines: [...new Set(summaries.map((s) => s.engine))],
    notes,
  };
};
