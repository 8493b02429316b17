// A solo match, entirely in the browser: boardgame.io's Local master with two
// vanilla clients, the player's seat and the bot's. The bot's client receives
// from the master exactly what a seat receives, its own player view
// (playerView, game/view.ts), and that is all the worker gets. Never
// Local({ bots }), which hands bots the unfiltered state (STACK.md trap 19).
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { enumerateMoves } from '../../../../game/ai';
import { PHASES, owes } from '../../../../game/flow';
import { otherSide, playerOf } from '../../../../game/state';
import type { GameState, Side } from '../../../../game/state';
import type { BotNote } from '../../board/types';
import type { Level } from '../../routes';
import type { GameClient } from '../client-state';
import { localGame } from '../local-game';
import type { BotAnswer, BotAsk } from './bot-protocol';

export type BotWorker = Pick<Worker, 'postMessage' | 'terminate'> & { onmessage: ((event: MessageEvent<BotAnswer>) => void) | null };

export type SoloOptions = {
  readonly side: Side; //               the player's side
  readonly level: Level;
  readonly scenario: string | undefined;
  readonly worker: () => BotWorker;
  /** The bot explained a decision the master then received (any kind: news, talks, action, acknowledgement). */
  readonly onNote: (note: BotNote) => void;
};

export type SoloMatch = { readonly human: GameClient; readonly bot: GameClient; readonly stop: () => void };

// A bot move the master did not take (never expected: the bot picks from the
// legal moves of its view) is replaced by the first legal move after this long.
const BOT_ACK_MS = 2000;

export const startSoloMatch = (options: SoloOptions): SoloMatch => {
  const game = localGame(options.scenario);
  const multiplayer = Local(); // one master, shared by both clients
  const botSide = otherSide(options.side);
  const human = Client({ game, multiplayer, playerID: playerOf(options.side), debug: false }) as GameClient;
  const bot = Client({ game, multiplayer, playerID: playerOf(botSide), debug: false }) as GameClient;
  const worker = options.worker();
  const seed = Math.floor(Math.random() * 2 ** 31);
  let asked = -1; // the _stateID the bot was last asked about
  let stopped = false;

  /** Plays the bot's answer unless the match moved on (a stale answer); says whether it played. */
  const play = (id: number, move: string, args: ReadonlyArray<unknown>): boolean => {
    const state = bot.getState();
    if (stopped || !state || state._stateID !== id) return false;
    bot.moves[move]?.(...args);
    setTimeout(() => fallback(id), BOT_ACK_MS);
    return true;
  };

  /** The bot's move was refused or never came: play the first legal move of its view. */
  const fallback = (id: number): void => {
    const state = bot.getState();
    const phase = PHASES.find((p) => p === state?.ctx.phase);
    if (stopped || !state || !phase || state._stateID !== id || !owes(state.G, phase, botSide)) return;
    const first = enumerateMoves(state.G, phase, botSide)[0];
    if (first) bot.moves[first.move]?.(...first.args);
  };

  worker.onmessage = (event) => {
    const answer = event.data;
    if ('error' in answer) {
      console.error(`The bot failed: ${answer.error}`);
      fallback(answer.id);
      return;
    }
    const round = bot.getState()?.G.round ?? 0; // the round the bot decided in, before its move changes it
    if (play(answer.id, answer.move, answer.args) && answer.why) options.onNote({ move: answer.move, round, why: answer.why });
  };

  const maybeAsk = (state: ReturnType<GameClient['getState']>): void => {
    const phase = PHASES.find((p) => p === state?.ctx.phase);
    if (stopped || !state || !phase || state.ctx.gameover !== undefined) return;
    const view: GameState = state.G; // the master filtered it for the bot's seat
    if (!owes(view, phase, botSide) || asked === state._stateID) return;
    asked = state._stateID;
    const ask: BotAsk = { id: state._stateID, view, phase, playerID: playerOf(botSide), level: options.level, seed };
    worker.postMessage(ask);
  };

  const unsubscribe = bot.subscribe(maybeAsk);
  bot.start();
  human.start();
  return {
    human,
    bot,
    stop: () => {
      stopped = true;
      unsubscribe();
      human.stop();
      bot.stop();
      worker.terminate();
    },
  };
};
