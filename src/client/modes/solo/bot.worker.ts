// The solo bot, off the page's thread so the board never freezes while it
// searches: the bot's worker entry (src/bot/worker.ts, levels easy, normal,
// hard), answering with its move and its reason.
import { botDecision } from '../../../bot/worker';
import type { BotAnswer, BotAsk } from './bot-protocol';

self.onmessage = (event: MessageEvent<BotAsk>) => {
  const ask = event.data;
  try {
    const { move, args, why } = botDecision({ view: ask.view, playerID: ask.playerID, phase: ask.phase, level: ask.level, seed: ask.seed });
    self.postMessage({ id: ask.id, move, args, why } satisfies BotAnswer);
  } catch (error) {
    self.postMessage({ id: ask.id, error: error instanceof Error ? error.message : String(error) } satisfies BotAnswer);
  }
};
