// Each engine is timed in a process of its own. In one process, boardgame.io's
// Client (immer drafts, frozen states) and the headless engine pass different
// kinds of objects through the same rule functions, whose code V8 then keeps
// generic: the headless engine measured 25% slower after a Client run than
// alone. Simulations, tournaments and the bot's worker never run the Client,
// so a process of its own is the honest measure of each path.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '../../../game/state';
import { runBotBench } from './bot';
import type { BotBench } from './bot';
import { timeClient, timeHeadless, timeHeadlessWithoutSetup } from './measure';

export const PARTS = ['headless', 'client', 'bot'] as const;
export type Part = (typeof PARTS)[number];

export type PartOptions = {
  readonly scenario: string;
  readonly games: number; //        headless games per repeat
  readonly clientGames: number; //  Client games per repeat (and the seeds whose outcomes are compared)
  readonly repeats: number;
  readonly botGames: number;
};

export type HeadlessPart = {
  readonly runs: ReadonlyArray<{ readonly headless: number; readonly headlessNoSetup: number }>;
  readonly outcomes: ReadonlyArray<Outcome>; // of seeds 0..clientGames-1, to compare with the Client's
};
export type ClientPart = { readonly runs: ReadonlyArray<number>; readonly outcomes: ReadonlyArray<Outcome> };

/** Runs one part in this process (the child's side). */
export const runPart = async (part: Part, o: PartOptions): Promise<HeadlessPart | ClientPart | BotBench> => {
  switch (part) {
    case 'headless': {
      timeHeadless(o.scenario, 0, Math.min(o.games, 2000)); // warm-up, not counted
      const outcomes: Outcome[] = [];
      timeHeadless(o.scenario, 0, o.clientGames, outcomes);
      const runs = Array.from({ length: o.repeats }, () => ({
        headless: timeHeadless(o.scenario, 0, o.games).gamesPerSecond,
        headlessNoSetup: timeHeadlessWithoutSetup(o.scenario, 0, o.games).gamesPerSecond,
      }));
      return { runs, outcomes };
    }
    case 'client': {
      await timeClient(o.scenario, 0, Math.min(o.clientGames, 20)); // warm-up, not counted
      const outcomes: Outcome[] = [];
      const runs: number[] = [];
      for (let r = 0; r < o.repeats; r++) runs.push((await timeClient(o.scenario, 0, o.clientGames, r === 0 ? outcomes : undefined)).gamesPerSecond);
      return { runs, outcomes };
    }
    case 'bot':
      return runBotBench(o.scenario, o.botGames, 20_000);
  }
};

const BENCH_ENTRY = fileURLToPath(new URL('../bench.ts', import.meta.url));

/** Runs one part in a fresh Node process with the same loader flags (tsx), and returns what it printed as JSON. */
export const inChild = <T>(part: Part, o: PartOptions): Promise<T> =>
  new Promise((resolve, reject) => {
    const args = [
      ...process.execArgv,
      BENCH_ENTRY,
      `--part=${part}`,
      `--scenario=${o.scenario}`,
      `--games=${o.games}`,
      `--client-games=${o.clientGames}`,
      `--repeats=${o.repeats}`,
      `--bot-games=${o.botGames}`,
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench part ${part} exited with code ${String(code)}`));
      try {
        resolve(JSON.parse(out) as T);
      } catch {
        reject(new Error(`bench part ${part} printed no JSON`));
      }
    });
  });
