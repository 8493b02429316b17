// The chat as the board shows it, from the messages boardgame.io's client
// collected (they come off the wire: checked here). A player's text, or a bot
// seat's reason for one of its moves (src/protocol/chat.ts); anything else is
// dropped, never rendered. The server sends the whole history again after each
// sync and boardgame.io appends it, so repeats are dropped too.
import { isPlayerID, sideOf } from '../../../game/state';
import type { PlayerID } from '../../../game/state';
import { readBotNote } from '../../protocol/chat';
import type { BotNoteChat } from '../../protocol/chat';
import type { BotNote } from './types';

export const CHAT_MAX = 280;

export type ChatLine =
  | { readonly kind: 'text'; readonly key: string; readonly sender: string; readonly text: string } // { kind: 'text', key: 'text 0 k3', sender: '0', text: 'Deal?' }
  | { readonly kind: 'bot'; readonly key: string; readonly sender: PlayerID; readonly note: BotNoteChat };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message's text, or undefined if the payload is not a plain string. */
const messageText = (payload: unknown): string | undefined => (typeof payload === 'string' ? payload.slice(0, CHAT_MAX) : undefined);

const lineOf = (message: unknown): ChatLine | undefined => {
  if (!isRecord(message) || typeof message.sender !== 'string' || typeof message.id !== 'string') return undefined;
  if (message.kind === 'bot') {
    const note = readBotNote(message);
    // A key of its own kind: a player's message can never hide a note by reusing its id.
    return note && isPlayerID(note.sender) ? { kind: 'bot', key: `bot ${note.id}`, sender: note.sender, note } : undefined;
  }
  if (message.kind !== undefined && message.kind !== 'text') return undefined;
  const text = messageText(message.payload);
  return text === undefined ? undefined : { kind: 'text', key: `text ${message.sender} ${message.id}`, sender: message.sender, text };
};

/** The lines to show, in order, each once. */
export const chatLines = (messages: ReadonlyArray<unknown>): ReadonlyArray<ChatLine> => {
  const seen = new Set<string>();
  const lines: ChatLine[] = [];
  for (const message of messages) {
    const line = lineOf(message);
    if (!line || seen.has(line.key)) continue;
    seen.add(line.key);
    lines.push(line);
  }
  return lines;
};

/** The bot seats' reasons in the chat, in order, for the debrief. */
export const botLogOf = (messages: ReadonlyArray<unknown>): ReadonlyArray<BotNote> =>
  chatLines(messages).flatMap((line) =>
    line.kind === 'bot' ? [{ move: line.note.move, round: line.note.round, why: line.note.why, side: sideOf(line.sender) }] : [],
  );
