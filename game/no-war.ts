// The no-war path of a match: the same scenario and news deck, both sides
// standing pat every round (the first, default answer to each news card, no
// proposals), the deadline snapback included, scored the same way. Each side's
// score is its result minus its result on this path. It runs once per match,
// through the same round functions as the game itself.
import { copyState } from './copy';
import { eventCard } from './cards/events';
import { respond } from './moves/news';
import type { Phase } from './flow';
import type { Decision } from './headless';
import { drawNews, resolveRound, startNextRound } from './round';
import type { Draft, GameState, Side } from './state';

/** The option a news card's side gives when it does nothing: the card's first. */
export const defaultResponse = (cardId: string): string | undefined => eventCard(cardId).response?.options[0]?.id;

/**
 * The move of a side that does nothing in this step, as on the no-war path:
 * the news card's default answer, no deal (an open offer rejected, else the
 * talks left), standing pat, acknowledging. A seat whose time runs out, and
 * the tools that measure doing nothing, make it.
 */
export const passiveMove = (G: GameState, phase: Phase, side: Side): Decision => {
  switch (phase) {
    case 'news': {
      const option = G.news?.awaiting === side ? defaultResponse(G.news.card) : undefined;
      return { move: 'respond', args: option === undefined ? [] : [option] };
    }
    case 'talks':
      return G.talks.open && G.talks.open.from !== side ? { move: 'reject', args: [G.talks.open.id] } : { move: 'endTalks', args: [] };
    case 'moves':
      return { move: 'chooseAction', args: [{ type: 'standPat' }] };
    case 'review':
      return { move: 'acknowledge', args: [] };
  }
};

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
