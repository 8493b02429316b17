// Figures for the server load bench: move round trips (p50, p99) and the
// server process's own CPU and memory, read from /proc so that the load
// generator's work is not counted (the server runs in a child process).
import { readFileSync } from 'node:fs';

export type Milliseconds = number;

/** Round trips of one run, and how many moves failed. */
export class Latencies {
  private readonly samples: number[] = [];
  errors = 0;
  /** Why moves failed, counted by reason (the first few words). */
  readonly errorReasons = new Map<string, number>();

  record(ms: Milliseconds): void {
    this.samples.push(ms);
  }

  fail(reason: string): void {
    this.errors++;
    const key = reason.slice(0, 80);
    this.errorReasons.set(key, (this.errorReasons.get(key) ?? 0) + 1);
  }

  get count(): number {
    return this.samples.length;
  }

  /** The q-quantile (0..1) by nearest rank; 0 when there are no samples. */
  quantile(q: number): Milliseconds {
    if (this.samples.length === 0) return 0;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[rank] ?? 0;
  }
}

export type ProcessUsage = {
  readonly cpuSeconds: number; // user + system CPU time so far, e.g. 12.5
  readonly rssBytes: number; // resident memory now, e.g. 180_000_000
};

// Linux reports CPU times in clock ticks; 100 per second on every mainstream kernel build.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time and resident memory of a process, from /proc (Linux). */
export const readUsage = (pid: number): ProcessUsage => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return { cpuSeconds: (utime + stime) / CLOCK_TICKS_PER_SECOND, rssBytes: rssKb * 1024 };
};

export type UsageSummary = {
  readonly cpuPercent: number; // of one core over the run, e.g. 35.2
  readonly rssMeanMB: number; // e.g. 160
  readonly rssPeakMB: number; // e.g. 190
};

/** Samples a process's memory while a run lasts, and its CPU over the whole run. */
export class UsageSampler {
  private readonly start: ProcessUsage;
  private readonly startedAt = performance.now();
  private readonly rss: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 250) {
    this.start = readUsage(pid);
    this.rss.push(this.start.rssBytes);
    this.timer = setInterval(() => this.rss.push(readUsage(this.pid).rssBytes), intervalMs);
  }

  stop(): UsageSummary {
    clearInterval(this.timer);
    const end = readUsage(this.pid);
    this.rss.push(end.rssBytes);
    const seconds = (performance.now() - this.startedAt) / 1000;
    const mb = (bytes: number): number => Math.round(bytes / 1e6);
    return {
      cpuPercent: Math.round(((end.cpuSeconds - this.start.cpuSeconds) / seconds) * 1000) / 10,
      rssMeanMB: mb(this.rss.reduce((a, b) => a + b, 0) / this.rss.length),
      rssPeakMB: mb(Math.max(...this.rss)),
    };
  }
}
