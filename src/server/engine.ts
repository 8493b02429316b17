// Applies one move to a stored match through boardgame.io's Master, with two
// changes to its order (STACK.md trap 4): the new state is stored BEFORE it is
// broadcast (Master broadcasts first), and a move the Master refuses gets a
// reason (it sends nothing back, trap 18). Callers run it in the match's queue.
import type { LogEntry, State } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import type { PubSubPayload } from './pubsub';
import { isSeatHolder } from './credentials';
import { CARD_RULES } from './rules';
import type { ProcessedGame } from './rules';
import { isStaleStateError } from './storage/errors';
import type { FetchOpts, MatchData, MatchStore } from './storage/types';
import type { Refusal, RejectionCode } from '../protocol/rejections';

/** The processed game, once: Master and the filters skip processing it again. */
export const PROCESSED_GAME = CARD_RULES.processed;

/** A move as the guards let it through: always MAKE_MOVE, playerID = the seat. */
export type MoveAction = {
  readonly type: 'MAKE_MOVE';
  readonly payload: { readonly type: string; readonly args: ReadonlyArray<unknown>; readonly playerID: string; readonly credentials: string };
};

export type MoveOutcome =
  | { readonly ok: true; readonly state: State; readonly metadata: MatchData | undefined; readonly payloads: ReadonlyArray<PubSubPayload> }
  | ({ readonly ok: false; readonly stale: boolean } & Refusal);

const reject = (code: RejectionCode, reason: string, stale = false): MoveOutcome => ({ ok: false, code, reason, stale });

/** Why boardgame.io's Master would drop this move without a word, or undefined. */
const silentRejection = (game: ProcessedGame, state: State, action: MoveAction, stateID: number, playerID: string): Refusal | undefined => {
  if (state.ctx.gameover !== undefined) return { code: 'gameOver', reason: 'The game is over' };
  if (!game.flow.isPlayerActive(state.G, state.ctx, playerID)) return { code: 'notYourTurn', reason: 'It is not your turn to move' };
  const move = game.flow.getMove(state.ctx, action.payload.type, playerID);
  if (!move) return { code: 'noSuchMove', reason: `There is no move "${action.payload.type}" in this step` };
  const ignoresStale = typeof move === 'object' && 'ignoreStaleStateID' in move && move.ignoreStaleStateID === true;
  if (state._stateID !== stateID && !ignoresStale) return { code: 'stale', reason: 'Your view was out of date' };
  return undefined;
};

/** The metadata after a move, as boardgame.io's Master computes it: touched, and the result once over. */
const metadataAfter = (metadata: MatchData, next: State): MatchData | undefined => {
  if (metadata.gameover !== undefined && metadata.gameover !== null) return undefined;
  return { ...metadata, updatedAt: Date.now(), ...(next.ctx.gameover !== undefined ? { gameover: next.ctx.gameover } : {}) };
};

export const applyMove = async (
  game: ProcessedGame,
  storage: MatchStore,
  matchID: string,
  action: MoveAction,
  stateID: number,
  /** A move the server makes for a seat (a bot, a timer): no credentials to check. */
  asServer = false,
  /**
   * More to write with the new state in the same transaction (the server's
   * table: bot notes), given the metadata as it would be written and the new
   * state; undefined when there is nothing to add.
   */
  amend?: (metadata: MatchData, next: State) => MatchData | undefined,
): Promise<MoveOutcome> => {
  const playerID = action.payload.playerID;
  const { state, metadata } = await storage.fetch(matchID, { state: true, metadata: true });
  if (!state || !metadata) return reject('noMatch', 'No such match');
  if (!asServer && !isSeatHolder(metadata, playerID, action.payload.credentials)) {
    return reject('unauthorized', 'Unauthorized: wrong credentials for this seat');
  }
  const silent = silentRejection(game, state, action, stateID, playerID);
  if (silent) return reject(silent.code, silent.reason);

  // Master reads the state we already hold, writes through this wrapper, and
  // "broadcasts" into an outbox that is published only once the writes are durable.
  const outbox: PubSubPayload[] = [];
  let saved: { state: State; metadata: MatchData | undefined } | undefined;
  const storageForMaster = {
    type: () => 1, // boardgame.io's StorageAPI Type.ASYNC
    fetch: async (_id: string, opts: FetchOpts) => ({ ...(opts.state ? { state } : {}), ...(opts.metadata ? { metadata } : {}) }),
    setState: async (_id: string, next: State, deltalog?: LogEntry[]) => {
      // INVALID_MOVE: the reducer returns the same state; boardgame.io would
      // store it again and append the previous deltalog a second time.
      if (next._stateID === state._stateID) return;
      // The metadata the Master would write next (updatedAt, gameover) goes
      // into the same transaction: one durable commit per move instead of two.
      const touched = metadataAfter(metadata, next);
      const nextMetadata = amend?.(touched ?? metadata, next) ?? touched;
      await storage.setState(matchID, next, deltalog, nextMetadata);
      saved = { state: next, metadata: nextMetadata };
    },
    // Written with the state above (a stale write must not record metadata either).
    setMetadata: async () => undefined,
  };
  const transport = {
    send: () => undefined, // only onSync sends to one client; we never call it
    sendAll: (payload: PubSubPayload) => void outbox.push(payload),
  };
  const master = new Master(game, storageForMaster as never, transport as never);
  try {
    const result = await master.onUpdate(action as never, stateID, matchID, playerID);
    if (result && 'error' in result) return reject('refused', String(result.error));
  } catch (error) {
    if (isStaleStateError(error)) return reject('raced', 'Another server moved this match on', true);
    throw error;
  }
  if (!saved) return reject('refused', 'The rules refused this move');
  return { ok: true, state: saved.state, metadata: saved.metadata ?? metadata, payloads: outbox };
};
