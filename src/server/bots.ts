// Bot seats. A BotRunner turns a bot's own player view into a move and its
// reason; the server asks it whenever a bot seat owes a move, plays the answer
// through the Master like any move and posts the reason (bot-notes.ts). The
// runner is src/bot's searching bot at the seat's strength (easy, normal, hard
// are its levels).
import type { Phase } from '../../game/flow';
import type { GameState, Side } from '../../game/state';
import type { BotDecision } from '../bot/bot';
import { Worker } from 'node:worker_threads';
import type { BotJob, BotReply } from './bot-protocol';
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
  decide(request: BotRequest): Promise<BotDecision>;
  /** Stops the bots' thread, if any (the server is shutting down). */
  stop?(): Promise<void>;
};


/**
 * Runs the bots on a worker thread (bot-worker.ts), one decision at a time in
 * the order asked: a Hard search takes up to a few hundred milliseconds, and
 * on the main thread it would hold up every other match's sockets that long.
 * The thread starts on the first decision and is started again if it dies;
 * the decisions it owed are refused, and the server asks again. The worker
 * loads TypeScript through tsx (bot-worker.mjs), as the server itself does.
 */
export const createBotRunner = (): BotRunner => {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (decision: BotDecision) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error): void => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = undefined;
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('./bot-worker.mjs', import.meta.url));
    started.on('message', (reply: BotReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.decision);
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`the bot thread exited (code ${code})`));
    });
    worker = started;
    return started;
  };

  return {
    decide: (request) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const job: BotJob = {
          id,
          key: `${request.matchID}:${request.seat}`,
          strength: request.strength,
          view: request.view,
          phase: request.phase,
          side: request.side,
        };
        const running = thread();
        // An idle thread must not keep the process alive (shutdown, tests); one that owes a decision must.
        running.ref();
        running.postMessage(job);
      }),
    stop: async () => {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
      failAll(new Error('the server stopped'));
    },
  };
};
