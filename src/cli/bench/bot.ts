// The bot's part of `npm run bench`: its rollouts per second (from
// determinized states to the end of the game: from round 1, and from the
// states its searches really start from over whole games), and how long a
// Hard decision takes, by step, at its own budget.
import type { HeapProfiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import type { Phase } from '../../../game/flow';
import { newHeadless, playHeadless } from '../../../game/headless';
import type { Decider } from '../../../game/headless';
import { seededRng } from '../../../game/seeded';
import type { Choice, GameState, Side } from '../../../game/state';
import { beliefOf } from '../../bot/belief';
import { makeBot } from '../../bot/bot';
import { makePlayer } from '../../bot/players';
import type { PlayerName } from '../../bot/players';
import { rolloutFromMoves } from '../../bot/search/rollout';
import { sampleWorlds } from '../../bot/search/worlds';
import { playerSeed } from '../sim/seeds';
import { median } from './measure';
import { createInitialState } from '../../../game/setup';
import { scenarioById } from '../../../game/scenarios';
import { seededShuffler } from '../../bot/rng';

export const ROLLOUT_TARGET = 50_000;
export const DECISION_TARGET_MS = 300;

const STAND: Choice = { action: { type: 'standPat' }, signal: undefined };
const OPPONENTS: ReadonlyArray<PlayerName> = ['hard', 'tit-for-tat', 'hawk', 'coercer', 'random', 'dove'];

const setupOf = (scenario: string, seed: number): GameState => createInitialState(scenarioById(scenario), seededShuffler(seededRng(seed)));

/** `count` rollouts from these worlds in turn, both sides standing pat in the round searched. */
const rollouts = (worlds: ReadonlyArray<{ world: GameState; me: Side }>, count: number, seed: number): void => {
  const rng = seededRng(seed);
  for (let i = 0; i < count; i++) {
    const w = worlds[i % worlds.length];
    if (w) rolloutFromMoves(w.world, { us: STAND, jp: STAND }, rng);
  }
};

/**
 * Rollouts a second of this process's CPU time (not wall time: the machine is
 * shared, and "on one core" is the target) from these worlds (each a
 * determinized state in the moves step), over `count` rollouts.
 */
const rolloutRate = (worlds: ReadonlyArray<{ world: GameState; me: Side }>, count: number): number => {
  const start = process.cpuUsage();
  rollouts(worlds, count, 1);
  const used = process.cpuUsage(start);
  return (count / (used.user + used.system)) * 1e6;
};

/**
 * Bytes a rollout allocates, garbage included, from V8's sampling heap
 * profiler (one sample per 256 bytes on average; objects the minor and major
 * collections freed are kept in the profile). Allocation was most of a
 * rollout's cost (docs/bot.md), so it is reported beside the speed.
 */
const bytesPerRollout = async (worlds: ReadonlyArray<{ world: GameState; me: Side }>, count: number): Promise<number> => {
  const session = new Session();
  session.connect();
  try {
    // The two include flags are V8's (Node's typings predate them).
    const params: HeapProfiler.StartSamplingParameterType & { includeObjectsCollectedByMinorGC: boolean; includeObjectsCollectedByMajorGC: boolean } = {
      samplingInterval: 256,
      includeObjectsCollectedByMinorGC: true,
      includeObjectsCollectedByMajorGC: true,
    };
    await session.post('HeapProfiler.startSampling', params);
    rollouts(worlds, count, 2);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    type Node = { readonly selfSize: number; readonly children: ReadonlyArray<Node> };
    const total = (node: Node): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
    return total(profile.head) / count;
  } finally {
    session.disconnect();
  }
};

export type BotBench = {
  readonly rolloutsPerSecond: { readonly fromRoundOne: number; readonly fromSearchStates: number; readonly meanRound: number };
  readonly bytesPerRollout: number; // from the searched states
  readonly decisionMs: { readonly [step: string]: { readonly count: number; readonly p50: number; readonly p95: number; readonly max: number } };
  readonly hardP95: number;
  readonly games: number;
  readonly targets: { readonly rollouts: number; readonly decisionMs: number; readonly rolloutsMet: boolean; readonly decisionMet: boolean };
};

export const runBotBench = async (scenario: string, games: number, rollouts: number): Promise<BotBench> => {
  // Decision times: Hard at its own budget against a mix of players, both sides; the moves steps' views kept for the rollout figure.
  const times: { [step: string]: number[] } = {};
  const searchStates: Array<{ world: GameState; me: Side }> = [];
  for (let i = 0; i < games; i++) {
    const hardSide: Side = i % 2 === 0 ? 'us' : 'jp';
    const hard = makeBot({ level: 'hard', seed: playerSeed(i, hardSide) });
    const timed: Decider = (view, phase: Phase, side) => {
      const start = performance.now();
      const decision = hard(view, phase, side);
      (times[phase] ??= []).push(performance.now() - start);
      if (phase === 'moves') {
        const worlds = sampleWorlds(view, side, beliefOf(view, side), 2, i);
        for (const world of worlds) searchStates.push({ world, me: side });
      }
      return decision;
    };
    const other = makePlayer(OPPONENTS[i % OPPONENTS.length] ?? 'dove', playerSeed(i, hardSide === 'us' ? 'jp' : 'us'));
    playHeadless(newHeadless(setupOf(scenario, 1000 + i)), hardSide === 'us' ? { us: timed, jp: other } : { us: other, jp: timed });
  }
  const roundOne = sampleWorlds(
    (() => {
      const m = newHeadless(setupOf(scenario, 7));
      return { ...m.G, deck: [], noWar: undefined, agendas: { us: m.G.agendas.us, jp: [] } } as GameState;
    })(),
    'us',
    beliefOf(setupOf(scenario, 7), 'us'),
    16,
    3,
  ).map((world) => ({ world: { ...world, news: undefined, round: 1 } as GameState, me: 'us' as Side }));
  rolloutRate(roundOne, Math.min(rollouts, 5000)); // warm-up
  // The median of five: on a shared machine a single run can land on a neighbour's busy second.
  const fromRoundOne = median([0, 1, 2, 3, 4].map(() => rolloutRate(roundOne, rollouts)));
  const fromSearchStates = median([0, 1, 2, 3, 4].map(() => rolloutRate(searchStates, rollouts)));
  const bytes = await bytesPerRollout(searchStates, Math.min(rollouts, 5000));
  const meanRound = searchStates.reduce((a, s) => a + s.world.round, 0) / Math.max(1, searchStates.length);
  const pct = (xs: number[], q: number): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  };
  const decisionMs = Object.fromEntries(
    Object.entries(times).map(([step, xs]) => [step, { count: xs.length, p50: pct(xs, 0.5), p95: pct(xs, 0.95), max: pct(xs, 1) }]),
  );
  const all = Object.values(times).flat();
  const hardP95 = pct(all, 0.95);
  return {
    rolloutsPerSecond: { fromRoundOne, fromSearchStates, meanRound },
    bytesPerRollout: bytes,
    decisionMs,
    hardP95,
    games,
    targets: {
      rollouts: ROLLOUT_TARGET,
      decisionMs: DECISION_TARGET_MS,
      rolloutsMet: fromSearchStates >= ROLLOUT_TARGET,
      decisionMet: hardP95 <= DECISION_TARGET_MS,
    },
  };
};

export const formatBotBench = (b: BotBench): string => {
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  return [
    `The bot (src/bot): rollouts to the end of the game on one core, and Hard's decision time at its own budget`,
    `  rollouts/s from round 1 (a whole game, the worst case):        ${f(b.rolloutsPerSecond.fromRoundOne).padStart(9)}`,
    `  rollouts/s from the states Hard searched in ${b.games} games (mean round ${b.rolloutsPerSecond.meanRound.toFixed(1)}): ${f(b.rolloutsPerSecond.fromSearchStates).padStart(9)}` +
      `  (target >= ${f(b.targets.rollouts)}: ${b.targets.rolloutsMet ? 'met' : 'NOT met'})`,
    `  allocated per rollout from those states (V8's sampling heap profiler, garbage included): ${(b.bytesPerRollout / 1024).toFixed(1)} KB`,
    `  Hard decision time, ms (${b.games} games against a mix of players, both sides):`,
    ...Object.entries(b.decisionMs).map(
      ([step, t]) => `    ${step.padEnd(8)} n=${String(t.count).padStart(4)}  p50 ${t.p50.toFixed(1).padStart(6)}  p95 ${t.p95.toFixed(1).padStart(6)}  max ${t.max.toFixed(1).padStart(6)}`,
    ),
    `  all steps p95 ${b.hardP95.toFixed(1)} ms (target <= ${b.targets.decisionMs} ms: ${b.targets.decisionMet ? 'met' : 'NOT met'})`,
  ].join('\n');
};
