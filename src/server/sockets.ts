// The game socket: socket.io speaking boardgame.io's client protocol (events
// sync, update, chat; answers sync, update, matchData, chat), with our guards
// in front (guards.ts), every handler in the match's queue, and one extra
// event, `rejected`, that tells a client why its move or sync was refused
// (boardgame.io answers nothing, STACK.md trap 18). After a rejection the
// client also gets the stored state again, so it is never left out of step.
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { GenericPubSub } from 'boardgame.io/server';
import type { Logger } from 'pino';
import { Server as IOServer } from 'socket.io';
import type { Socket } from 'socket.io';
import type { PubSubPayload } from './pubsub';
import { isSeatHolder } from './credentials';
import type { MoveAction } from './engine';
import { checkChat, checkSync, checkUpdate } from './guards';
import { LIMITS } from './limits';
import { channelOf } from './pubsub';
import { jsonParser } from './socket-parser';
import type { MatchQueues } from './queue';
import type { ServedRules } from './rules';
import { tableOf, withTable } from './table';
import type { TextChat } from './table';
import type { MatchData, MatchStore } from './storage/types';
import type { Refusal, RejectionCode } from '../protocol/rejections';

/**
 * The client contract for refusals (README "The game socket"): a refused
 * `update` (move) is answered with `rejected` ({ matchID, move, code, reason }),
 * then a `sync` carrying the stored state, so the client is back in step; a
 * refused `sync` or `chat` gets `rejected` ({ matchID?, code, reason }) alone.
 * The codes are listed in rejections.ts. A
 * move is acknowledged by the `update` whose log carries it. A client that
 * sees neither within a few seconds re-sends `sync` (matchID, playerID,
 * credentials) and gets the stored state.
 */
export const REJECTED_EVENT = 'rejected';
export type Rejection = {
  readonly matchID?: string; // 'Xw3k9aQ2mP1'
  readonly move?: string; // 'endTalks'
  readonly code: RejectionCode; // 'notYourTurn': the client shows its own text for it, in the player's language
  readonly reason: string; // 'It is not your turn to move', in English, for logs and clients that do not know the code
};

type Client = { readonly socket: Socket; readonly matchID: string; readonly playerID: string | null };

export type Sockets = {
  /** Sends every local client of the match the stored state (after a lost race). */
  resync(matchID: string): Promise<void>;
  /** Disconnects the local sockets seated at a seat (it was left in the lobby). */
  dropSeat(matchID: string, playerID: string): void;
  close(): Promise<void>;
};

export type SocketDeps = {
  readonly rules: ServedRules;
  readonly httpServer: HttpServer;
  readonly storage: MatchStore;
  readonly queues: MatchQueues;
  readonly pubSub: GenericPubSub<PubSubPayload>;
  readonly logger: Logger;
  readonly originAllowed: (req: IncomingMessage) => boolean;
  /** Plays a move in the match's queue; resolves with a rejection reason or undefined. */
  readonly playMove: (matchID: string, action: MoveAction, stateID: number) => Promise<Refusal | undefined>;
};

const publicPlayers = (metadata: MatchData) =>
  Object.values(metadata.players).map(({ id, name, isConnected }) => ({ id, ...(name !== undefined ? { name } : {}), ...(isConnected !== undefined ? { isConnected } : {}) }));

export const attachSockets = (deps: SocketDeps): Sockets => {
  const { storage, queues, pubSub, logger } = deps;
  const filter = deps.rules.filter;
  const io = new IOServer(deps.httpServer, {
    maxHttpBufferSize: LIMITS.maxPacketBytes, // trap 17: bigger packets close the connection
    allowRequest: (req, callback) => callback(null, deps.originAllowed(req)),
    serveClient: false,
    parser: jsonParser,
    // perMessageDeflate stays off (socket.io's default): compressing a 5-10 KB
    // state costs more CPU than it saves on the loopback or a LAN, and the
    // server's CPU is what limits it under load.
  });
  const clients = new Map<string, Client>(); // by socket id
  const rooms = new Map<string, Set<string>>(); // matchID -> socket ids

  const emit = (client: Client, payload: PubSubPayload): void => {
    const data = filter(client.playerID as string, payload as never) as PubSubPayload;
    client.socket.emit(data.type, ...data.args);
  };

  const deliver = (matchID: string) => (payload: PubSubPayload) => {
    for (const id of rooms.get(matchID) ?? []) {
      const client = clients.get(id);
      if (client) emit(client, payload);
    }
  };

  const register = (client: Client): void => {
    unregister(client.socket.id);
    clients.set(client.socket.id, client);
    let room = rooms.get(client.matchID);
    if (!room) {
      room = new Set();
      rooms.set(client.matchID, room);
      pubSub.subscribe(channelOf(client.matchID), deliver(client.matchID));
    }
    room.add(client.socket.id);
  };

  const unregister = (socketID: string): Client | undefined => {
    const client = clients.get(socketID);
    if (!client) return undefined;
    clients.delete(socketID);
    const room = rooms.get(client.matchID);
    room?.delete(socketID);
    if (room && room.size === 0) {
      rooms.delete(client.matchID);
      pubSub.unsubscribeAll(channelOf(client.matchID));
    }
    return client;
  };

  const rejectTo = (socket: Socket, rejection: Rejection): void => {
    logger.info({ matchID: rejection.matchID, move: rejection.move, code: rejection.code, reason: rejection.reason, socket: socket.id }, 'rejected');
    socket.emit(REJECTED_EVENT, rejection);
  };

  /**
   * Sends one client the stored match: state, log, players, then the chat
   * history. Bot notes held back (table.held: a secret choice's reason) are
   * not chat yet, and are never sent.
   */
  const sendSync = async (client: Client): Promise<void> => {
    const { state, log, metadata, initialState } = await storage.fetch(client.matchID, { state: true, log: true, metadata: true, initialState: true });
    if (!state || !metadata) return;
    // boardgame.io sends initialState unfiltered: the deck order, both sides'
    // agendas and the random seed. Filter it like any state.
    const initialView = (filter(client.playerID as string, { type: 'update', args: [client.matchID, initialState] } as never) as PubSubPayload).args[1];
    const syncInfo = { state, log, initialState: initialView, filteredMetadata: publicPlayers(metadata) };
    emit(client, { type: 'sync', args: [client.matchID, syncInfo] });
    for (const message of tableOf(metadata).chat) client.socket.emit('chat', client.matchID, message);
  };

  /** Records a seat's connection and tells the match (inside the match's queue). */
  const setConnected = async (matchID: string, playerID: string, connected: boolean): Promise<void> => {
    const { metadata } = await storage.fetch(matchID, { metadata: true });
    const seat = metadata?.players[Number(playerID)];
    if (!metadata || !seat || seat.isConnected === connected) return;
    const next: MatchData = { ...metadata, players: { ...metadata.players, [playerID]: { ...seat, isConnected: connected } } };
    await storage.setMetadata(matchID, next);
    pubSub.publish(channelOf(matchID), { type: 'matchData', args: [matchID, publicPlayers(next)] });
    logger.info({ matchID, playerID, connected }, 'connection');
  };

  const onSync = (socket: Socket, args: unknown[]) => {
    const checked = checkSync(args);
    if (!checked.ok) return rejectTo(socket, { code: checked.code, reason: checked.reason });
    const { matchID, playerID, credentials } = checked.value;
    return queues.run(matchID, async () => {
      const { metadata } = await storage.fetch(matchID, { metadata: true });
      // trap 8: boardgame.io creates and stores a match for any unknown matchID.
      if (!metadata) return rejectTo(socket, { matchID, code: 'noMatch', reason: 'No such match' });
      if (playerID !== null && !isSeatHolder(metadata, playerID, credentials)) {
        return rejectTo(socket, { matchID, code: 'unauthorized', reason: 'Unauthorized: wrong credentials for this seat' });
      }
      const client: Client = { socket, matchID, playerID };
      register(client);
      await sendSync(client);
      logger.info({ matchID, playerID }, 'sync');
      if (playerID !== null) await setConnected(matchID, playerID, true);
    });
  };

  const onUpdate = async (socket: Socket, args: unknown[]) => {
    const client = clients.get(socket.id);
    const checked = checkUpdate(args, client);
    const move = typeof (args[0] as { payload?: { type?: unknown } } | undefined)?.payload?.type === 'string' ? String((args[0] as { payload: { type: string } }).payload.type).slice(0, 40) : undefined;
    if (!checked.ok || !client) {
      const refusal: Refusal = checked.ok ? { code: 'syncFirst', reason: 'Sync first' } : checked;
      return rejectTo(socket, { ...(client ? { matchID: client.matchID } : {}), ...(move ? { move } : {}), code: refusal.code, reason: refusal.reason });
    }
    const { matchID, action, stateID } = checked.value;
    const refusal = await deps.playMove(matchID, action, stateID);
    if (refusal !== undefined) {
      rejectTo(socket, { matchID, move: action.payload.type, code: refusal.code, reason: refusal.reason });
      if (clients.get(socket.id) === client) await sendSync(client);
    }
  };

  const onChat = (socket: Socket, args: unknown[]) => {
    const client = clients.get(socket.id);
    const checked = checkChat(args, client);
    if (!checked.ok || !client) {
      return rejectTo(socket, checked.ok ? { code: 'syncFirst', reason: 'Sync first' } : { code: checked.code, reason: checked.reason });
    }
    const { matchID, id, payload, credentials } = checked.value;
    return queues.run(matchID, async () => {
      const { metadata } = await storage.fetch(matchID, { metadata: true });
      if (!metadata || !isSeatHolder(metadata, client.playerID, credentials)) return rejectTo(socket, { matchID, code: 'unauthorized', reason: 'Unauthorized' });
      const table = tableOf(metadata);
      const entry: TextChat = { id, sender: client.playerID as string, payload, at: Date.now() };
      await storage.setMetadata(matchID, withTable(metadata, { ...table, chat: [...table.chat, entry].slice(-LIMITS.maxChatHistory) }));
      pubSub.publish(channelOf(matchID), { type: 'chat', args: [matchID, entry] });
      logger.info({ matchID, playerID: client.playerID }, 'chat');
    });
  };

  const onDisconnect = (socket: Socket) => {
    const client = unregister(socket.id);
    if (!client || client.playerID === null) return undefined;
    const seat = client.playerID;
    const stillHere = [...(rooms.get(client.matchID) ?? [])].some((id) => clients.get(id)?.playerID === seat);
    return stillHere ? undefined : queues.run(client.matchID, () => setConnected(client.matchID, seat, false));
  };

  /** A handler's failure is logged and never takes the process down. */
  const safely = (socket: Socket, name: string, handler: (socket: Socket, args: unknown[]) => unknown) => (...args: unknown[]) => {
    Promise.resolve()
      .then(() => handler(socket, args))
      .catch((error: unknown) => logger.error({ err: error, event: name, socket: socket.id }, 'socket handler failed'));
  };

  io.of(`/${deps.rules.name}`).on('connection', (socket) => {
    socket.on('sync', safely(socket, 'sync', onSync));
    socket.on('update', safely(socket, 'update', onUpdate));
    socket.on('chat', safely(socket, 'chat', onChat));
    socket.on('disconnect', safely(socket, 'disconnect', (s) => onDisconnect(s)));
  });

  return {
    resync: async (matchID) => {
      for (const id of rooms.get(matchID) ?? []) {
        const client = clients.get(id);
        if (client) await sendSync(client);
      }
    },
    dropSeat: (matchID, playerID) => {
      for (const id of rooms.get(matchID) ?? []) {
        const client = clients.get(id);
        if (client?.playerID === playerID) client.socket.disconnect(true);
      }
    },
    close: async () => {
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
};
