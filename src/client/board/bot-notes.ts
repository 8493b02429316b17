// The bot's reasons, kept by the kind of move they explain, so each shows
// where that move appears on the board: the news answer on the news card, its
// proposal, acceptance or rejection in the talks, its action in the reveal.
// Acknowledging a round explains nothing the board shows.
import type { BotNote, BotNotes } from './types';

const KIND: { readonly [move: string]: keyof BotNotes | undefined } = {
  respond: 'news',
  // A proposal keeps its reason while it is on the table, whatever the bot says next.
  propose: 'proposal',
  counter: 'proposal',
  accept: 'talks',
  reject: 'talks',
  withdraw: 'talks',
  endTalks: 'talks',
  chooseAction: 'action',
};

/** Which kind of move a note explains (undefined: one the board does not show, like acknowledging a round). */
export const kindOf = (move: string): keyof BotNotes | undefined => KIND[move];

/** The notes with this decision's reason as the latest of its kind. */
export const withNote = (notes: BotNotes, note: BotNote): BotNotes => {
  const kind = kindOf(note.move);
  return kind ? { ...notes, [kind]: note } : notes;
};

/** The note if it belongs to this round, else nothing (an old reason never sits beside a new move). */
export const ofRound = (note: BotNote | undefined, round: number): BotNote | undefined => (note?.round === round ? note : undefined);
