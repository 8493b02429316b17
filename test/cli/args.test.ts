import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/bot/strategies';
import { scenarioAndGames } from '../../src/cli/agendas/args';
import { integerFlag } from '../../src/cli/flags';
import { DEFAULTS, parseSimulateArgs } from '../../src/cli/sim/args';
import { parseTournamentArgs } from '../../src/cli/tournament/args';
import { UsageError } from '../../src/cli/sim/types';

const ROOT = resolve(import.meta.dirname, '../..');
const parse = (...argv: string[]) => parseSimulateArgs(argv, ROOT);
const rejects = (argv: string[], message: RegExp): void => {
  expect(() => parse(...argv)).toThrow(UsageError);
  expect(() => parse(...argv)).toThrow(message);
};

describe('simulate arguments', () => {
  it('parses a full command line', () => {
    const parsed = parse('--games', '20', '--seed', '7', '--us', 'hawk', '--jp', 'tit-for-tat', '--json', '--scenario', '1985-plaza');
    expect(parsed.kind).toBe('run');
    if (parsed.kind !== 'run') return;
    expect(parsed.options).toMatchObject({
      games: 20,
      seed: 7,
      us: { kind: 'scripted', name: 'hawk' },
      jp: { kind: 'scripted', name: 'tit-for-tat' },
      json: true,
      scenario: '1985-plaza',
      engine: 'auto',
    });
  });

  it('has defaults for everything but the two strategies', () => {
    const parsed = parse('--us', 'bgio-random', '--jp', 'bgio-mcts');
    if (parsed.kind !== 'run') throw new Error('expected a run');
    expect(parsed.options).toMatchObject({
      games: DEFAULTS.games,
      seed: DEFAULTS.seed,
      json: false,
      mctsIterations: DEFAULTS.mctsIterations,
      us: { kind: 'bgio-random' },
      jp: { kind: 'bgio-mcts' },
    });
  });

  it('takes a bot module path, relative to the working directory', () => {
    const parsed = parse('--us', 'test/fixtures/stand-pat-bot.mjs', '--jp', 'dove');
    if (parsed.kind !== 'run') throw new Error('expected a run');
    expect(parsed.options.us).toEqual({
      kind: 'module',
      given: 'test/fixtures/stand-pat-bot.mjs',
      path: resolve(ROOT, 'test/fixtures/stand-pat-bot.mjs'),
    });
  });

  it('answers --help', () => {
    expect(parse('--help')).toEqual({ kind: 'help' });
  });

  it('rejects bad input with a message', () => {
    rejects(['--us', 'falcon', '--jp', 'dove'], /unknown strategy "falcon".*hawk/);
    rejects(['--us', 'hawk'], /--jp is required/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--games', 'ten'], /--games must be an integer/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--games', '1.5'], /--games must be an integer/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--games', '0'], /--games must be an integer from 1/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--seed', 'x'], /--seed must be an integer/);
    rejects(['--us', './no/such/bot.mjs', '--jp', 'dove'], /bot module not found: .\/no\/such\/bot.mjs/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--scenario', 'yalta'], /unknown scenario "yalta"/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--mcts-iterations', '5000'], /--mcts-iterations must be an integer from 1 to 2000/);
    rejects(['--us', 'hawk', '--jp', 'dove', '--turbo'], /Unknown option '--turbo'/);
    rejects(['--us', 'bgio-mcts', '--jp', 'dove', '--engine', 'headless'], /bgio-mcts needs boardgame.io's full state/);
  });

  it('parses --matrix: the built-ins, then the bot modules given', () => {
    const parsed = parse('--matrix', '--games', '4', '--seed', '11', '--json', 'test/fixtures/stand-pat-bot.mjs');
    if (parsed.kind !== 'matrix') throw new Error('expected a matrix');
    expect(parsed.options).toMatchObject({ games: 4, seed: 11, json: true, scenario: '2025-pause' });
    expect(parsed.options.entrants).toEqual([
      ...STRATEGIES.map((name) => ({ kind: 'scripted', name })),
      { kind: 'module', given: 'test/fixtures/stand-pat-bot.mjs', path: resolve(ROOT, 'test/fixtures/stand-pat-bot.mjs') },
    ]);
  });

  it('rejects bad --matrix input with a message', () => {
    rejects(['--matrix', '--us', 'hawk'], /--matrix plays every strategy on both sides: drop --us/);
    rejects(['--matrix', '--us', 'hawk', '--jp', 'dove'], /drop --us, --jp/);
    rejects(['--matrix', '--mcts-iterations', '5'], /drop --mcts-iterations/);
    rejects(['--matrix', 'hawk'], /"hawk" is a built-in strategy and already plays in the matrix/);
    rejects(['--matrix', 'bgio-mcts'], /bgio-mcts does not play in the matrix/);
    rejects(['--matrix', './no/such/bot.mjs'], /bot module not found: .\/no\/such\/bot.mjs/);
    rejects(['--matrix', 'falcon'], /unknown strategy "falcon"/);
    rejects(['--matrix', 'test/fixtures/stand-pat-bot.mjs', './test/fixtures/stand-pat-bot.mjs'], /bot module given twice/);
    rejects(['--matrix', '--games', '0'], /--games must be an integer from 1/);
    rejects(['--matrix', '--scenario', 'yalta'], /unknown scenario "yalta"/);
    rejects(['--us', 'hawk', '--jp', 'dove', 'test/fixtures/stand-pat-bot.mjs'], /unexpected argument "test\/fixtures\/stand-pat-bot.mjs"/);
  });

  it('exits with code 2 and a message on bad --matrix input', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--matrix', '--us', 'hawk'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--matrix plays every strategy on both sides: drop --us');
    expect(run.stdout).toBe('');
  });

  it('exits with code 2 and a message on bad input', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--games', 'many', '--us', 'hawk', '--jp', 'dove'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--games must be an integer, got "many"');
    expect(run.stdout).toBe('');
  });
});

describe('integer flags, as every tool reads them (simulate, tournament, exploit, bench)', () => {
  it('takes an integer in range, the fallback when absent, and refuses anything else with a usage error', () => {
    expect(integerFlag('--games', '12', 5, 1)).toBe(12);
    expect(integerFlag('--games', undefined, 5, 1)).toBe(5);
    expect(integerFlag('--depth', '9', 1, 1, 9)).toBe(9);
    for (const [raw, message] of [
      ['0', '--n must be an integer of at least 1, got 0'],
      ['10', '--n must be an integer from 1 to 9, got 10'],
      ['2.5', '--n must be an integer, got "2.5"'],
      ['many', '--n must be an integer, got "many"'],
      ['', '--n must be an integer, got ""'],
      ['1e3', '--n must be an integer, got "1e3"'],
    ] as const) {
      const max = raw === '10' ? 9 : Number.MAX_SAFE_INTEGER;
      expect(() => integerFlag('--n', raw, 1, 1, max)).toThrow(UsageError);
      expect(() => integerFlag('--n', raw, 1, 1, max)).toThrow(message);
    }
  });

  it('the tournament and the exploiter refuse a bad number instead of running with NaN', () => {
    expect(() => parseTournamentArgs(['--games', 'ten'])).toThrow('--games must be an integer, got "ten"');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/exploit.ts', '--budget', 'lots'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--budget must be an integer, got "lots"');
  });

  it('the exploiter refuses to know what it cannot be told', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/exploit.ts', '--information', 'psychic'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--information must be one of seat, dice, full, not psychic');
  });
});

describe('agenda:odds and deal-space arguments ([scenario] [games])', () => {
  it('take a known scenario and a game count, each with its default', () => {
    expect(scenarioAndGames([], 30)).toEqual({ scenario: '2025-pause', games: 30 });
    expect(scenarioAndGames(['1985-plaza', '12'], 30)).toEqual({ scenario: '1985-plaza', games: 12 });
  });

  it('refuse an unknown scenario, a bad count or a stray argument', () => {
    expect(() => scenarioAndGames(['nowhere'], 30)).toThrow('unknown scenario nowhere; choose one of 2025-pause, 1985-plaza');
    expect(() => scenarioAndGames(['2025-pause', '0'], 30)).toThrow('games must be an integer of at least 1, got 0');
    expect(() => scenarioAndGames(['2025-pause', '3', 'x'], 30)).toThrow(UsageError);
  });

  it('exit with code 2 and a message, not a stack trace', () => {
    for (const [tool, args, message] of [
      ['src/cli/agenda-odds.ts', ['nowhere'], 'unknown scenario nowhere'],
      ['src/cli/deal-space.ts', ['2025-pause', 'zero'], 'games must be an integer, got "zero"'],
    ] as const) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', tool, ...args], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('    at ');
    }
  });
});
