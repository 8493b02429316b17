// The game a server runs, prepared once: boardgame.io's processed game (the
// Master and the guards read its flow), its player-view filter, its name (the
// socket namespace and the Lobby's game name) and match creation. The real
// game by default; createGameServer takes another (the bench's trivial
// baseline), so that a run differs from the real one only in the rules.
import type { Game, State } from 'boardgame.io';
import { ProcessGameConfig, getFilterPlayerView } from 'boardgame.io/internal';
import { CardOnTheTable } from '../../game/index';
import { newMatch, serverGame } from './game';
import type { MatchData } from './storage/types';

export type ProcessedGame = ReturnType<typeof ProcessGameConfig>;

export type ServedRules = {
  readonly name: string; // 'card-on-the-table'
  readonly processed: ProcessedGame;
  readonly filter: ReturnType<typeof getFilterPlayerView>;
  newMatch(setupData: unknown, unlisted: boolean): { metadata: MatchData; initialState: State } | { error: string };
};

export const serveRules = (rules: Game): ServedRules => {
  const game = serverGame(rules);
  const processed = ProcessGameConfig(game);
  return {
    name: processed.name ?? 'default',
    processed,
    filter: getFilterPlayerView(processed),
    newMatch: (setupData, unlisted) => newMatch(setupData, unlisted, game),
  };
};

/** Card on the Table. */
export const CARD_RULES: ServedRules = serveRules(CardOnTheTable as Game);
