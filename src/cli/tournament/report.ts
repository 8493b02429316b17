// The tournament as a table for people, or as the documented JSON object.
import type { TournamentResult } from './run';

/** Exactly { pairings, ratings }, each pairing with exactly the documented fields. */
export const tournamentJson = (r: TournamentResult): string =>
  JSON.stringify({
    pairings: r.pairings.map((p) => ({
      us: p.us,
      jp: p.jp,
      games: p.games,
      usWins: p.usWins,
      jpWins: p.jpWins,
      draws: p.draws,
      neither: p.neither,
      crises: p.crises,
      deals: p.deals,
    })),
    ratings: r.ratings,
  });

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${Math.round((n / d) * 100)}%`);

/** Per player, both sides pooled, against everyone else: wins, losses and the share of decisive games won. */
const standings = (r: TournamentResult) =>
  Object.keys(r.ratings).map((player) => {
    let games = 0;
    let wins = 0;
    let losses = 0;
    let neither = 0;
    for (const p of r.pairings) {
      if (p.us === p.jp) continue;
      const side = p.us === player ? 'us' : p.jp === player ? 'jp' : undefined;
      if (side === undefined) continue;
      games += p.games;
      wins += side === 'us' ? p.usWins : p.jpWins;
      losses += side === 'us' ? p.jpWins : p.usWins;
      neither += p.neither;
    }
    return { player, games, wins, losses, neither };
  });

export const formatTournament = (r: TournamentResult, info: { games: number; seed: number; scenario: string; budget: number | undefined }): string => {
  const w = Math.max(12, ...r.pairings.map((p) => Math.max(p.us.length, p.jp.length))) + 2;
  const head = ['games', 'US win', 'JP win', 'draw', 'both lose', 'crisis', 'deal'];
  const row = (cells: ReadonlyArray<string>) => cells.map((c) => c.padStart(10)).join('');
  const lines = [
    `Card on the Table tournament: ${info.games} games a pairing and side order, setup seeds ${info.seed}..${info.seed + info.games - 1} ` +
      `in every pairing (sides swapped on the same seeds), scenario ${info.scenario}, bot budget ${info.budget ?? "each level's own"}`,
    'Win: above 0 (better than doing nothing) and above the other side. Both lose: neither side above 0.',
    '',
    `${'US'.padEnd(w)}${'Japan'.padEnd(w)}${row(head)}`,
    ...r.pairings.map(
      (p) =>
        `${p.us.padEnd(w)}${p.jp.padEnd(w)}${row([
          String(p.games),
          pct(p.usWins, p.games),
          pct(p.jpWins, p.games),
          pct(p.draws, p.games),
          pct(p.neither, p.games),
          pct(p.crises, p.games),
          pct(p.deals, p.games),
        ])}`,
    ),
    '',
    'Ratings (Elo scale, mean 1500; a draw or a both-lose game counts a half; 95% interval):',
    `${'player'.padEnd(w)}${row(['elo', 'low', 'high', 'games', 'won', 'lost', 'both lose', 'won/decisive'])}`,
    ...standings(r)
      .sort((a, b) => (r.ratings[b.player]?.elo ?? 0) - (r.ratings[a.player]?.elo ?? 0))
      .map((s) => {
        const rating = r.ratings[s.player];
        return `${s.player.padEnd(w)}${row([
          String(rating?.elo ?? ''),
          String(rating?.low ?? ''),
          String(rating?.high ?? ''),
          String(s.games),
          String(s.wins),
          String(s.losses),
          String(s.neither),
          pct(s.wins, s.wins + s.losses),
        ])}`;
      }),
  ];
  return lines.join('\n');
};
