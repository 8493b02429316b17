// The embedded store: LMDB under DATA_DIR. Chosen over node-sqlite3-wasm and a
// synchronous FlatFile because it installs from prebuilt binaries (no compile;
// its install script is denied in package.json and not needed), every write is
// one ACID transaction that is fsynced before the promise resolves (a kill -9
// loses nothing acknowledged and cannot leave a torn file: LMDB is
// copy-on-write), and commits run off the main thread, batched, so a burst of
// moves does not block the event loop: about 1,000 awaited commits/s here,
// against a few hundred for synchronous fsyncs on the main thread.
// Values are JSON, as in the PostgreSQL adapter, so both stores hold the same data.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { open } from 'lmdb';
import type { Database, RootDatabase } from 'lmdb';
import type { LogEntry, State } from 'boardgame.io';
import type { FetchOpts, FetchResult, ListMatchesOpts, MatchData, MatchStore } from './types';

type Key = string | [string, number];

const LOG_END = Number.MAX_SAFE_INTEGER;

export const openLmdbStore = (path: string): MatchStore => {
  let root: RootDatabase | undefined;
  let dbs: { meta: Database<MatchData, string>; state: Database<State, string>; initial: Database<State, string>; log: Database<LogEntry, Key> } | undefined;

  const get = () => {
    if (!dbs) throw new Error('LMDB store used before connect()');
    return dbs;
  };

  /** The next free index in a match's log (entries are keyed [matchID, index]). */
  const logLength = (matchID: string): number => {
    let last = -1;
    for (const key of get().log.getKeys({ start: [matchID, LOG_END], end: [matchID, -1], reverse: true, limit: 1 })) {
      if (Array.isArray(key)) last = key[1];
    }
    return last + 1;
  };

  return {
    connect: async () => {
      mkdirSync(dirname(path), { recursive: true });
      root = open({ path, encoding: 'json', compression: false });
      dbs = {
        meta: root.openDB<MatchData, string>({ name: 'meta', encoding: 'json' }),
        state: root.openDB<State, string>({ name: 'state', encoding: 'json' }),
        initial: root.openDB<State, string>({ name: 'initial', encoding: 'json' }),
        log: root.openDB<LogEntry, Key>({ name: 'log', encoding: 'json' }),
      };
    },
    createMatch: async (matchID, { initialState, metadata }) => {
      const { meta, state, initial } = get();
      await meta.transaction(() => {
        meta.put(matchID, metadata);
        state.put(matchID, initialState);
        initial.put(matchID, initialState);
      });
    },
    setState: async (matchID, newState, deltalog) => {
      const { state, log } = get();
      await state.transaction(() => {
        state.put(matchID, newState);
        let index = logLength(matchID);
        for (const entry of deltalog ?? []) log.put([matchID, index++], entry);
      });
    },
    setMetadata: async (matchID, metadata) => {
      await get().meta.put(matchID, metadata);
    },
    fetch: async <O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> => {
      const { meta, state, initial, log } = get();
      const result: Partial<Record<keyof FetchOpts, unknown>> = {};
      if (opts.metadata) result.metadata = meta.get(matchID);
      if (opts.state) result.state = state.get(matchID);
      if (opts.initialState) result.initialState = initial.get(matchID);
      if (opts.log) result.log = [...log.getRange({ start: [matchID, 0], end: [matchID, LOG_END] }).map((e) => e.value)];
      return result as FetchResult<O>;
    },
    wipe: async (matchID) => {
      const { meta, state, initial, log } = get();
      await meta.transaction(() => {
        meta.remove(matchID);
        state.remove(matchID);
        initial.remove(matchID);
        for (const key of log.getKeys({ start: [matchID, 0], end: [matchID, LOG_END] })) log.remove(key);
      });
    },
    listMatches: async (opts?: ListMatchesOpts) => {
      const ids: string[] = [];
      for (const { key, value } of get().meta.getRange()) {
        if (opts?.gameName !== undefined && value.gameName !== opts.gameName) continue;
        const where = opts?.where;
        if (where?.isGameover !== undefined && (value.gameover !== undefined) !== where.isGameover) continue;
        if (where?.updatedBefore !== undefined && value.updatedAt >= where.updatedBefore) continue;
        if (where?.updatedAfter !== undefined && value.updatedAt <= where.updatedAfter) continue;
        ids.push(key);
      }
      return ids;
    },
    close: async () => {
      await root?.close();
      root = undefined;
      dbs = undefined;
    },
  };
};
