// Messages between the solo page and its bot worker. The page sends the bot
// ONLY its own player's view (what the Local master sends the bot's seat, the
// output of game/view.ts's playerView), never the full state (STACK.md trap 19).
import type { Phase } from '../../../../game/flow';
import type { GameState, Text } from '../../../../game/state';
import type { Level } from '../../routes';

export type BotAsk = {
  readonly id: number; //        7     the bot seat's _stateID it decides for
  readonly view: GameState; //         the bot's own player view
  readonly phase: Phase; //      'moves'
  readonly playerID: string; //  '1'   the bot's seat
  readonly level: Level; //      'normal'
  readonly seed: number; //      12345 fixed per match, so a match's bot is repeatable
};

export type BotAnswer =
  | { readonly id: number; readonly move: string; readonly args: ReadonlyArray<unknown>; readonly why: Text | undefined }
  | { readonly id: number; readonly error: string };
