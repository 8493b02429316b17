// Match storage on PostgreSQL, for several server instances sharing matches.
//
// boardgame.io's per-match move queue lives in one process, so two instances
// taking moves for one match could each compute the next state from the same
// one and fork the match (STACK.md trap 12). This store refuses the loser:
// setState writes only if the stored `_stateID` is still the one the new state
// was computed from, checked in the same statement that writes, under the
// row's lock, and otherwise throws StaleStateError; the server then drops that
// update and resyncs its clients from here. Within one instance, writes for a
// match also pass through a per-match queue (boardgame.io #1100).
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { LogEntry, State } from 'boardgame.io';
import { StaleStateError } from './errors';
import { KeyedQueue } from './postgres-queue';
import { DEFAULT_SCHEMA, createTables, dropSchema, tablesIn } from './postgres-schema';
import type { Tables } from './postgres-schema';
import type { FetchOpts, FetchResult, ListMatchesOpts, MatchData, MatchStore } from './types';

export type PostgresStoreOptions = {
  readonly connectionString: string; // e.g. 'postgres://postgres@127.0.0.1:5432/test'
  readonly schema?: string; // e.g. 'card_on_the_table' (tests use a schema of their own)
  readonly poolSize?: number; // e.g. 10 connections per instance
  /** Errors on idle pooled connections (a database restart); the pool replaces them. */
  readonly onError?: (error: Error) => void;
};

/**
 * Store options from a DATABASE_URL. A `schema` query parameter (ours, not
 * libpq's) names the schema, so that one setting carries the whole address:
 * `postgres://user@host:5432/db?schema=card_on_the_table`.
 */
export const postgresOptionsFromUrl = (databaseUrl: string): Pick<PostgresStoreOptions, 'connectionString' | 'schema'> => {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), ...(schema ? { schema } : {}) };
};

type Row = {
  readonly state?: State;
  readonly metadata?: MatchData;
  readonly initial_state?: State;
  readonly log?: ReadonlyArray<ReadonlyArray<LogEntry>>;
};

/** Metadata's gameover, as boardgame.io's own stores read it (#1023: a present key may hold undefined). */
const isGameover = (metadata: MatchData): boolean => metadata.gameover !== undefined && metadata.gameover !== null;

/** The state as it will read back from the store (JSON drops undefined fields). */
const asStored = (state: State): unknown => JSON.parse(JSON.stringify(state));

export class PostgresStore implements MatchStore {
  private readonly pool: pg.Pool;
  private readonly tables: Tables;
  private readonly queue = new KeyedQueue();

  constructor(options: PostgresStoreOptions) {
    this.tables = tablesIn(options.schema ?? DEFAULT_SCHEMA);
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // Without a listener an idle connection's error would crash the process.
    this.pool.on('error', (error) => options.onError?.(error));
  }

  async connect(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await createTables(client, this.tables);
    } finally {
      client.release();
    }
  }

  createMatch(matchID: string, opts: { readonly initialState: State; readonly metadata: MatchData }): Promise<void> {
    const { initialState, metadata } = opts;
    return this.queue.run(matchID, async () => {
      const result = await this.pool.query(
        `INSERT INTO ${this.tables.matches}
           (match_id, game_name, state_id, state, initial_state, metadata, gameover, created_at, updated_at)
         VALUES ($1, $2, $3, $4::json, $4::json, $5::json, $6, $7, $8)
         ON CONFLICT (match_id) DO NOTHING`,
        [
          matchID,
          metadata.gameName,
          initialState._stateID,
          JSON.stringify(initialState),
          JSON.stringify(metadata),
          isGameover(metadata),
          metadata.createdAt,
          metadata.updatedAt,
        ],
      );
      // Overwriting a live match would lose it; match IDs are random, so this is a bug or an attack.
      if (result.rowCount !== 1) throw new Error(`Match ${matchID} already exists`);
    });
  }

  /**
   * Stores `state` if the stored `_stateID` is `state._stateID - 1`, appends
   * `deltalog`, and replaces the metadata if given, in one statement (so
   * under one row lock, one commit). A write of the stored version itself,
   * unchanged and with no log (what boardgame.io's master writes after a
   * rejected move), is a no-op. Anything else lost a race to another
   * instance: StaleStateError, and nothing is written.
   */
  setState(matchID: string, state: State, deltalog?: ReadonlyArray<LogEntry>, metadata?: MatchData): Promise<void> {
    const stateID = state._stateID;
    if (!Number.isSafeInteger(stateID)) return Promise.reject(new Error(`Match ${matchID}: _stateID ${String(stateID)} is not an integer`));
    const entries = deltalog && deltalog.length > 0 ? JSON.stringify(deltalog) : null;
    const meta = metadata ? [JSON.stringify(metadata), metadata.gameName, isGameover(metadata), metadata.updatedAt] : [null, null, null, null];
    return this.queue.run(matchID, async () => {
      const result = await this.pool.query<{ written: number }>(
        `WITH written AS (
           UPDATE ${this.tables.matches} SET state = $2::json, state_id = $3,
             metadata = coalesce($5::json, metadata), game_name = coalesce($6, game_name),
             gameover = coalesce($7, gameover), updated_at = coalesce($8, updated_at)
           WHERE match_id = $1 AND state_id = $3::integer - 1
           RETURNING match_id
         ), logged AS (
           INSERT INTO ${this.tables.log} (match_id, state_id, entries)
           SELECT match_id, $3, $4::json FROM written WHERE $4::json IS NOT NULL
         )
         SELECT count(*)::integer AS written FROM written`,
        [matchID, JSON.stringify(state), stateID, entries, ...meta],
      );
      if (result.rows[0]?.written === 1) return;
      if (entries === null && (await this.isStoredVersion(matchID, state))) return;
      throw new StaleStateError(matchID, `Match ${matchID}: refused a write of _stateID ${stateID}, the stored match moved on`);
    });
  }

  private async isStoredVersion(matchID: string, state: State): Promise<boolean> {
    const { rows } = await this.pool.query<{ state_id: number; state: unknown }>(
      `SELECT state_id, state FROM ${this.tables.matches} WHERE match_id = $1`,
      [matchID],
    );
    const row = rows[0];
    return row !== undefined && row.state_id === state._stateID && isDeepStrictEqual(row.state, asStored(state));
  }

  /** Replaces the metadata; a wiped match stays wiped (no row is created). */
  setMetadata(matchID: string, metadata: MatchData): Promise<void> {
    return this.queue.run(matchID, async () => {
      await this.pool.query(
        `UPDATE ${this.tables.matches} SET metadata = $2::json, game_name = $3, gameover = $4, updated_at = $5
         WHERE match_id = $1`,
        [matchID, JSON.stringify(metadata), metadata.gameName, isGameover(metadata), metadata.updatedAt],
      );
    });
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const columns = [
      ...(opts.state ? ['state'] : []),
      ...(opts.metadata ? ['metadata'] : []),
      ...(opts.initialState ? ['initial_state'] : []),
      ...(opts.log
        ? [`(SELECT coalesce(json_agg(l.entries ORDER BY l.seq), '[]'::json) FROM ${this.tables.log} l WHERE l.match_id = m.match_id) AS log`]
        : []),
    ];
    const found: Record<string, unknown> = {};
    if (columns.length > 0) {
      const { rows } = await this.pool.query<Row>(`SELECT ${columns.join(', ')} FROM ${this.tables.matches} m WHERE m.match_id = $1`, [matchID]);
      const row = rows[0];
      if (row) {
        if (opts.state) found.state = row.state;
        if (opts.metadata) found.metadata = row.metadata;
        if (opts.initialState) found.initialState = row.initial_state;
        if (opts.log) found.log = (row.log ?? []).flat();
      } else if (opts.log) {
        // boardgame.io's in-memory store answers an empty log for an unknown match.
        found.log = [];
      }
    }
    return found as FetchResult<O>;
  }

  wipe(matchID: string): Promise<void> {
    return this.queue.run(matchID, async () => {
      await this.pool.query(`DELETE FROM ${this.tables.matches} WHERE match_id = $1`, [matchID]);
    });
  }

  async listMatches(opts?: ListMatchesOpts): Promise<string[]> {
    const where = opts?.where;
    const { rows } = await this.pool.query<{ match_id: string }>(
      `SELECT match_id FROM ${this.tables.matches}
       WHERE ($1::text IS NULL OR game_name = $1)
         AND ($2::boolean IS NULL OR gameover = $2)
         AND ($3::bigint IS NULL OR updated_at < $3)
         AND ($4::bigint IS NULL OR updated_at > $4)
       ORDER BY created_at, match_id`,
      [opts?.gameName ?? null, where?.isGameover ?? null, where?.updatedBefore ?? null, where?.updatedAfter ?? null],
    );
    return rows.map((r) => r.match_id);
  }

  /** Waits for queued writes, then closes the pool. */
  async close(): Promise<void> {
    while (this.queue.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.pool.end();
  }

  /** Drops this store's schema with all its matches (tests clean up with this). */
  async dropSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await dropSchema(client, this.tables);
    } finally {
      client.release();
    }
  }
}
