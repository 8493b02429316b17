// Why the server refused a move, a sync or a chat message, in the player's
// language. The server's `rejected` event (src/server/sockets.ts) carries a
// stable `code` (src/protocol/rejections.ts) and an English reason. A known code
// is shown in the player's language; anything else as the server wrote it
// (inside a Japanese sentence for Japanese players).
import type { Text } from '../../../game/state';
import { REJECTION_CODES } from '../../protocol/rejections';
import type { RejectionCode } from '../../protocol/rejections';
import { CATALOGS } from '../i18n/messages';
import type { MessageId } from '../i18n/messages';

export { REJECTION_CODES };
export type { RejectionCode };

const isCode = (value: unknown): value is RejectionCode => (REJECTION_CODES as ReadonlyArray<unknown>).includes(value);

/** The server's `rejected` payload as it arrives (checked: it comes off the wire). */
export type ServerRejection = { readonly matchID?: unknown; readonly move?: unknown; readonly reason?: unknown; readonly code?: unknown };

/** The rejection's meaning: its code, if the server sent one this client knows. */
export const rejectionCode = (payload: ServerRejection | undefined): RejectionCode | undefined =>
  isCode(payload?.code) ? payload.code : undefined;

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
  chatText: 'net.reason.chatText',
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
