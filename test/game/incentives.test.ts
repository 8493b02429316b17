// The lesson the game teaches, checked on seeded games between the scripted
// strategies: war is a mutual loss, hurting the other side more is not a
// win, and deals decide who wins. (The full 200-game matrix is
// `npm run simulate -- --matrix`; docs/model.md has its table.)
import { describe, expect, it } from 'vitest';
import { newHeadless, playHeadless } from '../../game/headless';
import type { Outcome, Winner } from '../../game/state';
import { makeStrategy } from '../../src/bot/strategies';
import type { StrategyName } from '../../src/bot/strategies';
import { initialState } from './helpers';

const GAMES = 40;

const play = (us: StrategyName, jp: StrategyName): Outcome[] =>
  Array.from({ length: GAMES }, (_, i) => {
    const seed = 11 + i;
    const end = playHeadless(newHeadless(initialState('2025-pause', seed)), {
      us: makeStrategy(us, seed * 2),
      jp: makeStrategy(jp, seed * 2 + 1),
    });
    if (!end.outcome) throw new Error('no outcome');
    return end.outcome;
  });

const share = (outcomes: ReadonlyArray<Outcome>, winner: Winner): number =>
  outcomes.filter((o) => o.winner === winner).length / outcomes.length;

describe('incentives', () => {
  it('a hawk almost never wins against cooperative or random play, on either side', () => {
    for (const other of ['dove', 'tit-for-tat', 'grim', 'random'] as const) {
      expect(share(play('hawk', other), 'us'), `US hawk vs ${other}`).toBeLessThanOrEqual(0.1);
      expect(share(play(other, 'hawk'), 'jp'), `Japan hawk vs ${other}`).toBeLessThanOrEqual(0.1);
    }
  });

  it('hawk against hawk is a trade war both sides lose', () => {
    expect(share(play('hawk', 'hawk'), 'neither')).toBeGreaterThanOrEqual(0.9);
  });

  it('in the mirrors of cooperative strategies each side wins a fair share, and the deals beat doing nothing', () => {
    for (const name of ['dove', 'tit-for-tat', 'grim'] as const) {
      const outcomes = play(name, name);
      expect(share(outcomes, 'us'), name).toBeGreaterThanOrEqual(0.3);
      expect(share(outcomes, 'jp'), name).toBeGreaterThanOrEqual(0.3);
      const joint = outcomes.reduce((sum, o) => sum + o.joint, 0) / outcomes.length;
      expect(joint, name).toBeGreaterThan(0);
    }
  });

  it('no strategy is best against everything: a coercer exploits a dove and is deterred by grim', () => {
    expect(share(play('coercer', 'dove'), 'us')).toBeGreaterThanOrEqual(0.6);
    expect(share(play('dove', 'coercer'), 'jp')).toBeGreaterThanOrEqual(0.6);
    expect(share(play('coercer', 'grim'), 'us')).toBeLessThanOrEqual(0.2);
    expect(share(play('grim', 'coercer'), 'jp')).toBeLessThanOrEqual(0.2);
  });
});
