// Bot seats. A BotRunner turns a bot's own player view into a move; the
// server asks it whenever a bot seat owes a move and plays the answer through
// the Master like any move. The runner is src/bot's searching bot at the
// seat's strength (easy, normal, hard are its levels).
import type { Decision } from '../../game/headless';
import type { Phase } from '../../game/flow';
import type { GameState, Side } from '../../game/state';
import { makeBot } from '../bot/bot';
import { hashSeed } from '../bot/rng';
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


/**
 * Runs each decision in its own turn of the event loop (setImmediate), so a
 * bot never holds up other matches' sockets for more than one decision, which
 * the bot's fixed rollout budget bounds (hard: p95 well under 300 ms, see
 * docs/bot.md). The bot keeps no state between decisions: one per seat is
 * kept only to reuse its seed, and one made again after a restart decides the same.
 */
export const createBotRunner = (): BotRunner => {
  const deciders = new Map<string, ReturnType<typeof makeBot>>();
  return {
    decide: (request) =>
      new Promise((resolve, reject) => {
        setImmediate(() => {
          try {
            const key = `${request.matchID}:${request.seat}`;
            let decider = deciders.get(key);
            if (!decider) {
              decider = makeBot({ level: request.strength, seed: hashSeed(key) });
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
