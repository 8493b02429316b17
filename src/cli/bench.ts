// `npm run bench [-- --games N --client-games M --repeats R --matches N --duration S --only rules|server|client --json]`
// Complete games per second through the pure rules (the headless engine) and
// through boardgame.io's Client, with the same scripted players and seeds,
// measured in one run; prints each repeat, the medians and their ratio. Then
// the server under load (bench/server-load.ts): N matches of two socket
// clients against one server process, the real game against a trivial one.
import { parseArgs } from 'node:util';
import { integerFlag } from './flags';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../game/scenarios';
import { PAIRS, median } from './bench/measure';
import { formatBotBench } from './bench/bot';
import type { BotBench } from './bench/bot';
import { PARTS, inChild, runPart } from './bench/isolated';
import type { ClientPart, HeadlessPart, Part, PartOptions } from './bench/isolated';
import { formatServerLoad, runServerLoadBench } from './bench/server-load';
import type { ServerLoadReport } from './bench/server-load';
import { formatClientReport, runClientBench } from './bench/client';
import type { ClientReport } from './bench/client';

const TARGET = 10_000;

const USAGE = `Usage: npm run bench -- [--games N] [--client-games M] [--repeats R] [--scenario ID] [--json]
  --games N          games per repeat through the headless engine (default 20000)
  --client-games M   games per repeat through boardgame.io's Client (default 200)
  --repeats R        timed repeats after one warm-up (default 5)
  --matches N        concurrent matches in the server load runs (default 500)
  --duration S       measured seconds per server load run (default 20)
  --samples N        client section: time-to-interactive samples per screen (default 5); --only client runs just it
  --only PART        run only 'rules' (headless vs Client), 'bot' (rollouts, decision time) or 'server' (load)
  --bot-games N      games the bot section plays to time Hard's decisions (default 12)`;

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      games: { type: 'string' },
      'client-games': { type: 'string' },
      repeats: { type: 'string' },
      scenario: { type: 'string' },
      matches: { type: 'string' },
      duration: { type: 'string' },
      only: { type: 'string' },
      samples: { type: 'string' },
      'bot-games': { type: 'string' },
      // Internal: run one part in this process and print it as JSON (bench/isolated.ts).
      part: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const games = integerFlag('--games', values.games, 20_000, 1);
  const clientGames = integerFlag('--client-games', values['client-games'], 200, 1);
  const repeats = integerFlag('--repeats', values.repeats, 5, 1);
  const scenario = values.scenario ?? DEFAULT_SCENARIO;
  if (!SCENARIOS.some((s) => s.id === scenario)) throw new Error(`Unknown scenario "${scenario}"`);
  const only = values.only;
  const parts: PartOptions = { scenario, games, clientGames, repeats, botGames: integerFlag('--bot-games', values['bot-games'], 12, 1) };
  if (values.part !== undefined) {
    const part = PARTS.find((p) => p === values.part);
    if (!part) throw new Error(`--part must be one of ${PARTS.join(', ')}`);
    console.log(JSON.stringify(await runPart(part, parts)));
    return;
  }
  const isolated = <T>(part: Part): Promise<T> => inChild<T>(part, parts);
  // The client section (bench/client.ts): the first screen's bundle and time to interactive in Chromium.
  const runClient = (): Promise<ClientReport> => runClientBench({ samples: integerFlag('--samples', values.samples, 5, 1), progress: (line) => console.error(line) });
  if (only === 'client') {
    const client = await runClient();
    console.log(values.json ? JSON.stringify({ client }) : formatClientReport(client));
    return;
  }
  if (only !== undefined && only !== 'rules' && only !== 'server' && only !== 'bot') throw new Error(`--only must be rules, bot or server, got "${only}"`);
  if (only === 'bot') {
    const bot = await isolated<BotBench>('bot');
    console.log(values.json ? JSON.stringify({ bot }) : formatBotBench(bot));
    return;
  }
  const serverLoad = (): Promise<ServerLoadReport> =>
    runServerLoadBench({
      matches: integerFlag('--matches', values.matches, 500, 1),
      durationMs: integerFlag('--duration', values.duration, 20, 1) * 1000,
      warmupMs: 3000,
      progress: (line) => console.error(line),
    });
  if (only === 'server') {
    const load = await serverLoad();
    console.log(values.json ? JSON.stringify({ serverLoad: load }) : formatServerLoad(load));
    return;
  }

  // Each path in a process of its own, warmed up there (bench/isolated.ts); the
  // same seeds through both paths must end the same way.
  const headlessPart = await isolated<HeadlessPart>('headless');
  const clientPart = await isolated<ClientPart>('client');
  const rows = headlessPart.runs.map((run, i) => ({ ...run, client: clientPart.runs[i] ?? 0 }));
  const viaHeadless = headlessPart.outcomes;
  const viaClient = clientPart.outcomes;
  const sameOutcomes = viaClient.every((o, i) => JSON.stringify(o) === JSON.stringify(viaHeadless[i]));
  const med = {
    headless: median(rows.map((r) => r.headless)),
    headlessNoSetup: median(rows.map((r) => r.headlessNoSetup)),
    client: median(rows.map((r) => r.client)),
  };
  const ratio = med.headless / med.client;
  const report = {
    node: process.version,
    scenario,
    pairs: PAIRS.map(([us, jp]) => `${us}/${jp}`),
    gamesPerRepeat: { headless: games, client: clientGames },
    repeats,
    setup: 'included (createInitialState with a seeded shuffle, then newHeadless); headlessNoSetup builds the setup states before the clock',
    runs: rows.map((r) => ({
      headless: Math.round(r.headless),
      headlessNoSetup: Math.round(r.headlessNoSetup),
      client: Math.round(r.client),
    })),
    median: { headless: Math.round(med.headless), headlessNoSetup: Math.round(med.headlessNoSetup), client: Math.round(med.client) },
    ratio: Math.round(ratio * 10) / 10,
    target: TARGET,
    targetMet: med.headless >= TARGET,
    sameOutcomes,
  };
  const bot = await isolated<BotBench>('bot');
  const load = only === 'rules' ? undefined : await serverLoad();
  const clientReport = only === 'rules' ? undefined : await runClient();
  if (values.json) {
    console.log(JSON.stringify({ ...(load ? { ...report, bot, serverLoad: load } : { ...report, bot }), ...(clientReport ? { client: clientReport } : {}) }));
    return;
  }
  const f = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(12);
  console.log(
    [
      `Card on the Table bench: complete games per second on one core (Node ${process.version}), scenario ${scenario}`,
      `Players: ${report.pairs.join(', ')} (game i plays pair i mod ${PAIRS.length}; setup seed i)`,
      `Headless: createInitialState + newHeadless + playHeadless, scripted players called directly; setup INCLUDED.`,
      `  "no setup": the setup states are built before the clock starts (newHeadless's structuredClone is still timed).`,
      `Client: boardgame.io's Client (no server), one per game, moves via updatePlayerID + client.moves; setup included.`,
      `Games per repeat: ${games} headless, ${clientGames} Client; ${repeats} repeats after a warm-up.`,
      `Each path (and the bot below) runs in a Node process of its own (see bench/isolated.ts).`,
      '',
      `${'repeat'.padEnd(8)}${'headless'.padStart(12)}${'no setup'.padStart(12)}${'Client'.padStart(12)}`,
      ...report.runs.map((r, i) => `${String(i + 1).padEnd(8)}${f(r.headless)}${f(r.headlessNoSetup)}${f(r.client)}`),
      `${'median'.padEnd(8)}${f(med.headless)}${f(med.headlessNoSetup)}${f(med.client)}`,
      '',
      `Ratio headless / Client (medians, setup included): ${report.ratio}x`,
      `Target >= ${TARGET.toLocaleString('en-US')} games/s through the pure path: ${report.targetMet ? 'met' : 'NOT met'}`,
      `Same outcomes through both paths for the first ${clientGames} seeds: ${sameOutcomes ? 'yes' : 'NO'}`,
      '',
      formatBotBench(bot),
      ...(load ? ['', formatServerLoad(load)] : []),
      ...(clientReport ? ['', formatClientReport(clientReport)] : []),
    ].join('\n'),
  );
};

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
