// The bot seats' thread: src/bot's searching bot runs here, so a decision
// (Hard searches for up to a few hundred milliseconds) never stalls the
// event loop that serves every other match's sockets. The bot keeps no state
// between decisions; each is seeded by the seat's key, so a decision is the
// same after a restart. It comes with its reason (bot-notes.ts posts it).
import { parentPort } from 'node:worker_threads';
import { decide as botDecide } from '../bot/bot';
import { hashSeed } from '../bot/rng';
import type { BotJob, BotReply } from './bot-protocol';

const decide = (job: BotJob): BotReply => {
  try {
    return { id: job.id, decision: botDecide(job.view, job.phase, job.side, { level: job.strength, seed: hashSeed(job.key) }) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
};

parentPort?.on('message', (job: BotJob) => {
  parentPort?.postMessage(decide(job));
});
