// determinize(view, seed): a full match state consistent with what one player
// can see, for a bot to search from without reading secrets. The opponent's
// agendas and the order of the cards still in the news deck are sampled from
// what that view has not seen; the no-war path is computed for that world.
// The view's own secrets are kept; the opponent's pending choice stays unmade
// (in the world searched, the opponent has yet to choose).
import { withNoWar } from './no-war';
import { seededRng, shuffled } from './seeded';
import { initialMarkets, initialTalks } from './setup';
import { isPlayerID, otherSide, sideOf } from './state';
import type { GameState, Side } from './state';

/** The cards the view has seen drawn, in the order they came. */
const drawnCards = (view: GameState): string[] => {
  const drawn = view.reports.flatMap((report) => (report.news ? [report.news.card] : []));
  // This round's card is in the reports only once the round has been resolved.
  if (view.news && view.reports.length < view.round) drawn.push(view.news.card);
  return drawn;
};

/** Removes one copy of each of `seen` from `deck` (a deck may hold a card more than once). */
const without = (deck: ReadonlyArray<string>, seen: ReadonlyArray<string>): string[] => {
  const left = [...deck];
  for (const card of seen) {
    const at = left.indexOf(card);
    if (at >= 0) left.splice(at, 1);
  }
  return left;
};

export type DeterminizeOptions = {
  /** The opponent's agendas to assume (from a belief), instead of a uniform draw from its deck. */
  readonly opponentAgendas?: ReadonlyArray<string>;
};

/**
 * A full state consistent with `view`, the view of `playerID` (a seated
 * player). Same inputs, same output: the sampling is seeded by `seed` alone.
 */
export const determinize = (view: GameState, playerID: string, seed: number, options: DeterminizeOptions = {}): GameState => {
  if (!isPlayerID(playerID)) throw new Error('determinize needs a seated player');
  if (view.outcome) return view;
  const me: Side = sideOf(playerID);
  const them = otherSide(me);
  const rules = view.rules;
  const next = seededRng(seed);
  const drawn = drawnCards(view);
  const deck = shuffled(without(rules.events, drawn), next);
  const theirAgendas = options.opponentAgendas ?? shuffled(rules.agendaDecks[them], next).slice(0, rules.agendasPerSide);
  const agendas = { [me]: view.agendas[me], [them]: theirAgendas } as GameState['agendas'];
  const firstThisRound = view.talks.first;
  // The world at setup with the same cards, to run its no-war path.
  const setup: GameState = {
    ...view,
    round: 1,
    day: 0,
    board: view.start,
    markets: initialMarkets(rules.pause),
    history: [],
    deck: [...drawn, ...deck],
    news: undefined,
    agendas,
    pending: { us: undefined, jp: undefined },
    signals: { us: [], jp: [] },
    commitments: [],
    talks: initialTalks(view.round % 2 === 1 ? firstThisRound : otherSide(firstThisRound)),
    acknowledged: { us: false, jp: false },
    reports: [],
    outcome: undefined,
    noWar: undefined,
  };
  return { ...view, deck, agendas, noWar: withNoWar(setup).noWar };
};
