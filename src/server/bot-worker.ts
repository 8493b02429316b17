// The bot seats' thread: src/bot's searching bot runs here, so a decision
// (Hard searches for up to a few hundred milliseconds) never stalls the
// event loop that serves every other match's sockets. One decider per seat,
// seeded by the seat's key, so a decision is the same after a restart.
import { parentPort } from 'node:worker_threads';
import { makeBot } from '../bot/bot';
import { hashSeed } from '../bot/rng';
import type { BotJob, BotReply } from './bot-protocol';

const deciders = new Map<string, ReturnType<typeof makeBot>>();

const decide = (job: BotJob): BotReply => {
  try {
    let decider = deciders.get(job.key);
    if (!decider) {
      decider = makeBot({ level: job.strength, seed: hashSeed(job.key) });
      deciders.set(job.key, decider);
    }
    return { id: job.id, decision: decider(job.view, job.phase, job.side) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
};

parentPort?.on('message', (message: BotJob | { readonly forget: string }) => {
  if ('forget' in message) {
    for (const key of deciders.keys()) if (key.startsWith(`${message.forget}:`)) deciders.delete(key);
    return;
  }
  parentPort?.postMessage(decide(message));
});
