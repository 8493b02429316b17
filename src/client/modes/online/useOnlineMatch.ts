// An online match over boardgame.io's SocketIO transport, with what the
// vanilla transport lacks: the server's `rejected` event (a refused move or
// sync, src/server/sockets.ts), a clear failure instead of a hang when the
// seat's credentials are wrong or the match is gone (STACK.md trap 8), the
// connection's state, and a resync when a move is never acknowledged.
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { useCallback, useEffect, useState } from 'react';
import { CardOnTheTable } from '../../../../game/index';
import type { GameState } from '../../../../game/state';
import type { Connection, Rejection } from '../../board/types';
import { lobby, LobbyError } from '../../net/lobby';
import type { Seat } from '../../net/lobby';
import { rejectionCode, rejectionText } from '../../net/rejections';
import type { ServerRejection } from '../../net/rejections';
import { useClientState, useTrackedMoves } from '../client-state';
import type { GameClient } from '../client-state';

/** Why the match cannot be shown. */
export type Failure = 'gone' | 'unauthorized' | 'unreachable';

/** The part of socket.io's client socket we use (the transport keeps it in `socket`). */
type Socket = {
  on(event: string, listener: (...args: never[]) => void): void;
  connect(): void;
  readonly connected: boolean;
};
type Transport = { readonly socket?: Socket; requestSync(): void };
/** boardgame.io keeps the transport private; the resync and the extra events need it. */
const transportOf = (client: GameClient): Transport => (client as unknown as { transport: Transport }).transport;

/** A state that has not come after this long is a failure, never an endless spinner. */
export const LOAD_TIMEOUT_MS = 8000;
/** A move with no new state after this long asks the server for the state again. */
const ACK_MS = 5000;

export const useOnlineMatch = (matchID: string, seat: Seat | undefined) => {
  const [client, setClient] = useState<GameClient>();
  const [connection, setConnection] = useState<Connection>('reconnecting');
  const [rejection, setRejection] = useState<Rejection>();
  const [failure, setFailure] = useState<Failure>();

  useEffect(() => {
    const c = Client({
      game: CardOnTheTable,
      multiplayer: SocketIO({ socketOpts: { transports: ['websocket'] } }),
      matchID,
      ...(seat ? { playerID: seat.playerID, credentials: seat.credentials } : {}),
      debug: false,
    }) as GameClient;
    c.start();
    const socket = transportOf(c).socket;
    socket?.on('rejected', (payload: ServerRejection | undefined) => {
      // Before the first state, a refused sync means the match cannot be shown at all.
      const code = rejectionCode(payload);
      if (c.getState() === null && code === 'noMatch') setFailure('gone');
      else if (c.getState() === null && code === 'unauthorized') setFailure('unauthorized');
      else setRejection({ move: typeof payload?.move === 'string' ? payload.move : '', reason: rejectionText(payload), at: Date.now() });
    });
    socket?.on('connect', () => setConnection('connected'));
    socket?.on('disconnect', (reason: string) => {
      setConnection(globalThis.navigator?.onLine === false ? 'offline' : 'reconnecting');
      // socket.io retries by itself except when the server closed the socket.
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
    });
    const offline = () => setConnection('offline');
    const online = () => setConnection(socket?.connected ? 'connected' : 'reconnecting');
    globalThis.addEventListener('offline', offline);
    globalThis.addEventListener('online', online);
    setClient(c);
    return () => {
      globalThis.removeEventListener('offline', offline);
      globalThis.removeEventListener('online', online);
      c.stop();
    };
  }, [matchID, seat]);

  const state = useClientState(client);

  // No state after LOAD_TIMEOUT_MS: ask the lobby whether the match exists at all.
  useEffect(() => {
    if (state !== null || failure) return undefined;
    const timer = setTimeout(() => {
      lobby.get(matchID).then(
        () => setFailure(seat ? 'unauthorized' : 'unreachable'),
        (error: unknown) => setFailure(error instanceof LobbyError && error.status === 404 ? 'gone' : 'unreachable'),
      );
    }, LOAD_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [state, failure, matchID, seat]);

  const resync = useCallback(() => {
    if (client) transportOf(client).requestSync();
  }, [client]);
  const moves = useTrackedMoves(client, ACK_MS, resync);

  return { client, state: state as (typeof state & { G: GameState }) | null, moves, connection, rejection, failure };
};
