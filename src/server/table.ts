// What the server keeps with a match beyond boardgame.io's metadata: the chat
// history, bot notes held back, the clock of the current step, absences and
// seats taken over by a bot. Stored in the match's metadata (key `table`),
// written in the match's queue like every other metadata write, and never
// sent to clients as is.
import type { BotNoteChat, ChatEntry } from '../protocol/chat';
import type { BotStrength } from './game';
import type { MatchData } from './storage/types';

export type { BotNoteChat, ChatEntry, TextChat } from '../protocol/chat';

export type Table = {
  /** Sent to every client of the match, and again after each sync. */
  readonly chat: ReadonlyArray<ChatEntry>; // [{ id: 'k3', sender: '0', payload: 'Deal?', at: 1747000000000 }]
  /**
   * Bot notes on a secret choice, held until the round's choices are revealed
   * (bot-notes.ts), then moved to `chat`. Never sent while held.
   */
  readonly held: ReadonlyArray<BotNoteChat>; // [{ kind: 'bot', id: 'bot:1:42', sender: '1', move: 'chooseAction', round: 3, … }]
  /** The step the clock runs for ("turn:phase") and when it began (ms since epoch). */
  readonly clock?: { readonly step: string; readonly since: number }; // { step: '7:moves', since: 1747000000000 }
  /** Rounds in which each seat let a step time out. */
  readonly absences: { readonly [seat: string]: ReadonlyArray<number> }; // { '1': [2, 3] }
  /** Seats the server plays, and how well. */
  readonly bots: { readonly [seat: string]: BotStrength }; // { '1': 'hard' }
};

const EMPTY: Table = { chat: [], held: [], absences: {}, bots: {} };

type WithTable = MatchData & { table?: Partial<Table> };

/** A match's table; tables stored before a field existed get its empty value. */
export const tableOf = (metadata: MatchData | undefined): Table => ({ ...EMPTY, ...(metadata as WithTable | undefined)?.table });

export const withTable = (metadata: MatchData, table: Table): MatchData => ({ ...metadata, table } as WithTable);
