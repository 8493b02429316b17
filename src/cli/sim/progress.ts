// A progress bar on stderr, redrawn in place; only when stderr is a terminal.
export type Progress = { update(done: number, total: number): void; finish(): void };

const NONE: Progress = { update: () => undefined, finish: () => undefined };

export const progressBar = (stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress => {
  if (!enabled || !stream.isTTY) return NONE;
  let last = 0;
  let drawn = false;
  const started = Date.now();
  return {
    update: (done, total) => {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const rate = done / Math.max((now - started) / 1000, 1e-3);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games, ${rate.toFixed(0)}/s `);
      drawn = true;
    },
    finish: () => {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
};
