import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/bot/strategies';
import { parseSimulateArgs } from '../../src/cli/sim/args';
import { runMatrix } from '../../src/cli/sim/matrix';
import { formatMatrix, matrixJson } from '../../src/cli/sim/matrix-report';
import { runSimulation } from '../../src/cli/sim/run';
import type { MatrixOptions, SimulateOptions } from '../../src/cli/sim/types';

const ROOT = resolve(import.meta.dirname, '../..');
const STAND_PAT = 'test/fixtures/stand-pat-bot.mjs';
/** The documented cell fields, in the documented order; extras may follow. */
const CELL_KEYS = ['us', 'jp', 'games', 'wins', 'meanScore', 'crisisRate', 'dealRate'];

const matrixOptions = (...argv: string[]): MatrixOptions => {
  const parsed = parseSimulateArgs(['--matrix', '--no-progress', ...argv], ROOT);
  if (parsed.kind !== 'matrix') throw new Error('expected a matrix');
  return parsed.options;
};

const runOptions = (...argv: string[]): SimulateOptions => {
  const parsed = parseSimulateArgs(['--no-progress', ...argv], ROOT);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.options;
};

const everyPair = (names: ReadonlyArray<string>): string[] => names.flatMap((us) => names.map((jp) => `${us} / ${jp}`));

describe('simulate --matrix', () => {
  it('plays every built-in strategy against every other on both sides, mirrors included, in the documented JSON shape', async () => {
    const json = JSON.parse(matrixJson(await runMatrix(matrixOptions('--games', '2', '--seed', '3')))) as {
      cells: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)[0]).toBe('cells');
    expect(json.cells.map((c) => `${String(c.us)} / ${String(c.jp)}`)).toEqual(everyPair(STRATEGIES));
    expect(STRATEGIES).toContain('coercer');
    for (const cell of json.cells) {
      expect(Object.keys(cell).slice(0, CELL_KEYS.length)).toEqual(CELL_KEYS);
      expect(cell).toMatchObject({
        games: 2,
        wins: { us: expect.any(Number), jp: expect.any(Number), draw: expect.any(Number), neither: expect.any(Number) },
        meanScore: { us: expect.any(Number), jp: expect.any(Number) },
      });
      const wins = cell.wins as Record<string, number>;
      expect(Object.keys(wins)).toEqual(['us', 'jp', 'draw', 'neither']);
      expect(Object.keys(cell.meanScore as object)).toEqual(['us', 'jp']);
      expect(Object.values(wins).reduce((a, b) => a + b, 0)).toBe(2);
      for (const rate of [cell.crisisRate, cell.dealRate] as number[]) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
    }
  });

  it('pairs the seeds: a cell is exactly the ordinary run of that pairing from the same seed', async () => {
    const matrix = await runMatrix(matrixOptions('--games', '3', '--seed', '9'));
    const cell = matrix.cells.find((c) => c.us === 'coercer' && c.jp === 'tit-for-tat');
    const single = await runSimulation(runOptions('--games', '3', '--seed', '9', '--us', 'coercer', '--jp', 'tit-for-tat'));
    expect(cell).toMatchObject({ games: 3, wins: single.wins, meanScore: single.meanScore, crisisRate: single.crisisRate, dealRate: single.dealRate });
    expect(matrix.seeds).toEqual({ first: 9, last: 11 });
  });

  it('adds a bot module given by path on both sides, against itself too', async () => {
    const summary = await runMatrix(matrixOptions('--games', '1', STAND_PAT));
    expect(summary.cells.map((c) => `${c.us} / ${c.jp}`)).toEqual(everyPair([...STRATEGIES, STAND_PAT]));
    expect(formatMatrix(summary)).toContain(STAND_PAT);
  });

  it('reports progress over every game of every cell', async () => {
    const seen: Array<[number, number]> = [];
    await runMatrix(matrixOptions('--games', '2'), { onGame: (done, total) => seen.push([done, total]) });
    const total = STRATEGIES.length ** 2 * 2;
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('prints a table with both-lose and mean scores for each pairing', async () => {
    const table = formatMatrix(await runMatrix(matrixOptions('--games', '1')));
    expect(table).toMatch(/US win\s+JP win\s+both lose\s+draw\s+score US\s+score JP/);
    expect(table).toMatch(/^hawk\s+dove\s+\d+%\s+\d+%\s+\d+%\s+\d+%\s+-?\d+\.\d\s+-?\d+\.\d/m);
  });

  it('prints one JSON object from the command line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--matrix', '--games', '1', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { cells: unknown[] };
    expect(json.cells).toHaveLength(STRATEGIES.length ** 2);
  });
});
