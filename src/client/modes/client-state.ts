// A vanilla boardgame.io Client seen from React: its latest state, and the
// BoardProps that boardgame.io's own React wrapper would pass the board. Every
// mode runs a vanilla Client, so one mode can hold two of them (solo: the
// player and the bot; hot-seat: both seats) and reach the transport.
import { useEffect, useMemo, useState } from 'react';
import type { _ClientImpl, ClientState } from 'boardgame.io/dist/types/src/client/client';
import type { BoardProps } from 'boardgame.io/react';
import type { GameState } from '../../../game/state';

export type GameClient = _ClientImpl<GameState>;
export type LiveState = NonNullable<ClientState<GameState>>;

/** The client's state, re-rendered on every change; null until the first sync. */
export const useClientState = (client: GameClient | undefined): ClientState<GameState> => {
  const [state, setState] = useState<ClientState<GameState>>(() => client?.getState() ?? null);
  useEffect(() => {
    if (!client) return undefined;
    setState(client.getState());
    return client.subscribe(setState);
  }, [client]);
  return state;
};

/** What boardgame.io's React Client gives a board (client/react.tsx), built from a vanilla client. */
export const boardPropsOf = (
  client: GameClient,
  state: LiveState,
  moves: BoardProps<GameState>['moves'] = client.moves,
): BoardProps<GameState> => ({
  ...state,
  isMultiplayer: true,
  moves,
  events: client.events,
  matchID: client.matchID,
  playerID: client.playerID,
  credentials: client.credentials,
  reset: client.reset,
  undo: client.undo,
  redo: client.redo,
  log: client.log ?? [],
  matchData: client.matchData,
  sendChatMessage: client.sendChatMessage,
  chatMessages: client.chatMessages,
});

/**
 * The client's moves, each timed: a move whose state is not acknowledged (a
 * new _stateID from the master) within `ackMs` is reported, so a refused
 * move is never a silent no-op (Local answers nothing; STACK.md trap 18).
 */
export const useTrackedMoves = (
  client: GameClient | undefined,
  ackMs: number,
  onMissing: (move: string) => void,
): BoardProps<GameState>['moves'] =>
  useMemo(() => {
    if (!client) return {};
    const tracked: BoardProps<GameState>['moves'] = {};
    for (const [name, move] of Object.entries(client.moves)) {
      tracked[name] = (...args: unknown[]) => {
        const before = client.getState()?._stateID;
        move(...args);
        setTimeout(() => {
          const now = client.getState();
          if (now && now._stateID === before && !now.ctx.gameover) onMissing(name);
        }, ackMs);
      };
    }
    return tracked;
  }, [client, ackMs, onMissing]);
