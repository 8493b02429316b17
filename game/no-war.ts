// The no-war path of a match: the same scenario and news deck, both sides
// standing pat every round (the first, default answer to each news card, no
// proposals), the deadline snapback included, scored the same way. Each side's
// score is its result minus its result on this path. It runs once per match,
// through the same round functions as the game itself.
import { copyState } from './copy';
import { eventCard } from './cards/events';
import { respond } from './moves/news';
import { drawNews, resolveRound, startNextRound } from './round';
import type { Draft, GameState } from './state';

/** The option a news card's side gives when it does nothing: the card's first. */
export const defaultResponse = (cardId: string): string | undefined => eventCard(cardId).response?.options[0]?.id;

/** Each side's result on the no-war path, from a match's state at setup (round 1, no card drawn yet). */
export const noWarResults = (setup: GameState): { readonly us: number; readonly jp: number } => {
  if (setup.round !== 1 || setup.news !== undefined || setup.reports.length > 0) {
    throw new Error('The no-war path starts from a match at setup');
  }
  const G = copyState({ ...setup, noWar: undefined }) as Draft;
  while (!G.outcome) {
    drawNews(G);
    const awaiting = G.news?.awaiting;
    const option = G.news ? defaultResponse(G.news.card) : undefined;
    if (!G.outcome && awaiting && option) respond(G, awaiting, [option]);
    if (!G.outcome) resolveRound(G, { record: false });
    if (!G.outcome) startNextRound(G);
  }
  return { us: G.outcome.scores.us.result, jp: G.outcome.scores.jp.result };
};

/** A match's state at setup with its no-war results filled in (again, if its deck or agendas were changed). */
export const withNoWar = (setup: GameState): GameState => ({ ...setup, noWar: noWarResults(setup) });
