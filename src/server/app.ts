// The game server: one HTTP server carrying the static page, the Lobby REST
// API, /healthz and the game socket (socket.io), over a MatchStore. Built by
// createGameServer from its parts so tests and the scale-out run the same code.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Game } from 'boardgame.io';
import type { GenericPubSub } from 'boardgame.io/server';
import type { Logger } from 'pino';
import { createBotRunner } from './bots';
import type { BotRunner } from './bots';
import type { ServerConfig } from './config';
import { serverOptions } from './game';
import { HttpError, clientAddress, createRateLimit, handleCors, originAllowed, sendJson } from './http';
import { createLobby } from './lobby';
import type { LobbyAnswer } from './lobby';
import { createPlay } from './play';
import { createLocalPubSub } from './pubsub';
import type { PubSubPayload } from './pubsub';
import { createMatchQueues } from './queue';
import { CARD_RULES, serveRules } from './rules';
import { attachSockets } from './sockets';
import type { Sockets } from './sockets';
import { createStatic } from './static';
import { createSweeper } from './timers';
import type { MatchStore } from './storage/types';

export type { PubSubPayload } from './pubsub';

export type GameServerOptions = {
  readonly storage: MatchStore;
  /** Between instances (Redis); one process needs none. */
  readonly pubSub?: GenericPubSub<PubSubPayload>;
  readonly logger: Logger;
  readonly config: ServerConfig;
  /** Plays bot seats; the scripted strategies unless given. */
  readonly bots?: BotRunner;
  /** The rules to serve; Card on the Table unless given (the bench serves a trivial game as its baseline). */
  readonly game?: Game;
  /** The step timers' clock, ms since the epoch (tests move it forward); Date.now unless given. */
  readonly now?: () => number;
};

export type GameServer = {
  /** Connects storage and listens; port 0 picks a free port. Resolves with the port. */
  run(port?: number): Promise<{ readonly port: number }>;
  /** Closes sockets, timers and the listener, then storage. */
  stop(): Promise<void>;
};

export const createGameServer = (options: GameServerOptions): GameServer => {
  const { storage, logger, config } = options;
  const rules = options.game ? serveRules(options.game) : CARD_RULES;
  const pubSub = options.pubSub ?? createLocalPubSub();
  const queues = createMatchQueues();
  const httpServer = createServer();
  let sockets: Sockets | undefined;
  const bots = options.bots ?? createBotRunner();
  const play = createPlay({
    rules,
    storage,
    queues,
    pubSub,
    logger,
    bots,
    resync: (matchID) => sockets?.resync(matchID) ?? Promise.resolve(),
  });
  const sweeper = createSweeper({
    storage,
    queues,
    logger,
    intervalMs: config.sweepIntervalMs,
    applyInQueue: play.applyInQueue,
    pokeBots: play.pokeBots,
    ...(options.now ? { now: options.now } : {}),
  });
  const rateLimit = createRateLimit(config.lobbyRatePerMinute);
  const lobby = createLobby({
    rules,
    storage,
    queues,
    rateLimited: (req) => rateLimit.hit(clientAddress(req, config.trustProxy)),
    dropSeat: (matchID, playerID) => sockets?.dropSeat(matchID, playerID),
    onCreated: (matchID) => {
      void storage.fetch(matchID, { metadata: true }).then(({ metadata }) => {
        if (serverOptions(metadata).timers) sweeper.watch(matchID);
        if (serverOptions(metadata).bot) play.pokeBots(matchID);
      });
    },
    log: (fields, message) => logger.info(fields, message),
  });
  const serveStatic = createStatic(config.staticDir);

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<LobbyAnswer | undefined> => {
    const parts = url.pathname.split('/').filter((p) => p.length > 0);
    if (url.pathname === '/healthz') return { status: 200, body: { ok: true } };
    if (parts[0] === 'games') return lobby.routes(req, parts, url.searchParams);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    serveStatic(url.pathname, res);
    return undefined;
  };

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // socket.io answers its own path on this server.
    if (req.url?.startsWith('/socket.io/')) return;
    const started = process.hrtime.bigint();
    let matchID: string | undefined;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ method: req.method, path: req.url?.split('?')[0]?.slice(0, 200), status: res.statusCode, ms: Math.round(ms * 10) / 10, matchID }, 'request');
    });
    if (handleCors(config.corsOrigins, req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    route(req, res, url)
      .then((answer) => {
        if (!answer) return;
        matchID = answer.matchID;
        sendJson(res, answer.status, answer.body);
      })
      .catch((error: unknown) => {
        if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
        logger.error({ err: error, path: url.pathname }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
        else res.destroy();
      });
  });
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 15_000;

  return {
    run: async (port = config.port) => {
      await storage.connect();
      sockets = attachSockets({ rules, httpServer, storage, queues, pubSub, logger, originAllowed: originAllowed(config.corsOrigins), playMove: play.playMove });
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve());
      });
      await sweeper.start();
      const actual = (httpServer.address() as AddressInfo).port;
      logger.info({ port: actual }, 'listening');
      return { port: actual };
    },
    stop: async () => {
      await sweeper.stop();
      httpServer.closeAllConnections();
      await sockets?.close();
      await queues.idle();
      await bots.stop?.();
      await storage.close();
    },
  };
};
