// What the server keeps with a match beyond boardgame.io's metadata: the chat
// history, the clock of the current step, absences and seats taken over by a
// bot. Stored in the match's metadata (key `table`), written in the match's
// queue like every other metadata write, and never sent to clients as is.
import type { BotStrength } from './game';
import type { MatchData } from './storage/types';

export type ChatEntry = { readonly id: string; readonly sender: string; readonly payload: string; readonly at: number }; // { id: 'k3', sender: '0', payload: 'Deal?', at: 1747000000000 }

export type Table = {
  readonly chat: ReadonlyArray<ChatEntry>;
  /** The step the clock runs for ("turn:phase") and when it began (ms since epoch). */
  readonly clock?: { readonly step: string; readonly since: number }; // { step: '7:moves', since: 1747000000000 }
  /** Rounds in which each seat let a step time out. */
  readonly absences: { readonly [seat: string]: ReadonlyArray<number> }; // { '1': [2, 3] }
  /** Seats the server plays, and how well. */
  readonly bots: { readonly [seat: string]: BotStrength }; // { '1': 'hard' }
};

const EMPTY: Table = { chat: [], absences: {}, bots: {} };

type WithTable = MatchData & { table?: Table };

export const tableOf = (metadata: MatchData | undefined): Table => ({ ...EMPTY, ...(metadata as WithTable | undefined)?.table });

export const withTable = (metadata: MatchData, table: Table): MatchData => ({ ...metadata, table } as WithTable);
