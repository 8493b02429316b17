// The game server: one HTTP server carrying the static page, the Lobby REST
// API, /healthz and the game socket (socket.io), over a MatchStore.
import type { GenericPubSub } from 'boardgame.io/server';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import type { MatchStore } from './storage/types';

/** A message between instances: boardgame.io's transport payload for one match. */
export type PubSubPayload = { readonly type: string; readonly args: ReadonlyArray<unknown> };

export type GameServerOptions = {
  readonly storage: MatchStore;
  /** Between instances (Redis); one process needs none. */
  readonly pubSub?: GenericPubSub<PubSubPayload>;
  readonly logger: Logger;
  readonly config: ServerConfig;
};

export type GameServer = {
  /** Connects storage and listens; port 0 picks a free port. Resolves with the port. */
  run(port?: number): Promise<{ readonly port: number }>;
  /** Closes sockets, timers and the listener, then storage. */
  stop(): Promise<void>;
};

export const createGameServer = (options: GameServerOptions): GameServer => {
  void options;
  throw new Error('TODO(#6): being built');
};
