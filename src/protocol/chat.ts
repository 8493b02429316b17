// A match's chat as the server stores it and sends it (socket event `chat`,
// each entry again after a sync): a player's plain text, or a bot seat's
// one-sentence reason for one of its moves (issue 8). Shared by the server,
// which writes both kinds, and the client, which reads them off the wire.
// Clients only ever send text: a bot note comes from the server alone
// (src/server/guards.ts refuses any other key in a client's message).
import type { Text } from '../../game/state';

/** A player's message. Entries stored before bot notes existed have no `kind`. */
export type TextChat = {
  readonly kind?: 'text';
  readonly id: string; //      'k3Xw9aQ': chosen by the sender's client
  readonly sender: string; //  '0': the seat that wrote it
  readonly payload: string; // 'Deal?'
  readonly at: number; //      1747000000000 (ms since epoch)
};

/** A bot seat's reason for one of its moves, in both languages. */
export type BotNoteChat = {
  readonly kind: 'bot';
  readonly id: string; //     'bot:1:42': the seat and the _stateID its move was made on
  readonly sender: string; // '1': the bot's seat
  readonly why: Text; //      { en: 'I sold $50B because…', ja: '…' }
  readonly move: string; //   'chooseAction'
  readonly round: number; //  3: G.round when the bot decided
  readonly at: number; //     1747000000000: when it was posted (for a secret choice, once the round was revealed)
};

export type ChatEntry = TextChat | BotNoteChat;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is Text => isRecord(value) && typeof value.en === 'string' && typeof value.ja === 'string';

/**
 * A bot note as it arrives on a client, checked (it comes off the wire), or
 * undefined when the message is not one (a player's text, or anything malformed).
 */
export const readBotNote = (value: unknown): BotNoteChat | undefined => {
  if (!isRecord(value) || value.kind !== 'bot') return undefined;
  const { id, sender, why, move, round, at } = value;
  if (typeof id !== 'string' || typeof sender !== 'string' || !isText(why) || typeof move !== 'string') return undefined;
  if (typeof round !== 'number' || !Number.isInteger(round)) return undefined;
  return { kind: 'bot', id, sender, why: { en: why.en, ja: why.ja }, move, round, at: typeof at === 'number' ? at : 0 };
};
