// Resolving a round without recording it (what the no-war path and the bot's
// rollouts do) must change nothing but the record: same board, markets,
// signals, pledges and ending, for any mix of actions and signals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyState } from '../../game/copy';
import { legalActions, signalChoices } from '../../game/legal';
import { defaultResponse } from '../../game/no-war';
import { respond } from '../../game/moves/news';
import { drawNews, resolveRound, startNextRound } from '../../game/round';
import { SIDES } from '../../game/state';
import type { Draft, GameState, Side } from '../../game/state';
import { initialState } from './helpers';

type Pick = { readonly action: number; readonly signal: number };
const pick = fc.record({ action: fc.nat(), signal: fc.nat() });

/** Plays rounds with the picked choices, recording or not; returns the final state. */
const playRounds = (setup: GameState, rounds: ReadonlyArray<{ readonly [S in Side]: Pick }>, record: boolean): GameState => {
  const G = copyState(setup) as Draft;
  for (const [i, picks] of rounds.entries()) {
    if (G.outcome) break;
    if (i > 0) startNextRound(G);
    drawNews(G);
    const option = G.news ? defaultResponse(G.news.card) : undefined;
    if (!G.outcome && G.news?.awaiting && option) respond(G, G.news.awaiting, [option]);
    if (G.outcome) break;
    for (const side of SIDES) {
      const actions = legalActions(G as GameState, side);
      const signals = signalChoices(side);
      const action = actions[picks[side].action % actions.length];
      // One pick in three posts no signal.
      const signal = picks[side].signal % 3 === 0 ? undefined : signals[picks[side].signal % signals.length];
      G.pending[side] = { action, signal } as Draft['pending'][Side];
    }
    resolveRound(G, { record });
  }
  return G as GameState;
};

describe('resolveRound without a record', () => {
  it('changes the same state as with one, and leaves history and reports alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.record({ us: pick, jp: pick }), { minLength: 1, maxLength: 9 }),
        (seed, rounds) => {
          const setup = initialState('2025-pause', seed);
          const recorded = playRounds(setup, rounds, true);
          const bare = playRounds(setup, rounds, false);
          const { history, reports, ...rest } = recorded;
          expect({ ...bare, history: [], reports: [] }).toEqual({ ...rest, history: [], reports: [] });
          expect(bare.history).toHaveLength(0);
          expect(bare.reports).toHaveLength(0);
          expect(reports.length).toBe(history.length);
          expect(reports.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
