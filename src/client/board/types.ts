// The contract between the board (a pure view of the match) and whatever runs
// the match (solo, hot-seat, online, spectator, replay). boardgame.io's React
// Client passes its own BoardProps, plus any extra props given to the client
// component, to the board.
import type { BoardProps } from 'boardgame.io/react';
import type { GameState, Text } from '../../../game/state';

export type Mode = 'solo' | 'hotseat' | 'online' | 'spectator' | 'replay';

/** A move the rules or the server refused: shown to the player, never a silent no-op. */
export type Rejection = {
  readonly move: string; //            'chooseAction'
  readonly reason: Text | undefined; // the server's or the rules' reason, when known
  readonly at: number; //              Date.now() when it was refused, to tell repeats apart
};

export type Connection = 'connected' | 'reconnecting' | 'offline';

export type BoardExtras = {
  readonly mode: Mode;
  readonly rejection?: Rejection;
  readonly connection?: Connection;
  /** The bot's one-sentence explanation of its last decision (solo, bot seats). */
  readonly botWhy?: Text;
  readonly onRematch?: () => void;
  readonly onLeave?: () => void;
};

export type CardBoardProps = BoardProps<GameState> & BoardExtras;
