// `npm run simulate` arguments: parsed and checked up front, so that bad input
// fails with a message (exit code 2) before any game is played.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../game/scenarios';
import { LEVELS, isLevel } from '../../bot/levels';
import { isPlayerName } from '../../bot/players';
import { STRATEGIES, isStrategyName } from '../../bot/strategies';
import { UsageError } from './types';
import { integerFlag } from '../flags';
import type { MatrixOptions, SimulateOptions, StrategySpec } from './types';

export const BGIO_STRATEGIES = ['bgio-random', 'bgio-mcts'] as const;
const MODULE_EXTENSIONS = ['.mjs', '.js', '.cjs', '.ts', '.mts'];

export const DEFAULTS = { games: 100, seed: 1, mctsIterations: 50, mctsDepth: 50 } as const;
/** boardgame.io's own bounds for MCTSBot's iterations option. */
const MCTS_ITERATIONS = { min: 1, max: 2000 } as const;

export const USAGE = `Usage: npm run simulate -- --us STRATEGY --jp STRATEGY [options]
       npm run simulate -- --matrix [--games N] [--seed S] [--scenario ID] [--json] [BOT_MODULE...]

Plays seeded matches of Card on the Table and reports how they ended: a side
wins when it beats doing nothing (its score is above 0) and the other side;
when neither beats doing nothing, both lose.

--matrix plays every built-in scripted strategy (${STRATEGIES.join(', ')}) and
every bot module given against every other, as the US and as Japan, mirrors
included; every pairing plays the same setup seeds S..S+N-1.

Strategies: ${[...LEVELS, ...STRATEGIES, ...BGIO_STRATEGIES].join(', ')} (easy, normal, hard: the bot's levels),
  or a path to a .mjs/.js/.ts module whose default export is a boardgame.io-style bot
  ({ async play({ G, ctx }, playerID) => ({ action }) }, action a MAKE_MOVE action)
  or a function (options: { seed, playerID }) returning one.

Options:
  --games N             games to play (default ${DEFAULTS.games})
  --seed S              game i is set up from seed S+i (default ${DEFAULTS.seed})
  --scenario ID         ${SCENARIOS.map((s) => s.id).join(' | ')} (default ${DEFAULT_SCENARIO})
  --mcts-iterations N   bgio-mcts iterations per move, ${MCTS_ITERATIONS.min}-${MCTS_ITERATIONS.max} (default ${DEFAULTS.mctsIterations})
  --mcts-depth N        bgio-mcts playout depth in moves (default ${DEFAULTS.mctsDepth})
  --budget N            rollouts per decision for the bot's levels (default: each level's own)
  --engine E            auto | headless | client: force the rules engine (default auto: headless
                        unless bgio-mcts plays, which needs boardgame.io's Client)
  --matrix              every strategy against every other (not with --us, --jp or --mcts-*)
  --json                print one JSON object on stdout instead of the table
  --no-progress         no progress bar on stderr
  -h, --help            this text`;

export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly options: SimulateOptions }
  | { readonly kind: 'matrix'; readonly options: MatrixOptions };

const looksLikePath = (text: string): boolean =>
  text.includes('/') || text.includes('\\') || text.startsWith('.') || MODULE_EXTENSIONS.some((ext) => text.endsWith(ext));

/** A strategy name or a bot module path; `cwd` resolves relative paths. */
export const parseStrategy = (flag: string, raw: string | undefined, cwd: string): StrategySpec => {
  if (raw === undefined || raw === '') {
    throw new UsageError(`${flag} is required: one of ${[...STRATEGIES, ...BGIO_STRATEGIES].join(', ')}, or a bot module path`);
  }
  if (isPlayerName(raw)) return { kind: 'scripted', name: raw };
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

/** A --matrix entrant beyond the built-ins: a bot module path (built-in names are already in). */
const parseEntrant = (raw: string, cwd: string): StrategySpec => {
  if (isStrategyName(raw)) throw new UsageError(`--matrix: "${raw}" is a built-in strategy and already plays in the matrix; give only bot module paths`);
  if (isLevel(raw)) return { kind: 'scripted', name: raw };
  if ((BGIO_STRATEGIES as ReadonlyArray<string>).includes(raw)) {
    throw new UsageError(`--matrix: ${raw} does not play in the matrix; give only bot module paths`);
  }
  return parseStrategy('--matrix', raw, cwd);
};

export const parseSimulateArgs = (argv: ReadonlyArray<string>, cwd: string = process.cwd()): ParsedArgs => {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        games: { type: 'string' },
        seed: { type: 'string' },
        us: { type: 'string' },
        jp: { type: 'string' },
        scenario: { type: 'string' },
        'mcts-iterations': { type: 'string' },
        'mcts-depth': { type: 'string' },
        engine: { type: 'string' },
        budget: { type: 'string' },
        matrix: { type: 'boolean' },
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
  const games = integerFlag('--games', values.games, DEFAULTS.games, 1, 10_000_000);
  const seed = integerFlag('--seed', values.seed, DEFAULTS.seed, 0, 2 ** 32 - 1);
  const json = values.json ?? false;
  const progress = !(values['no-progress'] ?? false);
  const budget = values.budget === undefined ? {} : { budget: integerFlag('--budget', values.budget, 0, 1, 1_000_000) };
  if (values.matrix) {
    const clashing = (['us', 'jp', 'mcts-iterations', 'mcts-depth'] as const).filter((flag) => values[flag] !== undefined);
    if (clashing.length > 0) {
      throw new UsageError(`--matrix plays every strategy on both sides: drop ${clashing.map((f) => `--${f}`).join(', ')}`);
    }
    const entrants = [...STRATEGIES.map((name) => ({ kind: 'scripted', name }) as const), ...positionals.map((raw) => parseEntrant(raw, cwd))];
    const labels = entrants.map((e) => (e.kind === 'module' ? e.path : e.kind === 'scripted' ? e.name : e.kind));
    const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
    if (repeated !== undefined) throw new UsageError(`--matrix: bot module given twice: ${repeated}`);
    return { kind: 'matrix', options: { games, seed, scenario, json, progress, engine, entrants, ...budget } };
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0] ?? ''}": bot modules go after --us or --jp, or after --matrix`);
  }
  const us = parseStrategy('--us', values.us, cwd);
  const jp = parseStrategy('--jp', values.jp, cwd);
  if (engine === 'headless' && (us.kind === 'bgio-mcts' || jp.kind === 'bgio-mcts')) {
    throw new UsageError('--engine headless: bgio-mcts needs boardgame.io\'s full state, so it plays only through the Client');
  }
  return {
    kind: 'run',
    options: {
      games,
      seed,
      us,
      jp,
      scenario,
      json,
      mctsIterations: integerFlag('--mcts-iterations', values['mcts-iterations'], DEFAULTS.mctsIterations, MCTS_ITERATIONS.min, MCTS_ITERATIONS.max),
      mctsDepth: integerFlag('--mcts-depth', values['mcts-depth'], DEFAULTS.mctsDepth, 1, 1000),
      progress,
      engine,
      ...budget,
    },
  };
};
