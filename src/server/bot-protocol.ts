// Messages between the server and its bot thread (bot-worker.ts).
import type { Phase } from '../../game/flow';
import type { GameState, Side } from '../../game/state';
import type { BotDecision } from '../bot/bot';
import type { BotStrength } from './game';

export type BotJob = {
  readonly id: number; //            1
  readonly key: string; //           'Xw3k9aQ2mP1:1': match and seat; seeds the bot
  readonly strength: BotStrength; // 'hard'
  readonly view: GameState; //       the bot's own player view
  readonly phase: Phase;
  readonly side: Side;
};

/** A decision with its reason (`why`, in English and Japanese), or why there is none. */
export type BotReply = { readonly id: number; readonly decision: BotDecision } | { readonly id: number; readonly error: string };
