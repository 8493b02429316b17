// Messages between the server and its bot thread (bot-worker.ts).
import type { Phase } from '../../game/flow';
import type { Decision } from '../../game/headless';
import type { GameState, Side } from '../../game/state';
import type { BotStrength } from './game';

export type BotJob = {
  readonly id: number; //            1
  readonly key: string; //           'Xw3k9aQ2mP1:1': match and seat; seeds the bot
  readonly strength: BotStrength; // 'hard'
  readonly view: GameState; //       the bot's own player view
  readonly phase: Phase;
  readonly side: Side;
};

export type BotReply = { readonly id: number; readonly decision: Decision } | { readonly id: number; readonly error: string };
