// A move's leverage (src/bot/search/leverage.ts): the bargaining chips a
// search without talks cannot see. The manipulator label costs the US little
// and Japan more, and a deal undoes it: it should raise the US's gain at the
// next deal, and Hard should value it for that, where the levels without
// leverage do not.
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../game/seeded';
import type { Action, Choice, GameState } from '../../game/state';
import { beliefOf } from '../../src/bot/belief';
import { why } from '../../src/bot/explain';
import { configFor } from '../../src/bot/levels';
import { bargainingGains } from '../../src/bot/search/leverage';
import { planAction } from '../../src/bot/search/moves';
import { NO_HABITS, rolloutFromMoves, utility } from '../../src/bot/search/rollout';
import { sampleWorlds } from '../../src/bot/search/worlds';
import { matchAt, viewOf } from './helpers';

const STAND: Action = { type: 'standPat' };
const LABEL: Action = { type: 'labelManipulator' };
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const usWorlds = (seed: number): GameState[] => {
  const view = viewOf(matchAt(seed, 'moves').G, 'us');
  return sampleWorlds(view, 'us', beliefOf(view, 'us'), 4, seed);
};

const choices = (us: Action): { us: Choice; jp: Choice } => ({ us: { action: us, signal: undefined }, jp: { action: STAND, signal: undefined } });

/** Both sides' mean utility with no deal ever, after the US's `action` against Japan standing pat. */
const noDeal = (worlds: ReadonlyArray<GameState>, action: Action) => {
  let me = 0;
  let them = 0;
  for (const world of worlds) {
    for (let r = 1; r <= 10; r++) {
      const outcome = rolloutFromMoves(world, choices(action), seededRng(r));
      me += utility(outcome, 'us', 8);
      them += utility(outcome, 'jp');
    }
  }
  return { me: me / (worlds.length * 10), them: them / (worlds.length * 10) };
};

describe("a move's leverage over the next deal", () => {
  it('finds the label a chip: it costs Japan more than the US with no deal, and raises the US gain at the next deal', () => {
    let nashRise = 0;
    let gainRise = 0;
    let rose = 0;
    for (const seed of SEEDS) {
      const worlds = usWorlds(seed);
      const calm = noDeal(worlds, STAND);
      const labelled = noDeal(worlds, LABEL);
      expect(calm.them - labelled.them).toBeGreaterThan(calm.me - labelled.me);
      const calmGains = bargainingGains(worlds, 'us', choices(STAND), calm, 8);
      const labelGains = bargainingGains(worlds, 'us', choices(LABEL), labelled, 8);
      // The round is played in the deal's worlds too (the label's cost and the deal that undoes it), not only in no deal's.
      expect(bargainingGains(worlds, 'us', choices(LABEL), calm, 8)).not.toEqual(calmGains);
      gainRise += labelGains.me - calmGains.me;
      if (labelGains.me > calmGains.me) rose++;
      nashRise += labelled.me + labelGains.me - (calm.me + calmGains.me);
    }
    // The deal can undo the label, so the US's gain from it rises (by points where the label is a strong chip,
    // barely where the US already gains most); where the talks' Nash point leaves the US rises on average.
    expect(rose).toBeGreaterThanOrEqual(6);
    expect(gainRise / SEEDS.length).toBeGreaterThan(1);
    expect(nashRise / SEEDS.length).toBeGreaterThan(0);
  });

  it('gives no gain when no bundle leaves both sides better off than no deal', () => {
    const worlds = usWorlds(1);
    expect(bargainingGains(worlds, 'us', choices(LABEL), { me: 1000, them: 1000 }, 8)).toEqual({ me: 0, them: 0 });
  });

  it("is in Hard's valuation of its moves, and not in a level without leverage", () => {
    for (const seed of [1, 3]) {
      const view = viewOf(matchAt(seed, 'moves').G, 'us');
      const worlds = sampleWorlds(view, 'us', beliefOf(view, 'us'), 4, seed);
      const edge = (leverage: number): number => {
        const plan = planAction(view, 'us', worlds, undefined, { ...configFor('hard', 60), leverage }, seed, NO_HABITS);
        const value = (a: Action) => plan.values.find((v) => JSON.stringify(v.action) === JSON.stringify(a))?.value;
        const label = value(LABEL);
        const stand = value(STAND);
        if (label === undefined || stand === undefined) throw new Error('the label and standing pat should both be candidates');
        return label - stand;
      };
      expect(configFor('hard').leverage).toBeGreaterThan(0);
      expect(configFor('normal').leverage).toBe(0);
      expect(edge(configFor('hard').leverage)).toBeGreaterThan(edge(0) + 0.5);
    }
  });

  it('says so when leverage is why it escalates, in English and Japanese', () => {
    const context = { owed: undefined, provocation: undefined, theirSide: 'jp' as const, hostile: true };
    const levered = why.action('us', LABEL, 1.2, { ...context, leverage: 2.4 });
    expect(levered.en).toContain('to strengthen my hand in the talks');
    expect(levered.en).toContain('+2.4 points');
    expect(levered.ja).toContain('交渉での立場を強める');
    expect(why.action('us', LABEL, 1.2, { ...context, leverage: 0.1 }).en).not.toContain('talks');
  });
});
