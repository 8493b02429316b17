// The scripted deviation (src/cli/exploit/deviation.ts): the base policy's
// moves but an opening action in round 1 and no deal before a round, the
// fast check of what the best-response search's kind of exploit gains.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Decider, Decision } from '../../game/headless';
import { newHeadless, playHeadless } from '../../game/headless';
import { scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import type { GameState } from '../../game/state';
import { makePlayer } from '../../src/bot/players';
import { seededRng, seededShuffler } from '../../src/bot/rng';
import { deviating, openingOf } from '../../src/cli/exploit/deviation';
import { UsageError } from '../../src/cli/sim/types';

const ROOT = new URL('../..', import.meta.url).pathname;
const setupOf = (seed: number): GameState => createInitialState(scenarioById('2025-pause'), seededShuffler(seededRng(seed)));

type Logged = { readonly round: number; readonly phase: string; readonly decision: Decision };

/** `decider`, noting each decision it makes with its round and step. */
const logging = (decider: Decider, log: Logged[]): Decider => (view, phase, side) => {
  const decision = decider(view, phase, side);
  log.push({ round: view.round, phase, decision });
  return decision;
};

/** A dove against a dove, the US's decisions logged: doves deal at once, so a stall has something to refuse. */
const doveGame = (seed: number, us: (dove: Decider) => Decider): { outcome: NonNullable<GameState['outcome']>; log: Logged[] } => {
  const log: Logged[] = [];
  const G = playHeadless(newHeadless(setupOf(seed)), { us: logging(us(makePlayer('dove', seed)), log), jp: makePlayer('dove', seed + 1) });
  if (!G.outcome) throw new Error('no outcome');
  return { outcome: G.outcome, log };
};

const DEALS = new Set(['propose', 'counter', 'accept']);

describe('a scripted deviation from the base policy', () => {
  it('makes no deal in the stalled rounds where the base would have, and plays the base afterwards', () => {
    for (const seed of [1, 2, 3]) {
      const plain = doveGame(seed, (dove) => dove);
      expect(plain.log.some((l) => l.round <= 3 && DEALS.has(l.decision.move))).toBe(true);
      const stalled = doveGame(seed, (dove) => deviating(dove, { opening: undefined, stall: 3 }));
      expect(stalled.log.filter((l) => l.round <= 3 && DEALS.has(l.decision.move))).toEqual([]);
      expect(stalled.outcome.reason === 'deal' ? stalled.outcome.round : 10).toBeGreaterThan(3);
      expect(stalled.log.some((l) => l.round > 3 && DEALS.has(l.decision.move))).toBe(true);
    }
  });

  it('plays the opening in round 1 only, and the base otherwise', () => {
    // A tariff step stays legal round after round (a label would not), and a dove never raises one.
    const opening = openingOf('{"type":"raiseTariff","line":"baseline","step":5}', 'us');
    const { log } = doveGame(4, (dove) => deviating(dove, { opening, stall: 3 }));
    const actions = log.filter((l) => l.phase === 'moves');
    expect(actions.length).toBeGreaterThan(1);
    expect(actions[0]).toMatchObject({ round: 1, decision: { move: 'chooseAction', args: [opening] } });
    expect(actions.slice(1).filter((l) => JSON.stringify(l.decision.args[0]) === JSON.stringify(opening))).toEqual([]);
  });

  it('reads an opening as an action type or one variant, of the right side only', () => {
    expect(openingOf('endPause', 'us')).toEqual({ type: 'endPause' });
    expect(openingOf('{"type":"sellTreasuries","amount":50}', 'jp')).toEqual({ type: 'sellTreasuries', amount: 50 });
    expect(() => openingOf('sellTreasuries', 'jp')).toThrow(UsageError); // which amount?
    expect(() => openingOf('{"type":"sellTreasuries","amount":51}', 'jp')).toThrow(UsageError);
    expect(() => openingOf('labelManipulator', 'jp')).toThrow("is not one of Japan's actions");
    expect(() => openingOf('{"type":', 'us')).toThrow('not valid JSON');
  });

  it('the exploit tool refuses an opening without a side, or one that is not an action', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/exploit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const noSide = run('--opening', 'labelManipulator');
    expect(noSide.status).toBe(2);
    expect(noSide.stderr).toContain('--opening needs --side us or --side jp');
    const bad = run('--side', 'us', '--opening', 'bribe');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--opening bribe is not one of the US's actions");
    const stall = run('--side', 'us', '--stall', '12');
    expect(stall.status).toBe(2);
    expect(stall.stderr).toContain('--stall must be an integer from 0 to 9');
    expect(stall.stdout).toBe('');
  });
});
