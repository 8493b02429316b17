// Test helpers for the server: a real server on a free port over a temp
// DATA_DIR, Lobby API calls, and socket.io clients that record every raw
// payload they receive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State } from 'boardgame.io';
import { pino } from 'pino';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { GAME_NAME } from '../../game/index';
import { PHASES } from '../../game/flow';
import { sideOf } from '../../game/state';
import type { PlayerID } from '../../game/state';
import { makeStrategy } from '../../src/bot/strategies';
import type { GameState } from '../../game/state';
import { createGameServer } from '../../src/server/app';
import type { GameServer, GameServerOptions } from '../../src/server/app';
import { parseConfig } from '../../src/server/config';
import { openLmdbStore } from '../../src/server/storage/lmdb';
import type { MatchStore } from '../../src/server/storage/types';

export type Running = { readonly server: GameServer; readonly port: number; readonly base: string; readonly dataDir: string; readonly storage: MatchStore; stop(): Promise<void> };

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cott-server-'));

export const startServer = async (overrides: Partial<GameServerOptions> & { env?: Record<string, string> } = {}): Promise<Running> => {
  const dataDir = tempDir();
  const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SWEEP_INTERVAL_MS: '100', ...overrides.env });
  const storage = overrides.storage ?? openLmdbStore(join(dataDir, 'matches.lmdb'));
  const server = createGameServer({ storage, logger: pino({ level: 'silent' }), config, ...overrides });
  const { port } = await server.run(0);
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    dataDir,
    storage,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type Answer = { readonly status: number; readonly body: Record<string, unknown> };

export const post = async (base: string, path: string, body: unknown, raw = false): Promise<Answer> => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? (body as string) : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
};

export const get = async (base: string, path: string): Promise<Answer> => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

export const LOBBY = `/games/${GAME_NAME}`;

/** Creates a match and seats two players (or one, with a bot). */
export const newMatch = async (base: string, setupData?: unknown, seats: ReadonlyArray<'0' | '1'> = ['0', '1']) => {
  const created = await post(base, `${LOBBY}/create`, { numPlayers: 2, ...(setupData === undefined ? {} : { setupData }) });
  if (created.status !== 200) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const matchID = String(created.body.matchID);
  const credentials: Record<string, string> = {};
  for (const seat of seats) {
    const joined = await post(base, `${LOBBY}/${matchID}/join`, { playerID: seat, playerName: `Player ${seat}` });
    if (joined.status !== 200) throw new Error(`join: ${JSON.stringify(joined.body)}`);
    credentials[seat] = String(joined.body.playerCredentials);
  }
  return { matchID, credentials };
};

export type Received = { readonly event: string; readonly args: ReadonlyArray<unknown> };

/** A raw socket.io client of the game namespace, recording every event. */
export type TestClient = {
  readonly socket: Socket;
  readonly received: Received[];
  readonly playerID: string | null;
  state(): State<GameState> | undefined;
  sync(): void;
  move(type: string, args: ReadonlyArray<unknown>, stateID?: number): void;
  waitFor(predicate: () => boolean, ms?: number): Promise<void>;
  close(): void;
};

export const connect = async (base: string, matchID: string, playerID: string | null, credentials?: string): Promise<TestClient> => {
  const socket = io(`${base}/${GAME_NAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
  const received: Received[] = [];
  let state: State<GameState> | undefined;
  socket.onAny((event: string, ...args: unknown[]) => {
    received.push({ event, args });
    if (event === 'sync') state = (args[1] as { state: State<GameState> }).state;
    if (event === 'update') state = args[1] as State<GameState>;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const client: TestClient = {
    socket,
    received,
    playerID,
    state: () => state,
    sync: () => void socket.emit('sync', matchID, playerID, credentials, 2),
    move: (type, args, stateID) =>
      void socket.emit('update', { type: 'MAKE_MOVE', payload: { type, args, playerID, credentials } }, stateID ?? state?._stateID ?? 0, matchID, playerID),
    waitFor: async (predicate, ms = 5000) => {
      const until = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > until) throw new Error('timed out waiting');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () => void socket.close(),
  };
  client.sync();
  await client.waitFor(() => received.some((r) => r.event === 'sync' || r.event === 'rejected'));
  return client;
};

export const rejections = (client: TestClient): ReadonlyArray<{ code: string; reason: string }> =>
  client.received.filter((r) => r.event === 'rejected').map((r) => r.args[0] as { code: string; reason: string });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const phaseOf = (state: State<GameState>) => {
  const phase = PHASES.find((p) => p === state.ctx.phase);
  if (!phase) throw new Error(`no phase ${String(state.ctx.phase)}`);
  return phase;
};

/** Plays until `until` holds for both seats, each deciding from its own view. */
export const playOut = async (players: Record<PlayerID, TestClient>, until: (s: State<GameState>) => boolean = (s) => s.ctx.gameover !== undefined): Promise<void> => {
  // A hawk against a dove plays all nine rounds (no deal, no crisis).
  const deciders = { '0': makeStrategy('hawk', 1), '1': makeStrategy('dove', 2) };
  const sent: Record<string, number> = {};
  const deadline = Date.now() + 20_000;
  for (;;) {
    const states = (['0', '1'] as const).map((p) => players[p].state());
    if (states.every((s) => s && until(s))) return;
    if (Date.now() > deadline) throw new Error('the match did not finish');
    for (const playerID of ['0', '1'] as const) {
      const state = players[playerID].state();
      if (!state || until(state) || state.ctx.activePlayers?.[playerID] === undefined || sent[playerID] === state._stateID) continue;
      sent[playerID] = state._stateID;
      const decision = deciders[playerID](state.G, phaseOf(state), sideOf(playerID));
      players[playerID].move(decision.move, decision.args, state._stateID);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

