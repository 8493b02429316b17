// What the server needs from a store of matches: boardgame.io's asynchronous
// storage API (StorageAPI.Async), as a plain type so that an adapter can
// implement it without extending boardgame.io's class. The embedded store
// (LMDB) and the PostgreSQL adapter both implement it.
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';

export type FetchOpts = StorageAPI.FetchOpts;
export type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;
export type ListMatchesOpts = StorageAPI.ListMatchesOpts;
export type MatchData = Server.MatchData;

export type MatchStore = {
  /** Opens the store (creates files or tables); called once before use. */
  connect(): Promise<void>;
  createMatch(matchID: string, opts: { readonly initialState: State; readonly metadata: MatchData }): Promise<void>;
  /**
   * Saves a new state and appends its deltalog, and the match's metadata if
   * given, in one transaction (one durable commit per move, not two).
   * Resolves only once durable. May reject with StaleStateError
   * (storage/errors.ts) when the stored `_stateID` is not `state._stateID - 1`
   * any more (another instance won); then nothing is written.
   */
  setState(matchID: string, state: State, deltalog?: ReadonlyArray<LogEntry>, metadata?: MatchData): Promise<void>;
  setMetadata(matchID: string, metadata: MatchData): Promise<void>;
  fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>>;
  wipe(matchID: string): Promise<void>;
  listMatches(opts?: ListMatchesOpts): Promise<string[]>;
  /** Releases files or connections; the store is not used afterwards. */
  close(): Promise<void>;
};
