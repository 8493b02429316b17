// Elo-style ratings from game results: a Bradley-Terry fit by maximum
// likelihood (a win counts 1, a loss 0, a draw or a both-lose game a half),
// with one virtual drawn game between every pair that met so that a player who
// won every game still gets a finite rating. 95% intervals from the
// likelihood's curvature (each rating's own, the others held fixed).
export type Result = { readonly a: string; readonly b: string; readonly scoreA: number }; // scoreA: 1, 0.5 or 0
export type Rating = { readonly elo: number; readonly low: number; readonly high: number };

const ELO_PER_NATURAL = 400 / Math.LN10;
const MEAN = 1500;

export const fitRatings = (players: ReadonlyArray<string>, results: ReadonlyArray<Result>): { [player: string]: Rating } => {
  const index = new Map(players.map((p, i) => [p, i]));
  const n = players.length;
  const games: number[][] = players.map(() => new Array<number>(n).fill(0));
  const points: number[][] = players.map(() => new Array<number>(n).fill(0));
  const add = (i: number, j: number, s: number) => {
    const gi = games[i];
    const pi = points[i];
    if (gi && pi) {
      gi[j] = (gi[j] ?? 0) + 1;
      pi[j] = (pi[j] ?? 0) + s;
    }
  };
  for (const r of results) {
    const i = index.get(r.a);
    const j = index.get(r.b);
    if (i === undefined || j === undefined || i === j) continue;
    add(i, j, r.scoreA);
    add(j, i, 1 - r.scoreA);
  }
  // The prior: one virtual draw between every pair that played.
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j && (games[i]?.[j] ?? 0) > 0) add(i, j, 0.5);
  const theta = new Array<number>(n).fill(0);
  const info = new Array<number>(n).fill(0);
  for (let iter = 0; iter < 500; iter++) {
    for (let i = 0; i < n; i++) {
      let expected = 0;
      let scored = 0;
      let curvature = 0;
      for (let j = 0; j < n; j++) {
        const g = games[i]?.[j] ?? 0;
        if (g === 0) continue;
        const p = 1 / (1 + Math.exp((theta[j] ?? 0) - (theta[i] ?? 0)));
        expected += g * p;
        scored += points[i]?.[j] ?? 0;
        curvature += g * p * (1 - p);
      }
      info[i] = curvature;
      if (curvature > 0) theta[i] = (theta[i] ?? 0) + (scored - expected) / curvature;
    }
    const mean = theta.reduce((a, b) => a + b, 0) / Math.max(1, n);
    for (let i = 0; i < n; i++) theta[i] = (theta[i] ?? 0) - mean;
  }
  const out: { [player: string]: Rating } = {};
  players.forEach((p, i) => {
    const elo = MEAN + (theta[i] ?? 0) * ELO_PER_NATURAL;
    const half = (info[i] ?? 0) > 0 ? (1.96 / Math.sqrt(info[i] ?? 1)) * ELO_PER_NATURAL : Infinity;
    out[p] = { elo: Math.round(elo), low: Math.round(elo - half), high: Math.round(elo + half) };
  });
  return out;
};
