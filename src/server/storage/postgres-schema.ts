// The PostgreSQL tables of the match store, created by the adapter itself.
//
// One row per match holds the current state, its `_stateID` (the column a
// stale write is checked against), the initial state and the metadata, with
// the metadata fields that listMatches filters on copied into columns. The
// log is a second table, one row per stored move, so a move appends a row
// instead of rewriting the whole log. State is stored as `json`, not `jsonb`:
// `json` keeps boardgame.io's text exactly (key order included), as the
// in-memory and file stores do, and the store never queries inside it.
import type { PoolClient } from 'pg';

/** A PostgreSQL identifier we can splice into SQL: lower case, no quoting games. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export const DEFAULT_SCHEMA = 'card_on_the_table';

export type Tables = {
  readonly schema: string; // e.g. 'card_on_the_table'
  readonly matches: string; // e.g. '"card_on_the_table"."matches"'
  readonly log: string; // e.g. '"card_on_the_table"."match_log"'
};

export const tablesIn = (schema: string): Tables => {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`PostgreSQL schema name must match ${String(IDENTIFIER)}, got "${schema}"`);
  }
  return { schema, matches: `"${schema}"."matches"`, log: `"${schema}"."match_log"` };
};

const ddl = (t: Tables): ReadonlyArray<string> => [
  `CREATE SCHEMA IF NOT EXISTS "${t.schema}"`,
  `CREATE TABLE IF NOT EXISTS ${t.matches} (
     match_id      text    PRIMARY KEY,
     game_name     text    NOT NULL,
     state_id      integer NOT NULL,
     state         json    NOT NULL,
     initial_state json    NOT NULL,
     metadata      json    NOT NULL,
     gameover      boolean NOT NULL,
     created_at    bigint  NOT NULL,
     updated_at    bigint  NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS matches_by_game ON ${t.matches} (game_name, updated_at)`,
  `CREATE TABLE IF NOT EXISTS ${t.log} (
     seq      bigserial PRIMARY KEY,
     match_id text      NOT NULL REFERENCES ${t.matches} (match_id) ON DELETE CASCADE,
     state_id integer   NOT NULL,
     entries  json      NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS match_log_by_match ON ${t.log} (match_id, seq)`,
];

/**
 * Creates the schema and tables if missing. Several instances may start at
 * once: a transaction-scoped advisory lock makes them take turns, since
 * concurrent CREATE ... IF NOT EXISTS can still collide in PostgreSQL's catalog.
 */
export const createTables = async (client: PoolClient, t: Tables): Promise<void> => {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`card-on-the-table:${t.schema}`]);
    for (const statement of ddl(t)) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
};

/** Drops the schema and everything in it (tests clean up with this). */
export const dropSchema = async (client: PoolClient, t: Tables): Promise<void> => {
  await client.query(`DROP SCHEMA IF EXISTS "${t.schema}" CASCADE`);
};
