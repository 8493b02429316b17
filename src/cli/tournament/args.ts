// `npm run tournament` arguments, checked up front (exit code 2 on bad input).
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../game/scenarios';
import { LEVELS } from '../../bot/levels';
import { STRATEGIES } from '../../bot/strategies';
import { parseStrategy } from '../sim/args';
import { UsageError } from '../sim/types';
import type { StrategySpec } from '../sim/types';
import { integerFlag } from '../flags';
import type { TournamentOptions } from './run';
import { labelOf } from './run';

export const DEFAULT_PLAYERS: ReadonlyArray<string> = [...LEVELS, ...STRATEGIES];

export const USAGE = `Usage: npm run tournament -- [--games N] [--seed S] [--budget B] [--players a,b,...] [--scenario ID] [--json] [BOT_MODULE...]

A round robin: every player against every other as the US and as Japan on
the same setup seeds S..S+N-1 (paired seeds, sides swapped), and each bot
level against itself. Prints the results of every pairing and Elo-style
ratings with 95% intervals.

Players: ${DEFAULT_PLAYERS.join(', ')} by default (easy, normal, hard are the
bot's levels), plus any bot modules given by path (as for simulate).

Options:
  --games N        games per pairing and side order (default 20)
  --seed S         first setup seed (default 1)
  --budget B       the bot's rollouts per decision (default: each level's own)
  --players LIST   comma-separated names instead of the default list
  --scenario ID    ${SCENARIOS.map((s) => s.id).join(' | ')} (default ${DEFAULT_SCENARIO})
  --json           print { pairings, ratings } as one JSON object
  --no-progress    no progress bar on stderr
  -h, --help       this text`;

export const parseTournamentArgs = (argv: ReadonlyArray<string>, cwd: string = process.cwd()): TournamentOptions | 'help' => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        games: { type: 'string' },
        seed: { type: 'string' },
        budget: { type: 'string' },
        players: { type: 'string' },
        scenario: { type: 'string' },
        json: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const scenario = values.scenario ?? DEFAULT_SCENARIO;
  if (!SCENARIOS.some((s) => s.id === scenario)) throw new UsageError(`--scenario: unknown scenario "${scenario}"`);
  const names = values.players === undefined ? DEFAULT_PLAYERS : values.players.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const entrants: StrategySpec[] = [...names, ...positionals].map((raw) => parseStrategy('--players', raw, cwd));
  if (entrants.some((e) => e.kind === 'bgio-mcts' || e.kind === 'bgio-random')) {
    throw new UsageError('boardgame.io bots do not play in the tournament');
  }
  const labels = entrants.map(labelOf);
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated !== undefined) throw new UsageError(`player given twice: ${repeated}`);
  if (entrants.length < 2) throw new UsageError('a tournament needs at least two players');
  return {
    games: integerFlag('--games', values.games, 20, 1),
    seed: integerFlag('--seed', values.seed, 1, 0),
    budget: values.budget === undefined ? undefined : integerFlag('--budget', values.budget, 0, 1),
    scenario,
    json: values.json ?? false,
    progress: !(values['no-progress'] ?? false),
    entrants,
  };
};
