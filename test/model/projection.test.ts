// projectMarkets advances one copy in place; it must give exactly what the
// pure resolveMarkets gives round after round with both sides standing pat,
// and leave its inputs alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAND_PAT_ACTION } from '../../game/actions';
import { newHeadless, playHeadless } from '../../game/headless';
import { projectMarkets, resolveMarkets } from '../../game/model/markets';
import type { GameState } from '../../game/state';
import { makeStrategy } from '../../src/bot/strategies';
import { initialState } from '../game/helpers';

/** Boards from random play: every round's board of a game, with the markets at its end. */
const boardsOf = (seed: number): GameState => {
  const match = newHeadless(initialState('2025-pause', seed));
  playHeadless(match, { us: makeStrategy('random', seed), jp: makeStrategy('hawk', seed + 1) });
  return match.G;
};

describe('projectMarkets', () => {
  it('equals resolving quiet rounds one by one, and changes nothing it was given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 9 }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        (seed, which, rounds, stress) => {
          const G = boardsOf(seed);
          // Any Stress, calm markets included (they drift up toward calm, which moves the yen).
          const board = { ...(G.history[which % G.history.length] ?? G.board), stress };
          const before = structuredClone({ board, markets: G.markets });
          let step: { board: GameState['board']; markets: GameState['markets'] } = { board, markets: G.markets };
          for (let i = 0; i < rounds; i++) {
            step = resolveMarkets({
              board: step.board,
              start: G.start,
              markets: step.markets,
              us: STAND_PAT_ACTION,
              jp: STAND_PAT_ACTION,
              reciprocalRate: G.rules.reciprocalRate,
              params: G.rules.params,
            });
          }
          const projected = projectMarkets(board, G.markets, G.start, G.rules.params, rounds);
          expect(projected).toEqual({ board: step.board, markets: step.markets });
          expect({ board, markets: G.markets }).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
