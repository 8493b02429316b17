// `npm run simulate` arguments: parsed and checked up front, so that bad input
// fails with a message (exit code 2) before any game is played.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../game/scenarios';
import { STRATEGIES, isStrategyName } from '../../bot/strategies';
import { UsageError } from './types';
import type { SimulateOptions, StrategySpec } from './types';

export const BGIO_STRATEGIES = ['bgio-random', 'bgio-mcts'] as const;
const MODULE_EXTENSIONS = ['.mjs', '.js', '.cjs', '.ts', '.mts'];

export const DEFAULTS = { games: 100, seed: 1, mctsIterations: 50, mctsDepth: 50 } as const;
/** boardgame.io's own bounds for MCTSBot's iterations option. */
const MCTS_ITERATIONS = { min: 1, max: 2000 } as const;

export const USAGE = `Usage: npm run simulate -- --us STRATEGY --jp STRATEGY [options]

Plays seeded matches of Card on the Table and reports how they ended.

Strategies: ${[...STRATEGIES, ...BGIO_STRATEGIES].join(', ')},
  or a path to a .mjs/.js/.ts module whose default export is a boardgame.io-style bot
  ({ async play({ G, ctx }, playerID) => ({ action }) }, action a MAKE_MOVE action)
  or a function (options: { seed, playerID }) returning one.

Options:
  --games N             games to play (default ${DEFAULTS.games})
  --seed S              game i is set up from seed S+i (default ${DEFAULTS.seed})
  --scenario ID         ${SCENARIOS.map((s) => s.id).join(' | ')} (default ${DEFAULT_SCENARIO})
  --mcts-iterations N   bgio-mcts iterations per move, ${MCTS_ITERATIONS.min}-${MCTS_ITERATIONS.max} (default ${DEFAULTS.mctsIterations})
  --mcts-depth N        bgio-mcts playout depth in moves (default ${DEFAULTS.mctsDepth})
  --engine E            auto | headless | client: force the rules engine (default auto: headless
                        unless bgio-mcts plays, which needs boardgame.io's Client)
  --json                print one JSON object on stdout instead of the table
  --no-progress         no progress bar on stderr
  -h, --help            this text`;

export type ParsedArgs = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: SimulateOptions };

const integer = (flag: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`${flag} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got ${raw}`);
  }
  return value;
};

const looksLikePath = (text: string): boolean =>
  text.includes('/') || text.includes('\\') || text.startsWith('.') || MODULE_EXTENSIONS.some((ext) => text.endsWith(ext));

/** A strategy name or a bot module path; `cwd` resolves relative paths. */
export const parseStrategy = (flag: string, raw: string | undefined, cwd: string): StrategySpec => {
  if (raw === undefined || raw === '') {
    throw new UsageError(`${flag} is required: one of ${[...STRATEGIES, ...BGIO_STRATEGIES].join(', ')}, or a bot module path`);
  }
  if (isStrategyName(raw)) return { kind: 'scripted', name: raw };
  if (raw === 'bgio-random') return { kind: 'bgio-random' };
  if (raw === 'bgio-mcts') return { kind: 'bgio-mcts' };
  if (!looksLikePath(raw)) {
    throw new UsageError(
      `${flag}: unknown strategy "${raw}"; choose one of ${[...STRATEGIES, ...BGIO_STRATEGIES].join(', ')}, or give a path to a bot module (.mjs, .js, .ts)`,
    );
  }
  const path = isAbsolute(raw) ? raw : resolve(cwd, raw);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`${flag}: bot module not found: ${raw} (looked for ${path})`);
  if (!MODULE_EXTENSIONS.some((ext) => path.endsWith(ext))) {
    throw new UsageError(`${flag}: a bot module must be a ${MODULE_EXTENSIONS.join(', ')} file, got ${raw}`);
  }
  return { kind: 'module', path, given: raw };
};

export const parseSimulateArgs = (argv: ReadonlyArray<string>, cwd: string = process.cwd()): ParsedArgs => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        games: { type: 'string' },
        seed: { type: 'string' },
        us: { type: 'string' },
        jp: { type: 'string' },
        scenario: { type: 'string' },
        'mcts-iterations': { type: 'string' },
        'mcts-depth': { type: 'string' },
        engine: { type: 'string' },
        json: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };
  const scenario = values.scenario ?? DEFAULT_SCENARIO;
  if (!SCENARIOS.some((s) => s.id === scenario)) {
    throw new UsageError(`--scenario: unknown scenario "${scenario}"; choose one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  }
  const engine = values.engine ?? 'auto';
  if (engine !== 'auto' && engine !== 'headless' && engine !== 'client') {
    throw new UsageError(`--engine must be auto, headless or client, got "${engine}"`);
  }
  const us = parseStrategy('--us', values.us, cwd);
  const jp = parseStrategy('--jp', values.jp, cwd);
  if (engine === 'headless' && (us.kind === 'bgio-mcts' || jp.kind === 'bgio-mcts')) {
    throw new UsageError('--engine headless: bgio-mcts needs boardgame.io\'s full state, so it plays only through the Client');
  }
  return {
    kind: 'run',
    options: {
      games: integer('--games', values.games, DEFAULTS.games, 1, 10_000_000),
      seed: integer('--seed', values.seed, DEFAULTS.seed, 0, 2 ** 32 - 1),
      us,
      jp,
      scenario,
      json: values.json ?? false,
      mctsIterations: integer('--mcts-iterations', values['mcts-iterations'], DEFAULTS.mctsIterations, MCTS_ITERATIONS.min, MCTS_ITERATIONS.max),
      mctsDepth: integer('--mcts-depth', values['mcts-depth'], DEFAULTS.mctsDepth, 1, 1000),
      progress: !(values['no-progress'] ?? false),
      engine,
    },
  };
};
