// Shared by the PostgreSQL, Redis and scale-out tests: where the test database is, a
// schema name of a test's own, and minimal states and metadata to store.
// These tests are part of the suite: if PostgreSQL is unreachable they fail.
import { randomBytes } from 'node:crypto';
import type { Ctx, LogEntry, Server, State } from 'boardgame.io';

/** The machine's PostgreSQL (trust auth, database `test`); DATABASE_URL overrides it. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The machine's Redis; REDIS_URL overrides it. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A schema (or key prefix) no other test run uses: dropped at the end of the test. */
export const uniqueName = (what: string): string => `test_${what}_${process.pid}_${randomBytes(4).toString('hex')}`;

export const fakeState = (stateID: number, G: Record<string, unknown> = { n: stateID }): State =>
  ({
    G,
    ctx: { numPlayers: 2, turn: 1, currentPlayer: '0', playOrder: ['0', '1'], playOrderPos: 0, phase: 'play', activePlayers: null } as unknown as Ctx,
    plugins: {},
    _undo: [],
    _redo: [],
    _stateID: stateID,
  }) as State;

export const fakeLog = (stateID: number, move = 'tick'): LogEntry[] => [
  { action: { type: 'MAKE_MOVE', payload: { type: move, args: [stateID], playerID: '0' } }, _stateID: stateID, turn: 1, phase: 'play' } as LogEntry,
];

export const fakeMetadata = (gameName = 'card-on-the-table', at = 1_000): Server.MatchData => ({
  gameName,
  players: { 0: { id: 0 }, 1: { id: 1 } },
  createdAt: at,
  updatedAt: at,
});
