// Bot seats. A BotRunner turns a bot's own player view into a move; the
// server asks it whenever a bot seat owes a move and plays the answer through
// the Master like any move. Today's runner is the scripted strategies of
// src/bot; a stronger bot replaces `createBotRunner` in one line.
import type { Decision } from '../../game/headless';
import type { Phase } from '../../game/flow';
import type { GameState, Side } from '../../game/state';
import { hashSeed } from '../bot/rng';
import { makeStrategy } from '../bot/strategies';
import type { StrategyName } from '../bot/strategies';
import type { BotStrength } from './game';

export type BotRequest = {
  readonly matchID: string; // 'Xw3k9aQ2mP1'
  readonly seat: string; // '1'
  readonly strength: BotStrength; // 'hard'
  /** The bot's own player view (game/view.ts): never the other side's secrets. */
  readonly view: GameState;
  readonly phase: Phase; // 'moves'
  readonly side: Side; // 'jp'
};

export type BotRunner = {
  decide(request: BotRequest): Promise<Decision>;
  /** Forgets a match's bots (the match ended or was wiped). */
  forget(matchID: string): void;
};

/** The scripted strategies, strongest for "hard" (tit-for-tat wins most of its simulated games). */
const STRATEGY_BY_STRENGTH: { readonly [S in BotStrength]: StrategyName } = { easy: 'random', normal: 'dove', hard: 'tit-for-tat' };

/**
 * Runs each decision in its own turn of the event loop (setImmediate), so a
 * bot never holds up other matches' sockets for more than one decision, which
 * the scripted strategies make in well under a millisecond.
 */
export const createBotRunner = (): BotRunner => {
  const deciders = new Map<string, ReturnType<typeof makeStrategy>>();
  return {
    decide: (request) =>
      new Promise((resolve, reject) => {
        setImmediate(() => {
          try {
            const key = `${request.matchID}:${request.seat}`;
            let decider = deciders.get(key);
            if (!decider) {
              decider = makeStrategy(STRATEGY_BY_STRENGTH[request.strength], hashSeed(key));
              deciders.set(key, decider);
            }
            resolve(decider(request.view, request.phase, request.side));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      }),
    forget: (matchID) => {
      for (const key of deciders.keys()) if (key.startsWith(`${matchID}:`)) deciders.delete(key);
    },
  };
};
