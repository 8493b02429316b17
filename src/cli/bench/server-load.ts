// The server load bench (part of `npm run bench`): one server process on a
// loopback port, N matches of two socket clients each. Three runs: the trivial
// one-move game at human pace (the baseline: the same server code with the
// rules swapped, see server-load-trivial-game.ts), then the real game at
// human pace and flat out. Each run starts a fresh server with an empty
// store, so no run inherits another's matches.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GAME_NAME } from '../../../game/index';
import { LoadMatch } from './server-load-client';
import { realPlayers, trivialPlayers } from './server-load-players';
import { startServer } from './server-load-process';
import { runLoad } from './server-load-run';
import type { Pace, RunResult } from './server-load-run';

export type ServerLoadOptions = {
  readonly matches: number; // e.g. 500
  readonly durationMs: number; // measured time per run, e.g. 20000
  readonly warmupMs: number; // e.g. 3000
  /** Extra environment for the server (DATABASE_URL to bench PostgreSQL, say). */
  readonly serverEnv?: Readonly<Record<string, string>>;
  /** Progress lines (to stderr), so a long bench is not silent. */
  readonly progress?: (line: string) => void;
};

export type ServerLoadReport = {
  readonly node: string;
  readonly matches: number;
  readonly storage: string; // e.g. 'embedded (DATA_DIR)' or 'PostgreSQL'
  readonly runs: ReadonlyArray<RunResult>;
  readonly targets: {
    readonly p99AtMostMs: number;
    readonly ratioToTrivialAtMost: number;
    readonly p99Ms: number;
    readonly ratioToTrivial: number;
    readonly errors: number;
    readonly met: boolean;
  };
};

const SERVER_ENTRY = { real: 'src/server/main.ts', trivial: 'src/cli/bench/server-load-trivial-main.ts' } as const;
const TARGET_P99_MS = 50;
const TARGET_RATIO = 1.5;

type Game = 'trivial' | 'real';

const oneServer = async (
  options: ServerLoadOptions,
  game: Game,
  runs: ReadonlyArray<{ readonly label: string; readonly pace: Pace }>,
): Promise<RunResult[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cott-bench-'));
  const server = await startServer(SERVER_ENTRY[game], {
    DATA_DIR: dataDir,
    // As deployed: boardgame.io's immer and checks in their production builds.
    NODE_ENV: 'production',
    // The generator creates and joins hundreds of matches from one address.
    LOBBY_RATE_PER_MINUTE: '1000000',
    ...options.serverEnv,
  });
  try {
    const results: RunResult[] = [];
    for (const run of runs) {
      options.progress?.(`server load: ${run.label}, ${options.matches} matches, ${options.durationMs / 1000} s ...`);
      results.push(
        await runLoad({
          label: run.label,
          matches: options.matches,
          pace: run.pace,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
          serverPid: server.pid,
          open: (i, latencies) => LoadMatch.open(server.url, GAME_NAME, game === 'real' ? realPlayers(i) : trivialPlayers, latencies),
        }),
      );
    }
    return results;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver stderr: ${server.stderr().slice(-2000)}`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export const runServerLoadBench = async (options: ServerLoadOptions): Promise<ServerLoadReport> => {
  const [trivial] = await oneServer(options, 'trivial', [{ label: 'trivial game, human pace', pace: 'human' }]);
  const real = await oneServer(options, 'real', [
    { label: 'real game, human pace', pace: 'human' },
    { label: 'real game, flat out', pace: 'flat-out' },
  ]);
  const [human] = real;
  if (!trivial || !human) throw new Error('A load run gave no result');
  const ratio = trivial.p99Ms > 0 ? human.p99Ms / trivial.p99Ms : Infinity;
  return {
    node: process.version,
    matches: options.matches,
    storage: options.serverEnv?.DATABASE_URL ? 'PostgreSQL' : 'embedded (LMDB under DATA_DIR)',
    runs: [trivial, ...real],
    targets: {
      p99AtMostMs: TARGET_P99_MS,
      ratioToTrivialAtMost: TARGET_RATIO,
      p99Ms: human.p99Ms,
      ratioToTrivial: Math.round(ratio * 100) / 100,
      errors: human.errors,
      met: human.p99Ms <= TARGET_P99_MS && human.errors === 0 && ratio <= TARGET_RATIO,
    },
  };
};

const pad = (text: string | number, width: number): string => String(text).padStart(width);

export const formatServerLoad = (report: ServerLoadReport): string =>
  [
    `Server load: ${report.matches} matches x 2 socket clients against one server process (loopback), storage ${report.storage}.`,
    `Human pace: each match moves every 2 s on average (uniform 1-3 s). Flat out: each match moves as soon as its last move is answered.`,
    `Round trip: from sending a move to the update carrying it. CPU: % of one core; ms/move: server CPU per measured move.`,
    `Generator: the load generator's own CPU and event-loop lag (p99), on the same cores: its lag adds to every round trip. Load: the machine's 1-min load average, start-end.`,
    '',
    `${'run'.padEnd(26)}${pad('moves/s', 8)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('max ms', 8)}${pad('errors', 7)}${pad('games', 6)}` +
      `${pad('CPU %', 7)}${pad('ms/move', 8)}${pad('RSS MB', 7)}${pad('peak', 5)}${pad('gen %', 7)}${pad('gen lag', 8)}${pad('load', 11)}`,
    ...report.runs.map(
      (r) =>
        `${r.label.padEnd(26)}${pad(r.movesPerSecond, 8)}${pad(r.p50Ms, 8)}${pad(r.p99Ms, 8)}${pad(r.maxMs, 8)}${pad(r.errors, 7)}${pad(r.gamesFinished, 6)}` +
        `${pad(r.server.cpuPercent, 7)}${pad(r.serverCpuMsPerMove, 8)}${pad(r.server.rssMeanMB, 7)}${pad(r.server.rssPeakMB, 5)}` +
        `${pad(r.generator.cpuPercent, 7)}${pad(r.generator.loopLagP99Ms, 8)}${pad(`${r.loadAverage[0]}-${r.loadAverage[1]}`, 11)}`,
    ),
    ...report.runs.flatMap((r) => Object.entries(r.errorReasons).map(([reason, n]) => `  ${r.label}: ${n} x ${reason}`)),
    '',
    `Target at human pace: p99 <= ${report.targets.p99AtMostMs} ms (${report.targets.p99Ms}), zero errors (${report.targets.errors}), ` +
      `<= ${report.targets.ratioToTrivialAtMost}x the trivial game's p99 (${report.targets.ratioToTrivial}x): ${report.targets.met ? 'met' : 'NOT met'}` +
      (report.matches === 500 ? '' : ` (the target is set at 500 matches; this run had ${report.matches})`),
    ...(Math.max(...report.runs.flatMap((r) => r.loadAverage)) > availableParallelism()
      ? [`Note: the load average exceeded the machine's ${availableParallelism()} cores during these runs: other work competed for the CPU, and the round trips include that wait.`]
      : []),
  ].join('\n');
