// A rollout's copy of a world: only the parts the round functions change are
// copied (board, markets, talks, news, signals, pending), by spreading; the
// rest (rules, start, agendas, the deck array, which drawNews replaces rather
// than changes) is shared. Spreading matters: V8 clones an object made by a
// spread about ten times faster than one built key by key (game/copy.ts
// copyPlain), and the model spreads the board every round.
import type { Draft, GameState } from '../../../game/state';

/** A world made ready for fast copies: its changing objects rebuilt by spreads (once), history and reports dropped. */
export const worldOf = (G: GameState): GameState => ({
  ...G,
  board: { ...G.board },
  markets: { ...G.markets },
  history: [],
  reports: [],
});

/** A copy of a world that the round functions may change freely (see worldOf). */
export const copyWorld = (G: GameState): Draft =>
  ({
    ...G,
    board: { ...G.board },
    markets: { ...G.markets },
    history: [],
    reports: [],
    news: G.news ? { ...G.news } : undefined,
    pending: { ...G.pending },
    signals: { us: [...G.signals.us], jp: [...G.signals.jp] },
    commitments: [...G.commitments],
    talks: { ...G.talks, made: { ...G.talks.made }, done: { ...G.talks.done }, deals: [...G.talks.deals] },
    acknowledged: { ...G.acknowledged },
  }) as unknown as Draft;
