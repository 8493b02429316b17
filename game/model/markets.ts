// The economic model: a pure function from the board, both revealed actions and
// the parameters to the next board. Docs: docs/model.md explains each step.
import { applyActionEffect } from '../actions';
import { NO_SHOCKS, clamp, copyBoard, copyMarkets, noShocks, portfolioFactor, saturatedYen } from './core';
import type { Board, EffectContext, MarketInput, MarketResult, MarketsDraft, Shocks } from './core';
import type { Indicators, Markets, Side } from '../state';
import type { Params } from './params';

export type { MarketInput, MarketResult } from './core';

/** Value of the export trade under given tariffs: exports fall `elasticity` per point above the start. */
const tradeFactor = (tariff: number, startTariff: number, elasticity: number, params: Params): number =>
  Math.max(params.tariffs.floor, 1 - elasticity * (tariff - startTariff));

const sum = (byside: { readonly us: number; readonly jp: number }): number => byside.us + byside.jp;

/** US tariff points above the start on all of Japan's goods: each line counts by its share of the trade. */
const usTariffAboveStart = (board: Indicators, start: Indicators, params: Params): number =>
  (1 - params.tariffs.autoShare) * (board.usBaselineTariff - start.usBaselineTariff) +
  params.tariffs.autoShare * (board.usAutoTariff - start.usAutoTariff);

/**
 * Approval after a round's change: polls do not fall without bound. The room
 * above the soft floor (below the ceiling) shrinks by exp(change / room), so a
 * small change lands almost whole and no change crosses the floor or ceiling.
 */
const polled = (approval: number, change: number, floor: number, ceiling: number): number => {
  if (change < 0) {
    const room = approval - floor;
    return room <= 0 ? approval : floor + room * Math.exp(change / room);
  }
  const room = ceiling - approval;
  return room <= 0 ? approval : ceiling - room * Math.exp(-change / room);
};

/** Stress from the price moves a side's action caused this round. */
const priceStress = (s: Readonly<Shocks>, side: Side, p: Params): number =>
  Math.max(0, s.yieldPp[side]) * p.stress.perYieldPoint +
  (Math.abs(s.fxYen[side]) + Math.abs(s.fxLastingYen[side])) * p.stress.perYenMoved;

/** What the round's pricing reads of the board as the round began (before either action). */
type RoundStart = { readonly stress: number; readonly usTariffAboveStart: number; readonly jpRetaliatoryTariff: number };

const roundStart = (board: Indicators, start: Indicators, p: Params): RoundStart => ({
  stress: board.stress,
  usTariffAboveStart: usTariffAboveStart(board, start, p),
  jpRetaliatoryTariff: board.jpRetaliatoryTariff,
});

/** Resolves one round of markets: both actions together, then trade, growth, approval, stress and trust. The input is not changed. */
export const resolveMarkets = (input: MarketInput): MarketResult => {
  // Literal copies, not spreads: see copyBoard.
  const b: Board = copyBoard(input.board);
  const m: MarketsDraft = copyMarkets(input.markets);
  const was = roundStart(input.board, input.start, input.params);
  // Both sides standing pat (most rounds of a projection or a bot's rollout) shock nothing.
  const quiet = input.us.type === 'standPat' && input.jp.type === 'standPat';
  const s: Readonly<Shocks> = quiet ? NO_SHOCKS : noShocks();
  if (!quiet) {
    const ctx: EffectContext = { b, m, s: s as Shocks, input };
    applyActionEffect('us', input.us, ctx);
    applyActionEffect('jp', input.jp, ctx);
  }
  const stressBy = advanceMarkets(b, m, s, was, input.start, input.params);
  return { board: b, markets: m, stressBy };
};

/**
 * The markets' own course for some rounds: both sides standing pat, no news.
 * One copy advanced in place, since nobody sees the rounds in between (every
 * ending is scored after such a projection, so a bot's rollout runs several).
 */
export const projectMarkets = (
  board: Indicators,
  markets: Markets,
  start: Indicators,
  params: Params,
  rounds: number,
): { readonly board: Board; readonly markets: MarketsDraft } => {
  const b = copyBoard(board);
  const m = copyMarkets(markets);
  for (let i = 0; i < rounds; i++) advanceMarkets(b, m, NO_SHOCKS, roundStart(b, start, params), start, params);
  return { board: b, markets: m };
};

/**
 * The round's pricing, in place on `b` and `m` (the actions' direct effects
 * already applied): yields, Stress, the yen, trade, growth, Approval, Trust
 * and the bills. Returns the Stress each side's action added.
 */
const advanceMarkets = (
  b: Board,
  m: MarketsDraft,
  s: Readonly<Shocks>,
  was: RoundStart,
  start: Indicators,
  p: Params,
): { us: number; jp: number } => {
  const yieldPp = sum(s.yieldPp);

  // Yields: part of each shock lasts, the rest fades by half each round.
  const yieldFading = m.yieldFading * (1 - p.treasurySales.fadePerRound) + yieldPp * (1 - p.treasurySales.lastingShare);
  b.yield10y = Math.max(0, b.yield10y + yieldPp * p.treasurySales.lastingShare + yieldFading - m.yieldFading);
  m.yieldFading = yieldFading;

  // Market moves feed Stress, charged to the side whose action moved the price
  // (the manipulator label's lasting yen move is the US's).
  const stressBy = { us: s.stress.us + priceStress(s, 'us', p), jp: s.stress.jp + priceStress(s, 'jp', p) };

  const relaxed = b.stress + (p.stress.calm - b.stress) * p.stress.relaxPerRound;
  b.stress = clamp(relaxed + stressBy.us + stressBy.jp, 0, 100);
  const stressRise = Math.max(0, b.stress - was.stress);

  // The yen: intervention and repatriation fade, labels last, and panic buys yen.
  // The round's new move saturates (fx.maxMoveShare), its fading and lasting
  // parts in proportion, so no round leaves the historical extremes.
  const fxShock = sum(s.fxYen) + stressRise * p.fx.havenYenPerStress;
  const fxNew = fxShock + sum(s.fxLastingYen);
  const kept = fxNew === 0 ? 1 : saturatedYen(fxNew, b.usdjpy, p) / fxNew;
  const fxFading = m.fxFading * (1 - p.fx.fadePerRound) + fxShock * kept;
  b.usdjpy = clamp(b.usdjpy + sum(s.fxLastingYen) * kept + fxFading - m.fxFading, p.fx.min, p.fx.max);
  m.fxFading = fxFading;

  // Trade adjusts toward what the tariffs allow, a share of the gap each round.
  const autoShare = p.tariffs.autoShare;
  const restraint = m.autoRestraint ? 1 - p.jp.autoRestraintShare : 1;
  const jpExportsTarget =
    start.jpExports *
    ((1 - autoShare) * tradeFactor(b.usBaselineTariff, start.usBaselineTariff, p.tariffs.exportElasticity, p) +
      autoShare * tradeFactor(b.usAutoTariff, start.usAutoTariff, p.tariffs.exportElasticity, p) * restraint);
  const usExportsTarget =
    start.usExports * tradeFactor(b.jpRetaliatoryTariff, start.jpRetaliatoryTariff, p.tariffs.retaliationElasticity, p) + m.purchases;
  b.jpExports += (jpExportsTarget - b.jpExports) * p.tariffs.adjustmentPerRound;
  b.usExports += (usExportsTarget - b.usExports) * p.tariffs.adjustmentPerRound;
  b.balance = b.usExports - b.jpExports;

  // Output moves part of the way each round toward the level today's conditions imply.
  const stressDrag = Math.max(0, b.stress - p.stress.dragThreshold) * p.stress.economyPerPointAbove;
  const usTarget =
    100 +
    p.us.economyPerTariffPoint * usTariffAboveStart(b, start, p) +
    p.us.economyPerYieldPoint * (b.yield10y - start.yield10y) +
    p.us.economyPerExportBillion * (b.usExports - start.usExports) +
    stressDrag;
  const jpTarget =
    100 +
    p.jp.economyPerExportBillion * (b.jpExports - start.jpExports) +
    p.jp.economyPerYenStronger * (start.usdjpy - b.usdjpy) +
    p.jp.economyPerTariffPoint * (b.jpRetaliatoryTariff - start.jpRetaliatoryTariff) +
    p.jp.economyPerInvestmentBillion * m.investment +
    p.jp.economyPerPurchaseBillion * m.purchases +
    p.jp.economyPerHedgeLevel * m.chinaHedge +
    stressDrag;
  const usEconomy = b.usEconomy + (usTarget - b.usEconomy) * p.economy.adjustmentPerRound;
  const jpEconomy = b.jpEconomy + (jpTarget - b.jpEconomy) * p.economy.adjustmentPerRound;

  // Approval: this round's lifts and costs, the economy, prices and yields, then
  // drift home; polled against the soft floor and ceiling. Buyers pay the tariffs
  // in force when the round began (prices take time): $B a year as a share of GDP.
  const a = p.approval;
  const usBuyersPay = Math.max(0, was.usTariffAboveStart) * start.jpExports / 100;
  const jpBuyersPay = Math.max(0, was.jpRetaliatoryTariff - start.jpRetaliatoryTariff) * start.usExports / 100;
  const usChange =
    s.approval.us +
    (usEconomy - b.usEconomy) * a.perEconomyPoint +
    ((usBuyersPay * 100) / p.us.gdp) * a.perBuyersCostPerRound +
    Math.max(0, b.jpRetaliatoryTariff - start.jpRetaliatoryTariff) * a.usDragPerRetaliationPointPerRound +
    Math.max(0, b.yield10y - start.yield10y) * a.usPerYieldPoint +
    (start.usApproval - b.usApproval) * a.relaxPerRound;
  const jpChange =
    s.approval.jp +
    (jpEconomy - b.jpEconomy) * a.perEconomyPoint +
    ((jpBuyersPay * 100) / p.jp.gdp) * a.perBuyersCostPerRound +
    (start.jpApproval - b.jpApproval) * a.relaxPerRound;
  b.usEconomy = usEconomy;
  b.jpEconomy = jpEconomy;
  b.usApproval = clamp(polled(b.usApproval, usChange, a.softFloor.us, a.softCeiling), 0, 100);
  b.jpApproval = clamp(polled(b.jpApproval, jpChange, a.softFloor.jp, a.softCeiling), 0, 100);
  b.trust = clamp(b.trust + s.trust + (start.trust - b.trust) * p.trust.relaxPerRound, 0, 100);

  // The bills. The US interest bill moves toward the run-rate today's yield implies
  // only as fast as debt matures and reprices; Japan's portfolio is marked to market.
  const runRate = start.usInterestBill + p.us.interestBillPerYieldPoint * (b.yield10y - start.yield10y);
  b.usInterestBill += (runRate - b.usInterestBill) * p.us.debtRepricedPerRound;
  b.jpPortfolio = b.holdings * portfolioFactor(b, start, p);

  return stressBy;
};
