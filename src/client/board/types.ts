// The contract between the board (a pure view of the match) and whatever runs
// the match (solo, hot-seat, online, spectator, replay). boardgame.io's React
// Client passes its own BoardProps, plus any extra props given to the client
// component, to the board.
import type { BoardProps } from 'boardgame.io/react';
import type { GameState, Side, Text } from '../../../game/state';

export type Mode = 'solo' | 'hotseat' | 'online' | 'spectator' | 'replay';

/** A move the rules or the server refused: shown to the player, never a silent no-op. */
export type Rejection = {
  readonly move: string; //            'chooseAction'
  readonly reason: Text | undefined; // the server's or the rules' reason, when known
  readonly at: number; //              Date.now() when it was refused, to tell repeats apart
};

export type Connection = 'connected' | 'reconnecting' | 'offline';

/** The bot's one-sentence reason for one decision, and the move and round it belongs to. */
export type BotNote = {
  readonly move: string; //  'reject'
  readonly round: number; // 3   G.round when the bot decided
  readonly why: Text;
  readonly side?: Side; //   'jp' the bot's seat, where more than one seat may have a bot (online)
};

/** The bot's latest reason of each kind: its answer to the news, its proposal, its other last word in the talks, its action. */
export type BotNotes = { readonly news?: BotNote; readonly proposal?: BotNote; readonly talks?: BotNote; readonly action?: BotNote };

export type BoardExtras = {
  readonly mode: Mode;
  readonly rejection?: Rejection;
  readonly connection?: Connection;
  /** Solo: the bot's reasons for its latest decisions, shown beside those moves. */
  readonly botNotes?: BotNotes;
  /** Solo: every reason the bot gave in this match, in order, for the debrief on the end screen. */
  readonly botLog?: ReadonlyArray<BotNote>;
  readonly onRematch?: () => void;
  /** Opens the finished match's replay. */
  readonly onReplay?: () => void;
  readonly onLeave?: () => void;
};

export type CardBoardProps = BoardProps<GameState> & BoardExtras;
