// A rollout's copy of a world: only the parts the round functions change are
// copied (board, markets, talks, news, signals, pending...); the rest (rules,
// start, agendas, the deck array, which drawNews replaces rather than changes)
// is shared.
//
// Every copy is one object literal with every key named, never a spread. Why:
// a spread copy takes its source's hidden class, and the states a bot sees
// come from many places (playerView, determinize, the headless engine's
// copies), so the rules' code that reads G, G.board and G.talks in a rollout
// went megamorphic and a rollout ran three times slower inside a real game
// than in a benchmark. Built here, every rollout state has one hidden class
// (and the board and markets the model's own, game/model/core.ts copyBoard).
import { copyBoard, copyMarkets } from '../../../game/model/core';
import type { Draft, GameState, Talks } from '../../../game/state';

const copyTalks = (t: Talks): Draft['talks'] => ({
  open: t.open,
  made: { us: t.made.us, jp: t.made.jp },
  done: { us: t.done.us, jp: t.done.jp },
  first: t.first,
  nextId: t.nextId,
  deals: [...t.deals],
});

const literal = (G: GameState): Draft =>
  ({
    rules: G.rules,
    round: G.round,
    rounds: G.rounds,
    day: G.day,
    board: copyBoard(G.board),
    start: G.start,
    noWar: G.noWar,
    markets: copyMarkets(G.markets),
    history: [],
    deck: G.deck,
    news: G.news ? { card: G.news.card, awaiting: G.news.awaiting, response: G.news.response } : undefined,
    agendas: G.agendas,
    pending: { us: G.pending.us, jp: G.pending.jp },
    signals: { us: [...G.signals.us], jp: [...G.signals.jp] },
    commitments: [...G.commitments],
    talks: copyTalks(G.talks),
    acknowledged: { us: G.acknowledged.us, jp: G.acknowledged.jp },
    reports: [],
    outcome: G.outcome,
  }) as unknown as Draft;

/**
 * The first copy settles the literal's hidden class: a throwaway copy has every
 * field the rules write in place written once, so no optimised rollout code is
 * thrown away later when a game first reaches a deal or an ending (see
 * game/model/core.ts settleHiddenClasses for why that matters).
 */
let settled = false;
const settle = (G: GameState): void => {
  settled = true;
  const x = literal(G);
  x.round += 1;
  x.day += 1;
  x.board = copyBoard(G.board);
  x.markets = copyMarkets(G.markets);
  x.deck = [...G.deck];
  x.news = { card: '', awaiting: undefined, response: undefined };
  x.pending = { us: undefined, jp: undefined };
  x.signals = { us: [], jp: [] };
  x.commitments = [];
  x.talks = copyTalks(G.talks);
  x.acknowledged = { us: true, jp: true };
  x.history = [];
  x.reports = [];
  x.noWar = { us: 0.5, jp: 0.5 };
  x.outcome = undefined;
  x.talks.open = undefined;
  x.talks.first = x.talks.first === 'us' ? 'jp' : 'us';
  x.talks.nextId += 1;
  x.talks.made = { us: 1, jp: 1 };
  x.talks.done = { us: true, jp: true };
  x.pending.us = undefined;
  x.signals.us = [];
};

/** A copy of a world that the round functions may change freely; history and reports start empty (no rule reads them). */
export const copyWorld = (G: GameState): Draft => {
  if (!settled) settle(G);
  return literal(G);
};

/** A world made ready for fast copies (once): rebuilt as a rollout state, history and reports dropped. */
export const worldOf = (G: GameState): GameState => copyWorld(G) as unknown as GameState;
