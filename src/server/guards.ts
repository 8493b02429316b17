// Checks on everything a socket sends, before boardgame.io sees it. Each
// returns the parsed value or a reason. Traps from STACK.md: 15 (only moves, no
// raw GAME_EVENT), 16 (the payload's playerID is the authenticated seat), 17
// (argument count and nesting capped).
//
// Traps 15 and 16 are each closed twice, on purpose; each layer stops the
// attack alone (test/server/attack-controls.test.ts, with a bare boardgame.io
// Server as the control where the attack succeeds):
//   15: here, only MAKE_MOVE passes and is rebuilt from its fields; in
//       engine.ts, a name that is no move of the current step is refused
//       before the Master (game events never are moves).
//   16: here, the payload's and the socket's playerID must be the synced
//       seat; in engine.ts, the credentials are checked against the seat the
//       move is applied as (boardgame.io's Master checks another one).
// Trap 17 has one layer: the packet size cap (sockets.ts) and the checks here.
import { LIMITS } from './limits';
import type { MoveAction } from './engine';
import type { Refusal, RejectionCode } from '../protocol/rejections';

export type Checked<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & Refusal);

const fail = <T>(reason: string, code: RejectionCode = 'malformed'): Checked<T> => ({ ok: false, code, reason });
const pass = <T>(value: T): Checked<T> => ({ ok: true, value });

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MOVE_NAME = /^[A-Za-z]{1,40}$/;

export const isMatchID = (value: unknown): value is string => typeof value === 'string' && MATCH_ID.test(value);
export const isSeat = (value: unknown): value is '0' | '1' => value === '0' || value === '1';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a JSON value stays within a nesting depth and a node count (a move's args). */
export const isSmallJson = (value: unknown, maxDepth = 8, maxNodes = 500): boolean => {
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > maxNodes || depth > maxDepth) return false;
    if (Array.isArray(v)) return v.every((x) => walk(x, depth + 1));
    if (isRecord(v)) return Object.values(v).every((x) => walk(x, depth + 1));
    return true;
  };
  return walk(value, 0);
};

export type SyncRequest = { readonly matchID: string; readonly playerID: '0' | '1' | null; readonly credentials: string | undefined };

/** socket 'sync' (matchID, playerID, credentials, numPlayers). */
export const checkSync = (args: ReadonlyArray<unknown>): Checked<SyncRequest> => {
  const [matchID, playerID, credentials] = args;
  if (args.length > 4) return fail('Too many arguments');
  if (!isMatchID(matchID)) return fail('Malformed matchID');
  if (playerID !== null && playerID !== undefined && !isSeat(playerID)) return fail('playerID must be "0", "1" or null');
  if (credentials !== undefined && credentials !== null && (typeof credentials !== 'string' || credentials.length > 200)) return fail('Malformed credentials');
  return pass({ matchID, playerID: isSeat(playerID) ? playerID : null, credentials: typeof credentials === 'string' ? credentials : undefined });
};

export type UpdateRequest = { readonly matchID: string; readonly stateID: number; readonly action: MoveAction };

/**
 * socket 'update' (action, stateID, matchID, playerID) from a socket synced to
 * `seat` of `syncedMatchID`. Only MAKE_MOVE passes; the seat is the socket's own.
 */
export const checkUpdate = (args: ReadonlyArray<unknown>, synced: { matchID: string; playerID: string | null } | undefined): Checked<UpdateRequest> => {
  if (args.length > 4) return fail('Too many arguments');
  const [action, stateID, matchID, playerID] = args;
  if (!synced || matchID !== synced.matchID) return fail('Sync with this match before moving', 'syncFirst');
  if (synced.playerID === null) return fail('Spectators cannot move', 'spectator');
  if (playerID !== synced.playerID) return fail('You can only move for your own seat', 'notYourSeat');
  if (typeof stateID !== 'number' || !Number.isInteger(stateID) || stateID < 0) return fail('Malformed stateID');
  if (!isRecord(action) || action.type !== 'MAKE_MOVE') return fail('Only moves are accepted (no game events)');
  const payload = action.payload;
  if (!isRecord(payload)) return fail('Malformed action');
  if (payload.playerID !== synced.playerID) return fail('You can only move for your own seat', 'notYourSeat');
  if (typeof payload.type !== 'string' || !MOVE_NAME.test(payload.type)) return fail('Malformed move name');
  const moveArgs = payload.args ?? [];
  if (!Array.isArray(moveArgs)) return fail('Move arguments must be a list');
  if (moveArgs.length > LIMITS.maxMoveArgs) return fail(`At most ${LIMITS.maxMoveArgs} move arguments`);
  if (!isSmallJson(moveArgs)) return fail('Move arguments are too large or too deeply nested');
  if (typeof payload.credentials !== 'string') return fail('Missing credentials');
  return pass({
    matchID,
    stateID,
    action: { type: 'MAKE_MOVE', payload: { type: payload.type, args: moveArgs, playerID: synced.playerID, credentials: payload.credentials } },
  });
};

export type ChatRequest = { readonly matchID: string; readonly id: string; readonly payload: string; readonly credentials: string };

const CHAT_KEYS: ReadonlyArray<string> = ['id', 'sender', 'payload'];

/**
 * socket 'chat' (matchID, { id, sender, payload }, credentials): text only,
 * from one's own seat, and nothing but those three keys, so that a client can
 * never pass for the server's bot notes (protocol/chat.ts: kind, why, move, round).
 */
export const checkChat = (args: ReadonlyArray<unknown>, synced: { matchID: string; playerID: string | null } | undefined): Checked<ChatRequest> => {
  const [matchID, message, credentials] = args;
  if (args.length > 3) return fail('Too many arguments');
  if (!synced || matchID !== synced.matchID || synced.playerID === null) return fail('Only seated players may chat', 'chatSeated');
  if (isRecord(message) && Object.keys(message).some((key) => !CHAT_KEYS.includes(key))) {
    return fail('A chat message is plain text: { id, sender, payload } and nothing else', 'chatText');
  }
  if (!isRecord(message) || message.sender !== synced.playerID) return fail('You can only chat as yourself', 'notYourSeat');
  if (typeof message.id !== 'string' || message.id.length > 40) return fail('Malformed chat message id');
  if (typeof message.payload !== 'string') return fail('A chat message is text');
  const text = message.payload.trim();
  if (text.length === 0 || text.length > LIMITS.maxChatChars) return fail(`A chat message has 1 to ${LIMITS.maxChatChars} characters`, 'chatLength');
  if (typeof credentials !== 'string') return fail('Missing credentials');
  return pass({ matchID, id: message.id, payload: text, credentials });
};
