import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimulateArgs } from '../../src/cli/sim/args';
import type { Outcome } from '../../game/state';
import { summarize, toJson } from '../../src/cli/sim/report';
import { runSimulation } from '../../src/cli/sim/run';
import type { SimulateOptions } from '../../src/cli/sim/types';

const ROOT = resolve(import.meta.dirname, '../..');

const options = (...argv: string[]): SimulateOptions => {
  const parsed = parseSimulateArgs([...argv, '--no-progress'], ROOT);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.options;
};

const simulate = (...argv: string[]) => runSimulation(options(...argv));

describe('simulate', () => {
  it('hawk against hawk mostly ends in a crisis', async () => {
    const summary = await simulate('--games', '20', '--us', 'hawk', '--jp', 'hawk');
    expect(summary.games).toBe(20);
    expect(summary.crisisRate).toBeGreaterThan(0.5);
  });

  it('dove against dove mostly ends in a deal', async () => {
    const summary = await simulate('--games', '20', '--us', 'dove', '--jp', 'dove');
    expect(summary.dealRate).toBeGreaterThan(0.8);
  });

  it('prints one JSON object with the required keys, rates in 0..1', async () => {
    const json: unknown = JSON.parse(toJson(await simulate('--games', '10', '--us', 'tit-for-tat', '--jp', 'random', '--seed', '42')));
    expect(json).toMatchObject({
      games: 10,
      wins: { us: expect.any(Number), jp: expect.any(Number), draw: expect.any(Number), neither: expect.any(Number) },
      crisisRate: expect.any(Number),
      dealRate: expect.any(Number),
      meanRounds: expect.any(Number),
      meanScore: { us: expect.any(Number), jp: expect.any(Number) },
    });
    const s = json as { wins: { us: number; jp: number; draw: number; neither: number }; crisisRate: number; dealRate: number };
    expect(s.wins.us + s.wins.jp + s.wins.draw + s.wins.neither).toBe(10);
    for (const rate of [s.crisisRate, s.dealRate]) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  });

  it('counts the deals by who proposed them, and who won them', async () => {
    // The coercer demands a deal good for itself until a dove accepts it; doves speak first in turn.
    const coerced = await simulate('--games', '10', '--us', 'coercer', '--jp', 'dove');
    expect(coerced.dealsBy.us).toEqual({ us: 10, jp: 0, draw: 0, neither: 0 });
    expect(coerced.dealsBy.jp).toEqual({ us: 0, jp: 0, draw: 0, neither: 0 });
    const doves = await simulate('--games', '20', '--us', 'dove', '--jp', 'dove');
    const total = (w: { us: number; jp: number; draw: number; neither: number }) => w.us + w.jp + w.draw + w.neither;
    expect(total(doves.dealsBy.us) + total(doves.dealsBy.jp)).toBe(Math.round(doves.dealRate * doves.games));
    expect(total(doves.dealsBy.us)).toBeGreaterThan(0);
    expect(total(doves.dealsBy.jp)).toBeGreaterThan(0);
  });

  it('is repeatable from its seed, and the seed matters', async () => {
    const a = await simulate('--games', '10', '--us', 'random', '--jp', 'grim', '--seed', '5');
    const b = await simulate('--games', '10', '--us', 'random', '--jp', 'grim', '--seed', '5');
    const c = await simulate('--games', '10', '--us', 'random', '--jp', 'grim', '--seed', '6');
    expect(b).toEqual(a);
    expect(c.meanScore).not.toEqual(a.meanScore);
  });

  it("plays the same games through boardgame.io's Client as through the headless engine", async () => {
    const headless = await simulate('--games', '6', '--us', 'tit-for-tat', '--jp', 'hawk', '--engine', 'headless');
    const client = await simulate('--games', '6', '--us', 'tit-for-tat', '--jp', 'hawk', '--engine', 'client');
    expect(client.engine).toBe('client');
    expect({ ...client, engine: 'headless', notes: [] }).toEqual({ ...headless, notes: [] });
  });

  it('loads a bot module and plays it', async () => {
    const summary = await simulate('--games', '3', '--us', 'test/fixtures/stand-pat-bot.mjs', '--jp', 'hawk');
    expect(summary.games).toBe(3);
    expect(summary.players.us).toBe('test/fixtures/stand-pat-bot.mjs');
  });

  it('a bot that changes the state it is handed changes nothing in the match', async () => {
    const vandal = await simulate('--games', '4', '--us', 'test/fixtures/vandal-bot.mjs', '--jp', 'dove', '--json');
    const polite = await simulate('--games', '4', '--us', 'test/fixtures/stand-pat-bot.mjs', '--jp', 'dove', '--json');
    expect(vandal.crisisRate).toBe(0);
    expect(vandal.wins).toEqual(polite.wins);
    expect(vandal.meanScore).toEqual(polite.meanScore);
  });

  it("plays boardgame.io's RandomBot", async () => {
    const summary = await simulate('--games', '2', '--us', 'bgio-random', '--jp', 'bgio-random');
    expect(summary.games).toBe(2);
    expect(summary.engine).toBe('headless');
  });

  it("plays boardgame.io's MCTSBot through the Client, marked as a full-information baseline", async () => {
    const summary = await simulate('--games', '1', '--us', 'dove', '--jp', 'bgio-mcts', '--mcts-iterations', '3', '--mcts-depth', '5');
    expect(summary.games).toBe(1);
    expect(summary.engine).toBe('client');
    expect(summary.notes.join(' ')).toMatch(/FULL-INFORMATION BASELINE/);
  });

  it('names the strategy, move and arguments of a rejected move', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cott-bot-'));
    const path = join(dir, 'bad-bot.mjs');
    writeFileSync(
      path,
      `export default { play: async (_state, playerID) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'chooseAction', args: [{ type: 'nuke' }], playerID } } }) };\n`,
    );
    await expect(simulate('--games', '1', '--us', path, '--jp', 'dove')).rejects.toThrow(
      /Strategy ".*bad-bot.mjs" \(US, player "0"\) made a rejected move chooseAction\(\{"type":"nuke"\}\)/,
    );
  });

  it('warns when the rules scored a game as NaN', () => {
    const outcome = (us: number): Outcome =>
      ({ reason: 'deal', round: 3, winner: 'draw', joint: us, scores: { us: { total: us }, jp: { total: 1 } } }) as unknown as Outcome;
    const info = { scenario: '2025-pause', seed: 10, players: { us: 'dove', jp: 'dove' }, engine: 'headless', notes: ['n'] } as const;
    expect(summarize([{ outcome: outcome(1), dealBy: 'us' }], info).notes).toEqual(['n']);
    const summary = summarize([{ outcome: outcome(1), dealBy: 'us' }, { outcome: outcome(Number.NaN), dealBy: 'jp' }], info);
    expect(summary.notes[0]).toMatch(/WARNING: .*not a number in 1 of 2 games \(first: game 2, setup seed 11, US NaN, Japan 1\)/);
  });

  it('rejects a module without a bot as bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cott-bot-'));
    const path = join(dir, 'not-a-bot.mjs');
    writeFileSync(path, 'export default 42;\n');
    await expect(simulate('--games', '1', '--us', path, '--jp', 'dove')).rejects.toThrow(/must export default a bot/);
  });
});
