// Why the server refused a move, a sync or a chat message, in the player's
// language. The server's `rejected` event (src/server/sockets.ts) carries a
// stable `code` (src/protocol/rejections.ts) and an English reason. A known code
// wins; else the known English reasons are recognised (an older server); anything
// else is shown as the server wrote it (inside a Japanese sentence for Japanese players).
import type { Text } from '../../../game/state';
import { REJECTION_CODES } from '../../protocol/rejections';
import type { RejectionCode } from '../../protocol/rejections';
import { CATALOGS } from '../i18n/messages';
import type { MessageId } from '../i18n/messages';

export { REJECTION_CODES };
export type { RejectionCode };

const isCode = (value: unknown): value is RejectionCode => (REJECTION_CODES as ReadonlyArray<unknown>).includes(value);

// The reasons today's server writes (src/server/sockets.ts, guards.ts, engine.ts), by meaning.
const PATTERNS: ReadonlyArray<readonly [RegExp, RejectionCode]> = [
  [/^no such match/i, 'noMatch'],
  [/^unauthori[sz]ed/i, 'unauthorized'],
  [/^sync (first|with this match)/i, 'syncFirst'],
  [/game is over/i, 'gameOver'],
  [/not your turn/i, 'notYourTurn'],
  [/^there is no move/i, 'noSuchMove'],
  [/out of date/i, 'stale'],
  [/another server moved/i, 'raced'],
  [/rules refused/i, 'refused'],
  [/^spectators cannot move/i, 'spectator'],
  [/own seat|chat as yourself/i, 'notYourSeat'],
  [/^a chat message has/i, 'chatLength'],
  [/^only seated players may chat/i, 'chatSeated'],
  [/^(malformed|too many arguments|move arguments|at most \d+ move arguments|missing credentials|playerid must|a chat message is text|only moves are accepted)/i, 'malformed'],
];

/** The server's `rejected` payload as it arrives (checked: it comes off the wire). */
export type ServerRejection = { readonly matchID?: unknown; readonly move?: unknown; readonly reason?: unknown; readonly code?: unknown };

/** The rejection's meaning: its code if the server sent a known one, else one read from its reason. */
export const rejectionCode = (payload: ServerRejection | undefined): RejectionCode | undefined => {
  if (isCode(payload?.code)) return payload.code;
  const reason = typeof payload?.reason === 'string' ? payload.reason : '';
  return PATTERNS.find(([pattern]) => pattern.test(reason))?.[1];
};

const MESSAGE: { readonly [C in RejectionCode]: MessageId } = {
  noMatch: 'net.reason.noMatch',
  unauthorized: 'net.reason.unauthorized',
  syncFirst: 'net.reason.syncFirst',
  gameOver: 'net.reason.gameOver',
  notYourTurn: 'net.reason.notYourTurn',
  noSuchMove: 'net.reason.noSuchMove',
  stale: 'net.reason.stale',
  raced: 'net.reason.raced',
  refused: 'net.reason.refused',
  spectator: 'net.reason.spectator',
  notYourSeat: 'net.reason.notYourSeat',
  malformed: 'net.reason.malformed',
  chatLength: 'net.reason.chatLength',
  chatSeated: 'net.reason.chatSeated',
};

const message = (id: MessageId): Text => ({ en: CATALOGS.en[id] ?? id, ja: CATALOGS.ja[id] ?? id });

/** What the player reads: the localized message for a known reason, else the server's own words; undefined when it gave none. */
export const rejectionText = (payload: ServerRejection | undefined): Text | undefined => {
  const code = rejectionCode(payload);
  if (code) return message(MESSAGE[code]);
  const reason = typeof payload?.reason === 'string' ? payload.reason.trim().slice(0, 300) : '';
  if (!reason) return undefined;
  return { en: reason, ja: `${CATALOGS.ja['net.serverSaid'] ?? ''}${reason}` };
};
