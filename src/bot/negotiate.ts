// Negotiation. A deal is worth its projected result against no deal (the
// disagreement point), for both sides, in the same sampled worlds (so the
// opponent's side is valued under the belief over its agendas). The bot
// proposes near the Nash bargaining point, weighted toward itself early and
// conceding toward the plain Nash point as the deadline nears; its k-th
// proposal of a round is the k-th best bundle, so a rejected offer is never
// repeated in that round; it accepts what beats no deal by a margin. Every
// valuation is seeded by the round (and the offer) alone: asking again gets
// the same answer, so a lopsided deal cannot be farmed.
//
// It bargains to win, not only to gain: the game is won by scoring above zero
// AND above the other side, and a deal lifts the two sides unequally (it
// cancels the deadline snapback, which costs Japan more). So each valuation
// also counts how often each side wins, and the bot proposes only bundles
// under which it expects to win at least as often as the other side.
//
// And it is wary: the other side knows its own agendas, so a deal it offers or
// accepts is one it expects to win. Worlds where a deal would leave the other
// side losing count for less (MADE_IF_THEY_LOSE), or every deal it accepted
// would be one the bot overrated (adverse selection).
import { endByDeal } from '../../game/round';
import { rulesOf } from '../../game/rules';
import { seededRng } from '../../game/seeded';
import { talkOptions, termsProblem } from '../../game/talk-options';
import { applyDeal } from '../../game/terms';
import { otherSide } from '../../game/state';
import type { Draft, GameState, Outcome, Side, Terms } from '../../game/state';
import type { LevelConfig } from './levels';
import { hashSeed } from './rng';
import { copyWorld } from './search/copy-world';
import { rolloutFromTalks, utility } from './search/rollout';
import type { Habits } from './search/rollout';

/** What a valuation needs besides the worlds: the bot's side, its win bonus, the opponent's habits, and whether it is wary (below). */
export type Valuer = { readonly me: Side; readonly winBonus: number; readonly habits: Habits; readonly wary: boolean };

/**
 * How much less likely a deal is to be made (offered by the other side, or
 * accepted by it) in a world where the other side would lose by it. The
 * other side knows its own agendas: an offer it makes is one it expects to
 * win, and one it accepts is one it does not expect to lose. So a wary bot
 * values a deal in the worlds where it would really be made (Bayes, with
 * this likelihood), not in every world its belief allows (the winner's curse
 * of bargaining against private information).
 */
export const MADE_IF_THEY_LOSE = 0.5;

export type Gains = { readonly me: number; readonly them: number };
/** Both sides' gains, and how often (share of worlds) each side wins if this happens. */
export type Estimate = Gains & { readonly win: number; readonly lose: number };
export type Valued = { readonly terms: Terms; readonly gains: Estimate };

/** Adds one outcome to running sums, with a weight: both utilities and who won. */
type Tally = { me: number; them: number; win: number; lose: number; weight: number };
const tally = (t: Tally, outcome: Outcome, v: Valuer, weight = 1): void => {
  const them = otherSide(v.me);
  t.me += weight * utility(outcome, v.me, v.winBonus);
  t.them += weight * utility(outcome, them);
  if (outcome.winner === v.me) t.win += weight;
  else if (outcome.winner === them) t.lose += weight;
  t.weight += weight;
};

/** The tally's weighted means. */
const meanOf = (t: Tally): Estimate => {
  const n = Math.max(1e-9, t.weight);
  return { me: t.me / n, them: t.them / n, win: t.win / n, lose: t.lose / n };
};

/** Both sides' mean utility if no deal is made now (the cheap policy plays on), and how often each wins then. */
export const disagreement = (worlds: ReadonlyArray<GameState>, v: Valuer, reps: number, seed: number): Estimate => {
  const t: Tally = { me: 0, them: 0, win: 0, lose: 0, weight: 0 };
  worlds.forEach((world, w) => {
    for (let r = 0; r < reps; r++) {
      tally(t, rolloutFromTalks(world, seededRng(hashSeed(`${seed}/${w}/${r}`)), undefined, v.habits), v);
    }
  });
  return meanOf(t);
};

/** Applies a deal accepted now to `G`; a comprehensive one ends the game (the remaining rounds projected). */
const acceptDeal = (G: Draft, terms: Terms, comprehensive: boolean): void => {
  applyDeal(G, terms, rulesOf(G).params);
  G.talks.open = undefined;
  if (comprehensive) endByDeal(G);
};

/** How a comprehensive deal accepted now in `world` ends the game (the world is not changed). */
export const projectedDeal = (world: GameState, terms: Terms): Outcome | undefined => {
  const G = copyWorld(world);
  acceptDeal(G, terms, true);
  return G.outcome;
};

/** Both sides' mean gain over no deal from a deal accepted now (comprehensive: projected at once), and who wins then. */
export const dealGains = (
  worlds: ReadonlyArray<GameState>,
  v: Valuer,
  terms: Terms,
  comprehensive: boolean,
  base: Gains,
  seed: number,
): Estimate => {
  const t: Tally = { me: 0, them: 0, win: 0, lose: 0, weight: 0 };
  worlds.forEach((world, w) => {
    const outcome =
      (comprehensive ? projectedDeal(world, terms) : undefined) ??
      rolloutFromTalks(world, seededRng(hashSeed(`${seed}/${w}`)), (G) => acceptDeal(G, terms, comprehensive), v.habits);
    tally(t, outcome, v, v.wary && outcome.winner === v.me ? MADE_IF_THEY_LOSE : 1);
  });
  const mean = meanOf(t);
  return { ...mean, me: mean.me - base.me, them: mean.them - base.them };
};

/** The menu of bundles: packages the US might give, crossed with packages Japan might give; only those legal now. */
const US_PACKAGES = (G: GameState): Terms[] => {
  const auto = G.board.usAutoTariff;
  const base = G.board.usBaselineTariff;
  return [
    {},
    { usAutoTariff: Math.max(0, auto - 5) },
    { usAutoTariff: 15 },
    { usAutoTariff: 15, securityReassurance: true },
    { usAutoTariff: 10, usBaselineTariff: Math.max(0, base - 5) },
    { extendPause: true },
    { extendPause: true, securityReassurance: true },
    { usAutoTariff: 15, extendPause: true },
    { securityReassurance: true },
    { dropCurrencyComplaint: true },
    { usBaselineTariff: Math.max(0, base - 5), usAutoTariff: 20 },
  ];
};
const JP_PACKAGES: ReadonlyArray<Terms> = [
  {},
  { investment: 200 },
  { investment: 400 },
  { investment: 550, purchases: 20 },
  { purchases: 20 },
  { investment: 400, purchases: 20 },
  { investment: 400, riceOpening: true },
  { purchases: 30, riceOpening: true },
  { investment: 300, autoRestraint: true },
  { noSaleRounds: 3, purchases: 10 },
  { investment: 450, purchases: 25, riceOpening: true },
  { yenAccord: 10, investment: 200 },
];

const key = (terms: Terms): string =>
  JSON.stringify(Object.keys(terms).sort().map((k) => [k, terms[k as keyof Terms]]));

/** Legal, distinct, two-sided bundles (or one-sided gifts): the candidates the bot proposes and counters with. */
export const bundles = (G: GameState, side: Side): Terms[] => {
  if (talkOptions(G, side).proposing !== undefined) return [];
  const seen = new Set<string>();
  const out: Terms[] = [];
  for (const us of US_PACKAGES(G)) {
    for (const jp of JP_PACKAGES) {
      const terms: Terms = { ...us, ...jp };
      if (Object.keys(terms).length === 0) continue;
      const k = key(terms);
      if (seen.has(k) || termsProblem(G, terms) !== undefined) continue;
      seen.add(k);
      out.push(terms);
    }
  }
  return out;
};

export const sameTerms = (a: Terms, b: Terms): boolean => key(a) === key(b);

/** How much of the bargaining weight the bot puts on its own gain this round: from `greed` down to a half (Nash) at the deadline. */
export const greedNow = (G: GameState, config: LevelConfig): number => {
  const progress = G.rounds <= 1 ? 1 : (G.round - 1) / (G.rounds - 1);
  return config.greed - (config.greed - 0.5) * progress;
};

/** The margin a deal must clear to be accepted now: the level's, shrinking by a half toward the deadline. */
export const marginNow = (G: GameState, config: LevelConfig): number => {
  const progress = G.rounds <= 1 ? 1 : (G.round - 1) / (G.rounds - 1);
  return config.acceptMargin * (1 - 0.5 * progress);
};

/**
 * How much likelier than the other side's win its own must be for the bot to
 * offer a deal: a margin against choosing, out of many bundles valued in a few
 * worlds, the one whose win chance was overestimated most (the winner's curse).
 */
export const WIN_EDGE = 0.25;

/**
 * The bundles ranked for proposing: both sides gain, and the bot expects to
 * win under it at least as often as the other side (a deal the other side wins
 * is one to accept at most, never to offer); weighted Nash product, best first.
 */
export const ranked = (valued: ReadonlyArray<Valued>, greed: number, margin: number, toWin = true): Valued[] =>
  valued
    .filter((v) => v.gains.me >= margin && v.gains.them > 0.5 && (!toWin || v.gains.win >= v.gains.lose + WIN_EDGE))
    .map((v) => ({ v, score: greed * Math.log(v.gains.me) + (1 - greed) * Math.log(v.gains.them) }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.v);

