// Solving the round's payoff matrix: both sides' utilities for every pair of
// candidate actions, by regret minimisation pulled toward each side's anchor
// policy (piKL-Hedge, as in the Diplomacy agents of Bakhtin et al. 2022):
// each iteration a side plays  anchor(a) * exp(mean utility of a / pull),
// against the other's current mix; the answer is the average mix. A large
// pull keeps a side near its anchor; a small one plays close to a best
// response to an equilibrium. The game is not zero-sum: each side has its
// own matrix.

export type Matrix = ReadonlyArray<ReadonlyArray<number>>; // [my action][their action]

export type SolveInput = {
  readonly mine: Matrix; //          my utility
  readonly theirs: Matrix; //        their utility, same indices
  readonly myAnchor: ReadonlyArray<number>;
  readonly theirAnchor: ReadonlyArray<number>;
  readonly myPull: number;
  readonly theirPull: number;
  readonly iterations: number;
};

export type Solution = {
  readonly mine: ReadonlyArray<number>; //  my policy (sums to 1)
  readonly theirs: ReadonlyArray<number>; // what I expect of the opponent
  readonly values: ReadonlyArray<number>; // my expected utility of each action against their expected policy
};

const anchored = (anchor: ReadonlyArray<number>, q: ReadonlyArray<number>, pull: number): number[] => {
  const top = Math.max(...q);
  const raw = q.map((v, i) => Math.max(anchor[i] ?? 0, 1e-6) * Math.exp((v - top) / pull));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / total);
};

const normalized = (xs: ReadonlyArray<number>): number[] => {
  const total = xs.reduce((a, b) => a + b, 0);
  return total > 0 ? xs.map((x) => x / total) : xs.map(() => 1 / xs.length);
};

export const solve = (input: SolveInput): Solution => {
  const m = input.mine.length;
  const n = input.mine[0]?.length ?? 0;
  const myAnchor = normalized(input.myAnchor);
  const theirAnchor = normalized(input.theirAnchor);
  let p = myAnchor.slice();
  let q = theirAnchor.slice();
  const qMine = new Array<number>(m).fill(0); // cumulative expected utility per action
  const qTheirs = new Array<number>(n).fill(0);
  const avgP = new Array<number>(m).fill(0);
  const avgQ = new Array<number>(n).fill(0);
  for (let t = 1; t <= input.iterations; t++) {
    for (let a = 0; a < m; a++) {
      let v = 0;
      const row = input.mine[a] ?? [];
      for (let b = 0; b < n; b++) v += (row[b] ?? 0) * (q[b] ?? 0);
      qMine[a] = (qMine[a] ?? 0) + v;
    }
    for (let b = 0; b < n; b++) {
      let v = 0;
      for (let a = 0; a < m; a++) v += (input.theirs[a]?.[b] ?? 0) * (p[a] ?? 0);
      qTheirs[b] = (qTheirs[b] ?? 0) + v;
    }
    p = anchored(myAnchor, qMine.map((v) => v / t), input.myPull);
    q = anchored(theirAnchor, qTheirs.map((v) => v / t), input.theirPull);
    for (let a = 0; a < m; a++) avgP[a] = (avgP[a] ?? 0) + (p[a] ?? 0);
    for (let b = 0; b < n; b++) avgQ[b] = (avgQ[b] ?? 0) + (q[b] ?? 0);
  }
  const mine = normalized(avgP);
  const theirs = normalized(avgQ);
  const values = input.mine.map((row) => row.reduce((v, u, b) => v + u * (theirs[b] ?? 0), 0));
  return { mine, theirs, values };
};

/** An index drawn from a policy with a number in [0, 1). */
export const drawIndex = (policy: ReadonlyArray<number>, r: number): number => {
  let left = r;
  for (let i = 0; i < policy.length; i++) {
    left -= policy[i] ?? 0;
    if (left < 0) return i;
  }
  return policy.length - 1;
};
