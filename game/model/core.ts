// The model's shared vocabulary: what a round's resolution reads and writes,
// and the small pure helpers every part of the model uses. Kept apart from
// markets.ts so that the per-action effects (action-effects.ts) and the
// aggregate resolution can import it without importing each other.
import type { Params } from './params';
import { INDICATORS } from '../state';
import type { Indicators, JpAction, Markets, Side, UsAction } from '../state';

export type MarketInput = {
  readonly board: Indicators;
  readonly start: Indicators;
  readonly markets: Markets;
  readonly us: UsAction;
  readonly jp: JpAction;
  readonly reciprocalRate: number;
  readonly params: Params;
};

export type MarketResult = {
  readonly board: Indicators;
  readonly markets: Markets;
  readonly stressBy: { readonly [S in Side]: number }; // Stress each side's action added this round
};

export type Board = { -readonly [K in keyof Indicators]: number };
export type MarketsDraft = { -readonly [K in keyof Markets]: Markets[K] };

/** Shocks of one round, before they reach the board, with the side that caused each. */
export type Shocks = {
  yieldPp: { us: number; jp: number }; //      immediate move of the 10Y, percentage points
  fxYen: { us: number; jp: number }; //        immediate move of USD/JPY, yen (fades)
  fxLastingYen: { us: number; jp: number }; // part of the yen move that does not fade
  stress: { us: number; jp: number };
  approval: { us: number; jp: number };
  trust: number;
};

/** What an action's model effect works on: the board and markets being built, the shocks, and the round's input. */
export type EffectContext = {
  readonly b: Board;
  readonly m: MarketsDraft;
  readonly s: Shocks;
  readonly input: MarketInput;
};

export const noShocks = (): Shocks => ({
  yieldPp: { us: 0, jp: 0 },
  fxYen: { us: 0, jp: 0 },
  fxLastingYen: { us: 0, jp: 0 },
  stress: { us: 0, jp: 0 },
  approval: { us: 0, jp: 0 },
  trust: 0,
});

/**
 * A copy of the board as one object literal, every indicator named. Why not a
 * spread: a spread copy takes its source's hidden class, and the model then
 * stores fractions into fields that held integers, so every round's board got
 * a new hidden class; code reading boards went megamorphic and a round cost
 * about 2 µs instead of 0.3. A literal's class is made once, with every field
 * a double. (The type makes a missing indicator a compile error.)
 */
export const copyBoard = (b: Indicators): Board => ({
  yield10y: b.yield10y + 0,
  usdjpy: b.usdjpy + 0,
  stress: b.stress + 0,
  usBaselineTariff: b.usBaselineTariff + 0,
  usAutoTariff: b.usAutoTariff + 0,
  jpRetaliatoryTariff: b.jpRetaliatoryTariff + 0,
  jpExports: b.jpExports + 0,
  usExports: b.usExports + 0,
  balance: b.balance + 0,
  holdings: b.holdings + 0,
  reserves: b.reserves + 0,
  trust: b.trust + 0,
  usEconomy: b.usEconomy + 0,
  usApproval: b.usApproval + 0,
  usCredibility: b.usCredibility + 0,
  usInterestBill: b.usInterestBill + 0,
  jpEconomy: b.jpEconomy + 0,
  jpApproval: b.jpApproval + 0,
  jpCredibility: b.jpCredibility + 0,
  jpPortfolio: b.jpPortfolio + 0,
});

/** The markets' state as one object literal (see copyBoard). */
export const copyMarkets = (m: Markets): MarketsDraft => ({
  yieldFading: m.yieldFading + 0,
  fxFading: m.fxFading + 0,
  realizedLoss: m.realizedLoss + 0,
  pause: m.pause,
  manipulatorLabel: m.manipulatorLabel,
  chinaHedge: m.chinaHedge + 0,
  autoRestraint: m.autoRestraint,
  purchases: m.purchases + 0,
  investment: m.investment + 0,
  riceOpened: m.riceOpened,
  reassured: m.reassured,
});

/**
 * Settles the two literals' hidden classes once, at load: every field a
 * double and already written after creation. Otherwise the first news card
 * that moves an indicator in place, or the first deal that sets a flag, turns
 * a "constant" field mutable, throws away every optimised function that
 * assumed it, and under Node 20 an optimisation aborted that way was seen to
 * leave the model's functions unoptimised for the rest of the process (10x
 * slower). Rules-neutral: these objects are thrown away.
 */
const settleHiddenClasses = (): void => {
  const board = copyBoard(Object.fromEntries(INDICATORS.map((id) => [id, 0.5])) as unknown as Indicators);
  for (const id of INDICATORS) board[id] += 0.25;
  const markets = copyMarkets({
    yieldFading: 0.5,
    fxFading: 0.5,
    realizedLoss: 0.5,
    pause: 'active',
    manipulatorLabel: false,
    chinaHedge: 0.5,
    autoRestraint: false,
    purchases: 0.5,
    investment: 0.5,
    riceOpened: false,
    reassured: false,
  });
  markets.yieldFading += 0.25;
  markets.fxFading += 0.25;
  markets.realizedLoss += 0.25;
  markets.pause = 'ended';
  markets.manipulatorLabel = true;
  markets.chinaHedge += 0.25;
  markets.autoRestraint = true;
  markets.purchases += 0.25;
  markets.investment += 0.25;
  markets.riceOpened = true;
  markets.reassured = true;
  // The round's shocks start at 0 (small integers); an action that first writes a fraction to one
  // (the first Treasury sale's Trust cost) would change the class mid-game.
  const s = noShocks();
  for (const pair of [s.yieldPp, s.fxYen, s.fxLastingYen, s.stress, s.approval]) {
    pair.us += 0.25;
    pair.jp += 0.25;
  }
  s.trust += 0.25;
};
settleHiddenClasses();

/** A round in which both sides stand pat: no shocks. Shared, so never written (made after the classes settle, to share theirs). */
export const NO_SHOCKS: Readonly<Shocks> = noShocks();

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** How much a market in this state magnifies a shock: calm absorbs, panic amplifies. */
export const stressMultiplier = (stress: number, params: Params): number =>
  1 + params.treasurySales.stressAmplification * (stress / 100) ** 2;

/**
 * Yen that X $B of yen buying (or selling) moves USD/JPY by, at once, in calm
 * markets: concave, the first dollars moving it most (the 2022 and 2024 episodes).
 */
export const interventionYen = (billions: number, params: Params): number =>
  billions <= 0 ? 0 : params.fx.yenAt40 * (billions / 40) ** params.fx.concavity;

/** A round's new move of USD/JPY after saturation: never as much as `fx.maxMoveShare` of the price. */
export const saturatedYen = (move: number, usdjpy: number, params: Params): number => {
  const scale = params.fx.maxMoveShare * usdjpy;
  return scale * Math.tanh(move / scale);
};

/** Price of the Treasury portfolio per dollar of face value, in dollars at the starting exchange rate. */
export const portfolioFactor = (board: Indicators, start: Indicators, params: Params): number =>
  Math.max(0, 1 - (params.jp.portfolioDuration * (board.yield10y - start.yield10y)) / 100) * (board.usdjpy / start.usdjpy);
