// The summary of a run, as JSON or as a table for people.
import type { Side } from '../../../game/state';
import type { Engine, GameRecord } from './types';

export type RunInfo = {
  readonly scenario: string;
  readonly seed: number;
  readonly players: { readonly [S in Side]: string };
  readonly engine: Engine;
  readonly notes: ReadonlyArray<string>;
};

/** Games by Outcome.winner: 'neither' is a trade war both sides lost (neither beat doing nothing). */
type Wins = { readonly us: number; readonly jp: number; readonly draw: number; readonly neither: number };

export type Summary = {
  readonly games: number;
  readonly wins: Wins;
  readonly crisisRate: number;
  readonly dealRate: number;
  readonly deadlineRate: number;
  readonly meanRounds: number;
  readonly meanScore: { readonly us: number; readonly jp: number };
  readonly meanJointScore: number;
  /** Games that ended in a deal, by who proposed it, and who won them. */
  readonly dealsBy: { readonly [S in Side]: Wins };
  /** Crises by whose choice tipped Stress to 100; "nobody" for news, the deadline snapback or a tie. */
  readonly crisisTippedBy: { readonly us: number; readonly jp: number; readonly nobody: number };
  readonly scenario: string;
  readonly seed: number;
  readonly seeds: { readonly first: number; readonly last: number };
  readonly players: { readonly [S in Side]: string };
  readonly engine: Engine;
  readonly notes: ReadonlyArray<string>;
};

const mean = (values: ReadonlyArray<number>): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * A warning when the rules scored some game as NaN or Infinity: the means
 * would be NaN (null in JSON) and the winner a guess, so say where it started.
 */
const scoringWarning = (records: ReadonlyArray<GameRecord>, seed: number): string | undefined => {
  const broken = records.flatMap((r, i) =>
    Number.isFinite(r.outcome.scores.us.total) && Number.isFinite(r.outcome.scores.jp.total) ? [] : [i],
  );
  const first = broken[0];
  if (first === undefined) return undefined;
  const { us, jp } = records[first]?.outcome.scores ?? {};
  return (
    `WARNING: the rules gave a score that is not a number in ${broken.length} of ${records.length} games ` +
    `(first: game ${first + 1}, setup seed ${seed + first}, US ${String(us?.total)}, Japan ${String(jp?.total)}): a bug in game/ scoring.`
  );
};

export const summarize = (records: ReadonlyArray<GameRecord>, info: RunInfo): Summary => {
  const games = records.length;
  const warning = scoringWarning(records, info.seed);
  const count = (test: (r: GameRecord) => boolean): number => records.filter(test).length;
  const rate = (n: number): number => (games === 0 ? 0 : n / games);
  const crises = records.filter((r) => r.outcome.reason === 'crisis');
  const winsOf = (these: ReadonlyArray<GameRecord>): Wins => ({
    us: these.filter((r) => r.outcome.winner === 'us').length,
    jp: these.filter((r) => r.outcome.winner === 'jp').length,
    draw: these.filter((r) => r.outcome.winner === 'draw').length,
    neither: these.filter((r) => r.outcome.winner === 'neither').length,
  });
  return {
    games,
    wins: winsOf(records),
    crisisRate: rate(crises.length),
    dealRate: rate(count((r) => r.outcome.reason === 'deal')),
    deadlineRate: rate(count((r) => r.outcome.reason === 'deadline')),
    meanRounds: mean(records.map((r) => r.outcome.round)),
    meanScore: { us: mean(records.map((r) => r.outcome.scores.us.total)), jp: mean(records.map((r) => r.outcome.scores.jp.total)) },
    meanJointScore: mean(records.map((r) => r.outcome.joint)),
    dealsBy: { us: winsOf(records.filter((r) => r.dealBy === 'us')), jp: winsOf(records.filter((r) => r.dealBy === 'jp')) },
    crisisTippedBy: {
      us: crises.filter((r) => r.outcome.tippedBy === 'us').length,
      jp: crises.filter((r) => r.outcome.tippedBy === 'jp').length,
      nobody: crises.filter((r) => r.outcome.tippedBy === undefined).length,
    },
    scenario: info.scenario,
    seed: info.seed,
    seeds: { first: info.seed, last: info.seed + Math.max(games - 1, 0) },
    players: info.players,
    engine: info.engine,
    notes: warning ? [warning, ...info.notes] : info.notes,
  };
};

export const toJson = (summary: Summary): string => JSON.stringify(summary);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(2);

export const formatTable = (s: Summary): string => {
  const rows: Array<[string, string, string]> = [
    ['US wins', String(s.wins.us), pct(s.games ? s.wins.us / s.games : 0)],
    ['Japan wins', String(s.wins.jp), pct(s.games ? s.wins.jp / s.games : 0)],
    ['Draws', String(s.wins.draw), pct(s.games ? s.wins.draw / s.games : 0)],
    ['Both lose', String(s.wins.neither), pct(s.games ? s.wins.neither / s.games : 0)],
    ['Crisis', String(Math.round(s.crisisRate * s.games)), pct(s.crisisRate)],
    ['Deal', String(Math.round(s.dealRate * s.games)), pct(s.dealRate)],
    ['Deadline', String(Math.round(s.deadlineRate * s.games)), pct(s.deadlineRate)],
  ];
  const means: Array<[string, string]> = [
    ['Mean rounds', num(s.meanRounds)],
    ['Mean score, US', num(s.meanScore.us)],
    ['Mean score, Japan', num(s.meanScore.jp)],
    ['Mean joint score', num(s.meanJointScore)],
  ];
  const w = 20;
  const lines = [
    `Card on the Table: ${s.games} game${s.games === 1 ? '' : 's'}, scenario ${s.scenario}, setup seeds ${s.seeds.first}..${s.seeds.last}, ${s.engine} engine`,
    `US: ${s.players.us}   Japan: ${s.players.jp}`,
    '',
    `${''.padEnd(w)}${'count'.padStart(8)}${'rate'.padStart(9)}`,
    ...rows.map(([label, n, r]) => `${label.padEnd(w)}${n.padStart(8)}${r.padStart(9)}`),
    '',
    ...means.map(([label, v]) => `${label.padEnd(w)}${v.padStart(8)}`),
  ];
  for (const side of ['us', 'jp'] as const) {
    const d = s.dealsBy[side];
    const n = d.us + d.jp + d.draw + d.neither;
    const label = `Deals by ${side === 'us' ? 'the US' : 'Japan'}`;
    if (n > 0) lines.push(`${label.padEnd(w)}${String(n).padStart(8)}   won by the US ${d.us}, Japan ${d.jp}; draws ${d.draw}; both lose ${d.neither}`);
  }
  if (s.crisisRate > 0) {
    lines.push(`${'Crises tipped by'.padEnd(w)}US ${s.crisisTippedBy.us}, Japan ${s.crisisTippedBy.jp}, nobody (news, snapback or a tie) ${s.crisisTippedBy.nobody}`);
  }
  if (s.notes.length > 0) lines.push('', 'Notes:', ...s.notes.map((n) => `- ${n}`));
  return lines.join('\n');
};
