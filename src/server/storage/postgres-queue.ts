// A per-match write queue: within one server instance, every write for a
// match (state, log, metadata, wipe) runs after the previous one has settled,
// so two writes for one match never interleave (boardgame.io #1100: its
// master fires setState and setMetadata at once, and `sync`/`disconnect` are
// not queued at all). Across instances the row lock in PostgreSQL orders them.

/** Runs tasks one at a time per key, in the order they were queued. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** How many keys have a task queued or running (for tests: empty when idle). */
  get size(): number {
    return this.tails.size;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // A failed write must not block the match: the next task runs either way.
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget the key once its last task settles, so idle matches cost nothing.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
