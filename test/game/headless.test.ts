// The headless engine plays the same game as boardgame.io: same seed, same
// decisions, same state. And seeded strategy games always end.
import { describe, expect, it } from 'vitest';
import { toGameover } from '../../game';
import { owingSides } from '../../game/flow';
import { applyHeadless, newHeadless, playHeadless, resumeHeadless } from '../../game/headless';
import type { Decider } from '../../game/headless';
import { SCENARIOS } from '../../game/scenarios';
import { playerOf } from '../../game/state';
import type { GameState } from '../../game/state';
import { playerView } from '../../game/view';
import { STRATEGIES, makeStrategy } from '../../src/bot/strategies';
import type { StrategyName } from '../../src/bot/strategies';
import { activePlayers, localClient, phaseOf, playAs, raw } from './client-driver';
import { initialState } from './helpers';

type Pairing = readonly [StrategyName, StrategyName, string, string?];

const PAIRINGS: ReadonlyArray<Pairing> = [
  ['random', 'random', 'seed-a'],
  ['random', 'grim', 'seed-b'],
  ['hawk', 'dove', 'seed-c'],
  ['tit-for-tat', 'hawk', 'seed-d'],
  ['grim', 'random', 'seed-e'],
  ['dove', 'tit-for-tat', 'seed-f'],
  ['random', 'hawk', 'seed-g', '1985-plaza'],
  ['grim', 'random', 'seed-h', '1985-plaza'],
];

describe('headless engine and boardgame.io Client', () => {
  for (const [usName, jpName, seed, scenario = '2025-pause'] of PAIRINGS) {
    it(`${scenario}: ${usName} vs ${jpName} (${seed}): the same G after every move`, () => {
      const client = localClient(seed, { scenario });
      expect(raw(client).G.rules.scenario).toBe(scenario);
      const start = raw(client);
      const match = resumeHeadless(start.G, phaseOf(start.ctx));
      expect(match.G).toEqual(start.G);
      const players: Record<'us' | 'jp', Decider> = { us: makeStrategy(usName, 11), jp: makeStrategy(jpName, 22) };
      let moves = 0;
      for (; !match.G.outcome && moves < 2000; moves++) {
        const [side] = owingSides(match.G, match.phase);
        if (side === undefined) throw new Error('nobody owes a move');
        // boardgame.io agrees on who may move.
        expect(activePlayers(raw(client).ctx).sort()).toEqual(owingSides(match.G, match.phase).map(playerOf).sort());
        const decision = players[side](playerView({ G: match.G, playerID: playerOf(side) }), match.phase, side);
        expect(applyHeadless(match, side, decision)).toBe(true);
        expect(playAs(client, playerOf(side), decision)).toBe(true);
        const state = raw(client);
        expect(JSON.stringify(state.G)).toBe(JSON.stringify(match.G));
        if (!match.G.outcome) expect(state.ctx.phase).toBe(match.phase);
      }
      expect(match.G.outcome).toBeDefined();
      expect(raw(client).ctx.gameover).toEqual(match.G.outcome && toGameover(match.G.outcome));
      expect(moves).toBeGreaterThan(1);
    });
  }
});

describe('applyHeadless', () => {
  it('takes only the rules of the current step, by their own names', () => {
    const match = newHeadless(initialState());
    const G = structuredClone(match.G);
    for (const move of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'nonsense', '']) {
      for (const side of ['us', 'jp'] as const) {
        expect(applyHeadless(match, side, { move, args: [] }), move).toBe(false);
        expect(match.G).toStrictEqual(G);
      }
    }
  });

  it('refuses a move from a side that owes nothing in this step', () => {
    const match = newHeadless(initialState());
    const [owing] = owingSides(match.G, match.phase);
    expect(owing).toBeDefined();
    const idle = (['us', 'jp'] as const).filter((side) => !owingSides(match.G, match.phase).includes(side));
    for (const side of idle) expect(applyHeadless(match, side, { move: 'endTalks', args: [] })).toBe(false);
  });
});

describe('seeded strategy games', () => {
  const play = (scenario: string, us: StrategyName, jp: StrategyName, seed: number): GameState =>
    playHeadless(newHeadless(initialState(scenario, seed)), { us: makeStrategy(us, seed), jp: makeStrategy(jp, seed * 7 + 1) });

  it('every pairing ends, within the round limit, in both scenarios', () => {
    for (const scenario of SCENARIOS) {
      for (const us of STRATEGIES) {
        for (const jp of STRATEGIES) {
          for (const seed of [1, 2, 3]) {
            const G = play(scenario.id, us, jp, seed);
            const label = `${scenario.id} ${us} vs ${jp} seed ${seed}`;
            expect(G.outcome, label).toBeDefined();
            expect(G.round, label).toBeLessThanOrEqual(G.rounds);
            expect(G.outcome?.round, label).toBe(G.round);
            expect(G.history, label).toHaveLength(G.reports.length);
          }
        }
      }
    }
  });

  it('is repeatable: the same seeds give the same game', () => {
    for (const [us, jp] of [['random', 'hawk'], ['grim', 'random']] as const) {
      expect(JSON.stringify(play('2025-pause', us, jp, 5))).toBe(JSON.stringify(play('2025-pause', us, jp, 5)));
    }
  });

  it('different seeds give different games', () => {
    const games = new Set([1, 2, 3, 4].map((seed) => JSON.stringify(play('2025-pause', 'random', 'random', seed))));
    expect(games.size).toBeGreaterThan(1);
  });
});
