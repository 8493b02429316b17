// playerView: what each client may see. The opponent's pending choice and
// agendas, the order of the news deck and the no-war results (which reflect
// both) never leave the server; spectators (playerID null) see neither side's
// secrets. After the game, all is revealed.
import { isPlayerID, sideOf } from './state';
import type { GameState } from './state';

export const playerView = ({ G, playerID }: { G: GameState; playerID?: string | null }): GameState => {
  if (G.outcome) return G;
  const viewer = isPlayerID(playerID) ? sideOf(playerID) : undefined;
  return {
    ...G,
    deck: [],
    noWar: undefined,
    pending: {
      us: viewer === 'us' ? G.pending.us : undefined,
      jp: viewer === 'jp' ? G.pending.jp : undefined,
    },
    agendas: {
      us: viewer === 'us' ? G.agendas.us : [],
      jp: viewer === 'jp' ? G.agendas.jp : [],
    },
  };
};
