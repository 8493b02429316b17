// One run of the server load bench: N matches played at once against one
// server, at human pace (each match moves every 2 s on average, uniformly
// jittered between 1 and 3 s) or flat out (each match moves as soon as its
// last move is answered). A finished match is replaced by a new one, so
// whole games are played. Round trips are recorded after a warm-up, for a
// fixed duration; then the generator stops by itself.
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LoadMatch, Seat } from './server-load-client';
import { Latencies, UsageSampler } from './server-load-stats';
import type { UsageSummary } from './server-load-stats';

export const PACES = ['human', 'flat-out'] as const;
export type Pace = (typeof PACES)[number];

export type RunPlan = {
  readonly label: string; // e.g. 'real game, human pace'
  readonly matches: number; // e.g. 500
  readonly pace: Pace;
  readonly warmupMs: number; // e.g. 3000
  readonly durationMs: number; // e.g. 20000
  /** Opens match number `i` (the caller picks the game, players and server). */
  readonly open: (i: number, latencies: () => Latencies | undefined) => Promise<LoadMatch>;
  /** The server's process id, for its CPU and memory. */
  readonly serverPid: number;
};

export type RunResult = {
  readonly label: string;
  readonly matches: number;
  readonly pace: Pace;
  readonly seconds: number; // measured, e.g. 20
  readonly moves: number;
  readonly movesPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
  readonly errorReasons: Readonly<Record<string, number>>;
  readonly gamesFinished: number;
  readonly server: UsageSummary;
  /** Server CPU time per measured move (all its threads), e.g. 2.1. */
  readonly serverCpuMsPerMove: number;
  /**
   * The load generator itself (this process, on the same cores): its CPU, and
   * how late its event loop ran (p99), which adds to every round trip it
   * measures. A high lag means the figures measure the machine, not the server.
   */
  readonly generator: { readonly cpuPercent: number; readonly loopLagP99Ms: number };
  /** The machine's 1-minute load average at the start and the end of the run (other work on the cores). */
  readonly loadAverage: readonly [number, number];
};

const HUMAN_MEAN_MS = 2000;
// Matches are opened this many at a time: the lobby's creation is not what we measure.
const OPEN_CONCURRENCY = 20;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Uniform in [0.5, 1.5] x the mean: a human's pause, mean 2 s. */
const humanPause = (): number => HUMAN_MEAN_MS * (0.5 + Math.random());
const pickOne = <T>(list: ReadonlyArray<T>): T | undefined => list[Math.floor(Math.random() * list.length)];

const openAll = async (plan: RunPlan, latencies: () => Latencies | undefined): Promise<Array<LoadMatch | undefined>> => {
  const matches: Array<LoadMatch | undefined> = new Array<LoadMatch | undefined>(plan.matches);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < plan.matches; i = next++) matches[i] = await plan.open(i, latencies);
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_CONCURRENCY, plan.matches) }, worker));
  return matches;
};

export const runLoad = async (plan: RunPlan): Promise<RunResult> => {
  let measuring: Latencies | undefined;
  const latencies = (): Latencies | undefined => measuring;
  const matches = await openAll(plan, latencies);
  let stopping = false;
  let gamesFinished = 0;
  let opened = plan.matches;

  // One loop per match slot: move, wait (human pace), replace the match when its game ends.
  const play = async (slot: number): Promise<void> => {
    // Spread the first moves over one pause so that load starts smooth.
    if (plan.pace === 'human') await sleep(Math.random() * HUMAN_MEAN_MS);
    while (!stopping) {
      const match = matches[slot];
      if (!match || match.over) {
        if (match) {
          match.close();
          if (measuring) gamesFinished++;
          matches[slot] = undefined;
        }
        // A new match for this slot; a server too busy to open one is an error, not the end of the run.
        try {
          matches[slot] = await plan.open(opened++, latencies);
        } catch (error) {
          measuring?.fail(`opening a match: ${error instanceof Error ? error.message : String(error)}`);
          await sleep(1000);
        }
        continue;
      }
      const seat: Seat | undefined = pickOne(match.ready());
      if (seat === undefined) {
        // Both seats wait on an answer (a resync after a refusal): look again shortly.
        await sleep(10);
        continue;
      }
      await match.move(seat);
      if (plan.pace === 'human' && !stopping) await sleep(humanPause());
    }
  };
  const loops = matches.map((_, slot) => play(slot));

  await sleep(plan.warmupMs);
  measuring = new Latencies();
  const sampler = new UsageSampler(plan.serverPid);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const ownCpu = process.cpuUsage();
  const loadAtStart = loadavg()[0] ?? 0;
  const started = performance.now();
  await sleep(plan.durationMs);
  const measured = measuring;
  measuring = undefined;
  const server = sampler.stop();
  const seconds = (performance.now() - started) / 1000;
  lag.disable();
  const own = process.cpuUsage(ownCpu);
  stopping = true;
  await Promise.all(loops);
  for (const match of matches) match?.close();

  return {
    label: plan.label,
    matches: plan.matches,
    pace: plan.pace,
    seconds: Math.round(seconds * 10) / 10,
    moves: measured.count,
    movesPerSecond: Math.round((measured.count / seconds) * 10) / 10,
    p50Ms: Math.round(measured.quantile(0.5) * 100) / 100,
    p99Ms: Math.round(measured.quantile(0.99) * 100) / 100,
    maxMs: Math.round(measured.quantile(1) * 100) / 100,
    errors: measured.errors,
    errorReasons: Object.fromEntries(measured.errorReasons),
    gamesFinished,
    server,
    serverCpuMsPerMove: measured.count > 0 ? Math.round(((server.cpuPercent / 100) * seconds * 1000 * 100) / measured.count) / 100 : 0,
    generator: {
      cpuPercent: Math.round(((own.user + own.system) / 1e6 / seconds) * 1000) / 10,
      // The histogram counts from the 10 ms sampling interval: subtract it.
      loopLagP99Ms: Math.round(Math.max(0, lag.percentile(99) / 1e6 - 10) * 10) / 10,
    },
    loadAverage: [Math.round(loadAtStart * 100) / 100, Math.round((loadavg()[0] ?? 0) * 100) / 100],
  };
};
