// Bot seats explain themselves (issue 8): each decision's one-sentence reason,
// in English and Japanese, goes to the match's chat as a note from the bot's
// seat. A reason for a secret choice (chooseAction) would tell the other side
// what the bot chose, so it is held in the match's table, never sent, until
// the round's choices are revealed; every other reason is posted at once.
//
// Notes are settled in the same storage write as the move that makes or
// reveals them (engine.ts `amend`), so a crash can neither post a note for a
// move that was lost nor lose a held note; a held note survives a restart and
// is posted by the move that reveals its round.
import type { GameState, Text } from '../../game/state';
import type { BotNoteChat } from '../protocol/chat';
import { LIMITS } from './limits';
import type { Table } from './table';

/** Moves whose reason tells what a secret choice was. */
const SECRET_MOVES: ReadonlySet<string> = new Set(['chooseAction']);

const isSecretMove = (move: string): boolean => SECRET_MOVES.has(move);

/** Moves whose reason is not worth a line of chat: acknowledging a round explains nothing. */
const UNNOTED_MOVES: ReadonlySet<string> = new Set(['acknowledge']);

/** The note for a bot seat's move made on the state `stateID` of round `round`, if the move gets one. */
export const botNote = (
  seat: string,
  decision: { readonly move: string; readonly why: Text },
  round: number,
  stateID: number,
  at: number,
): BotNoteChat | undefined =>
  UNNOTED_MOVES.has(decision.move)
    ? undefined
    : { kind: 'bot', id: `bot:${seat}:${stateID}`, sender: seat, why: { en: decision.why.en, ja: decision.why.ja }, move: decision.move, round, at };

/** Whether `G` shows round `round`'s choices: the round resolved (its report is out) or later, or the game over. */
export const revealed = (G: GameState, round: number): boolean =>
  G.outcome !== undefined || G.round > round || G.reports.some((report) => report.round >= round);

/**
 * The table once a move led to `G`: the bot's note on that move (if any) held
 * or posted, and every held note that `G` reveals posted. `posted` lists the
 * new chat entries in order, to publish after the move itself; undefined when
 * nothing changes.
 */
export const settleNotes = (
  table: Table,
  G: GameState,
  note: BotNoteChat | undefined,
  now: number,
): { readonly table: Table; readonly posted: ReadonlyArray<BotNoteChat> } | undefined => {
  if (note === undefined && table.held.length === 0) return undefined;
  const candidates = note === undefined ? table.held : [...table.held, note];
  const held = candidates.filter((n) => isSecretMove(n.move) && !revealed(G, n.round));
  const posted = candidates.filter((n) => !held.includes(n)).map((n) => (isSecretMove(n.move) ? { ...n, at: now } : n));
  if (posted.length === 0 && held.length === table.held.length) return undefined;
  return {
    table: { ...table, held: held.slice(-LIMITS.maxChatHistory), chat: [...table.chat, ...posted].slice(-LIMITS.maxChatHistory) },
    posted,
  };
};
