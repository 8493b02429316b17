// The bench's baseline game: one move that counts, both seats always free to
// play it. The server runs it in place of the real rules
// (server-load-trivial-main.ts: createGameServer's `game` option), so the two
// runs differ only in the game: the rest of the server, its storage and
// sockets are the same code.
import type { Game } from 'boardgame.io';
import { ActivePlayers } from 'boardgame.io/core';
import { GAME_NAME } from '../../../game/index';

/** As many moves as the bench's real matches make on average (3 to 20), so both runs open new matches as often. */
export const TRIVIAL_GAME_MOVES = 10;

type Counter = { readonly moves: number }; // { moves: 12 }

export const TRIVIAL_GAME: Game<Counter> = {
  name: GAME_NAME, // the same socket namespace and Lobby path as the real game
  minPlayers: 2,
  maxPlayers: 2,
  disableUndo: true,
  validateSetupData: () => undefined,
  setup: () => ({ moves: 0 }),
  turn: { activePlayers: ActivePlayers.ALL },
  moves: { tick: { move: ({ G }) => ({ moves: G.moves + 1 }), ignoreStaleStateID: true } },
  endIf: ({ G }) => (G.moves >= TRIVIAL_GAME_MOVES ? { draw: true } : undefined),
};
