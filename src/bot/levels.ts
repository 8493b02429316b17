// The bot's three strengths as data: how many rollouts it may spend on a
// decision, how far its action choice is pulled toward the heuristic anchor
// (the difficulty knob: a strong pull plays like the anchor, a weak one like
// the search), and how it bargains.
export const LEVELS = ['easy', 'normal', 'hard'] as const;
export type Level = (typeof LEVELS)[number];
export const isLevel = (name: string): name is Level => (LEVELS as ReadonlyArray<string>).includes(name);

export type LevelConfig = {
  readonly budget: number; //        2400  rollouts per moves-step decision (other steps use a fraction)
  readonly worlds: number; //        12    determinized worlds sampled per decision
  readonly myCandidates: number; //  8     own actions put in the payoff matrix
  readonly theirCandidates: number; // 6   opponent actions put in the payoff matrix
  readonly pull: number; //          0.5   temperature of the pull toward the anchor (points of score): large = anchor-bound
  readonly iterations: number; //    200   regret-matching iterations on the matrix
  readonly acceptMargin: number; //  1.5   a deal must beat no deal by this many points to be accepted
  readonly greed: number; //         0.7   the share of the bargaining weight on its own gain in round 1 (0.5 = Nash)
  readonly anchorNoise: number; //   0     random weight added to the anchor (a newcomer's unsteadiness)
  readonly winBonus: number; //      8     points a win is worth to it on top of the score (a loss costs as much): how much it plays to win, not just to gain
  readonly bargainToWin: boolean; // true  offers only deals it expects to win at least as often as the other side, and counters one it would lose (a newcomer does not)
  readonly leverage: number; //      0.5   weight of a move's effect on the next deal (search/leverage.ts): the chance the talks reach one; 0 = it does not see bargaining chips
};

export const LEVEL_CONFIG: { readonly [L in Level]: LevelConfig } = {
  easy: { budget: 300, worlds: 4, myCandidates: 5, theirCandidates: 3, pull: 20, iterations: 60, acceptMargin: 0, greed: 0.45, anchorNoise: 1.5, winBonus: 0, bargainToWin: false, leverage: 0 },
  normal: { budget: 900, worlds: 8, myCandidates: 7, theirCandidates: 5, pull: 3, iterations: 120, acceptMargin: 0.5, greed: 0.55, anchorNoise: 0.3, winBonus: 2, bargainToWin: true, leverage: 0 },
  hard: { budget: 2400, worlds: 12, myCandidates: 9, theirCandidates: 6, pull: 0.6, iterations: 200, acceptMargin: 1.5, greed: 0.75, anchorNoise: 0, winBonus: 8, bargainToWin: true, leverage: 0.5 },
};

/**
 * A level's settings with the rollout budget set for Hard (tournaments and
 * tests use small ones): the other levels keep their share of it, and every
 * level keeps its own number of worlds (a matrix cell gets at least one
 * rollout per world whatever the budget).
 */
export const configFor = (level: Level, budget?: number): LevelConfig => {
  const base = LEVEL_CONFIG[level];
  if (budget === undefined) return base;
  return { ...base, budget: Math.max(1, Math.round((budget * base.budget) / LEVEL_CONFIG.hard.budget)) };
};
