// A small seeded tournament: Hard beats Normal and Normal beats Easy in the
// games that have a winner (both sides pooled), and the JSON is exactly the
// documented shape. Small budgets keep it fast; the full table is in docs/bot.md.
import { describe, expect, it } from 'vitest';
import { parseTournamentArgs } from '../../src/cli/tournament/args';
import { tournamentJson } from '../../src/cli/tournament/report';
import { runTournament } from '../../src/cli/tournament/run';
import type { Pairing } from '../../src/cli/tournament/run';

/** a's wins and losses against b, as either side. */
const record = (pairings: ReadonlyArray<Pairing>, a: string, b: string) => {
  let won = 0;
  let lost = 0;
  for (const p of pairings) {
    if (p.us === a && p.jp === b) {
      won += p.usWins;
      lost += p.jpWins;
    }
    if (p.us === b && p.jp === a) {
      won += p.jpWins;
      lost += p.usWins;
    }
  }
  return { won, lost };
};

describe('npm run tournament', () => {
  it('ranks Hard above Normal above Easy on paired seeds, sides swapped', async () => {
    const options = parseTournamentArgs(['--players', 'hard,normal,easy', '--games', '4', '--seed', '1', '--budget', '60', '--no-progress']);
    if (options === 'help') throw new Error('expected options');
    const result = await runTournament(options);
    const hardNormal = record(result.pairings, 'hard', 'normal');
    const normalEasy = record(result.pairings, 'normal', 'easy');
    expect(hardNormal.won).toBeGreaterThan(hardNormal.lost);
    expect(normalEasy.won).toBeGreaterThan(normalEasy.lost);
    expect(result.ratings.hard?.elo).toBeGreaterThan(result.ratings.easy?.elo ?? Infinity);

    const json = JSON.parse(tournamentJson(result)) as { pairings: Array<Record<string, unknown>>; ratings: Record<string, unknown> };
    expect(Object.keys(json)).toEqual(['pairings', 'ratings']);
    for (const p of json.pairings) expect(Object.keys(p)).toEqual(['us', 'jp', 'games', 'usWins', 'jpWins', 'draws', 'neither', 'crises', 'deals']);
    for (const r of Object.values(json.ratings)) expect(Object.keys(r as object)).toEqual(['elo', 'low', 'high']);
    // Every ordered pair of different players, plus each level's mirror.
    expect(json.pairings).toHaveLength(9);
  }, 180_000); // 36 games: about 15 s alone, several times that beside other test files and CPU-bound work
});
