// The embedded store: LMDB under DATA_DIR. Chosen over node-sqlite3-wasm and a
// synchronous FlatFile because it installs from prebuilt binaries (no compile;
// its install script is denied in package.json and not needed), every write is
// one ACID transaction that is fsynced before the promise resolves (a kill -9
// loses nothing acknowledged and cannot leave a torn file: LMDB is
// copy-on-write), and commits run off the main thread, batched, so a burst of
// moves does not block the event loop: about 1,000 awaited commits/s here,
// against a few hundred for synchronous fsyncs on the main thread.
// Values are JSON, as in the PostgreSQL adapter, so both stores hold the same data.
//
// Group commit: lmdb-js puts every write queued in the same event-loop turn
// into one transaction, and a transaction that commits while the previous one
// is still being flushed shares the next flush; so concurrent matches' moves
// share fsyncs instead of queueing one fsync each. Each write's promise still
// resolves only after its own transaction is flushed (we never set
// `separateFlushed` or `noSync`), so an acknowledged move is on disk.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { open } from 'lmdb';
import type { Database, RootDatabase } from 'lmdb';
import type { LogEntry, State } from 'boardgame.io';
import type { FetchOpts, FetchResult, ListMatchesOpts, MatchData, MatchStore } from './types';

type Key = string | [string, number];

const LOG_END = Number.MAX_SAFE_INTEGER;

/** Matches whose latest state is kept decoded (about 10 KB each). */
const CACHED_STATES = 2000;

/**
 * The latest stored state of recently used matches, so that a move does not
 * decode the JSON it wrote a moment ago (~0.1 ms per 10 KB state). Safe
 * because only this process writes the file (the embedded store serves one
 * instance; several instances use PostgreSQL), and entries are set only once
 * the write is durable. Callers treat fetched states as immutable, as
 * boardgame.io does (its reducer copies on write).
 */
const stateCache = (limit: number) => {
  const entries = new Map<string, State>();
  return {
    get: (matchID: string): State | undefined => {
      const state = entries.get(matchID);
      if (state === undefined) return undefined;
      entries.delete(matchID); // most recently used last
      entries.set(matchID, state);
      return state;
    },
    set: (matchID: string, state: State): void => {
      entries.delete(matchID);
      entries.set(matchID, state);
      if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    },
    delete: (matchID: string): void => void entries.delete(matchID),
    clear: (): void => entries.clear(),
  };
};

export const openLmdbStore = (path: string): MatchStore => {
  let root: RootDatabase | undefined;
  let dbs: { meta: Database<MatchData, string>; state: Database<State, string>; initial: Database<State, string>; log: Database<LogEntry, Key> } | undefined;
  const cache = stateCache(CACHED_STATES);

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
    setState: async (matchID, newState, deltalog, metadata) => {
      const { meta, state, log } = get();
      // One transaction, so one flush: the state, its log entries and the metadata (updatedAt, gameover).
      await state.transaction(() => {
        state.put(matchID, newState);
        if (metadata) meta.put(matchID, metadata);
        let index = logLength(matchID);
        for (const entry of deltalog ?? []) log.put([matchID, index++], entry);
      });
      cache.set(matchID, newState);
    },
    setMetadata: async (matchID, metadata) => {
      await get().meta.put(matchID, metadata);
    },
    fetch: async <O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> => {
      const { meta, state, initial, log } = get();
      const result: Partial<Record<keyof FetchOpts, unknown>> = {};
      if (opts.metadata) result.metadata = meta.get(matchID);
      if (opts.state) {
        let found = cache.get(matchID);
        if (found === undefined) {
          found = state.get(matchID);
          if (found !== undefined) cache.set(matchID, found);
        }
        result.state = found;
      }
      if (opts.initialState) result.initialState = initial.get(matchID);
      if (opts.log) result.log = [...log.getRange({ start: [matchID, 0], end: [matchID, LOG_END] }).map((e) => e.value)];
      return result as FetchResult<O>;
    },
    wipe: async (matchID) => {
      const { meta, state, initial, log } = get();
      cache.delete(matchID);
      await meta.transaction(() => {
        meta.remove(matchID);
        state.remove(matchID);
        initial.remove(matchID);
        for (const key of log.getKeys({ start: [matchID, 0], end: [matchID, LOG_END] })) log.remove(key);
      });
      cache.delete(matchID); // again: a read while the wipe was in flight may have cached it
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
      cache.clear();
      root = undefined;
      dbs = undefined;
    },
  };
};
