// One queue per match: everything that reads and writes a match (moves, sync,
// connect and disconnect metadata, chat, lobby joins and leaves, timers, bots)
// runs through it one task at a time, so no two writes for a match interleave
// (boardgame.io #1100, #429). Idle queues are dropped.
export type MatchQueues = {
  run<T>(matchID: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when every queued task has finished. */
  idle(): Promise<void>;
};

export const createMatchQueues = (): MatchQueues => {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run: <T>(matchID: string, task: () => Promise<T>): Promise<T> => {
      const previous = tails.get(matchID) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(matchID, tail);
      void tail.then(() => {
        if (tails.get(matchID) === tail) tails.delete(matchID);
      });
      return result;
    },
    idle: async () => {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
};
