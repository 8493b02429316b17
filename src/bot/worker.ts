// The entry point for a browser Web Worker (and any other host): a pure
// function of the player's view, its seat, the step, the level and a seed to
// the bot's decision with its reason. No DOM, Node or clock: the client's
// worker file only wires messages to it, e.g.
//   self.onmessage = (e) => self.postMessage(botDecision(e.data));
// The view must be the seat's own (playerView); a full state is filtered again here anyway.
import type { Phase } from '../../game/flow';
import { isPlayerID, sideOf } from '../../game/state';
import type { GameState } from '../../game/state';
import { playerView } from '../../game/view';
import { decide } from './bot';
import type { BotDecision } from './bot';
import type { Level } from './levels';

export type BotRequest = {
  readonly view: GameState; //     the seat's own view (state.G on a client)
  readonly playerID: string; //    '1'
  readonly phase: Phase; //        ctx.phase: 'moves'
  readonly level: Level; //        'hard'
  readonly seed: number; //        a match's seed for its bot (the same seed replays the same bot)
  readonly budget?: number; //     rollouts per decision, if not the level's own
};

export const botDecision = (request: BotRequest): BotDecision => {
  if (!isPlayerID(request.playerID)) throw new Error(`The bot plays a seat, not player ${request.playerID}`);
  const view = playerView({ G: request.view, playerID: request.playerID });
  return decide(view, request.phase, sideOf(request.playerID), {
    level: request.level,
    seed: request.seed,
    ...(request.budget === undefined ? {} : { budget: request.budget }),
  });
};

export type { BotDecision } from './bot';
export { LEVELS } from './levels';
export type { Level } from './levels';
