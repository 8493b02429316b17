// The economic model: a pure function from the board, both revealed actions and
// the parameters to the next board. Docs: docs/model.md explains each step.
import { applyActionEffect } from '../actions';
import { clamp, noShocks, portfolioFactor } from './core';
import type { Board, EffectContext, MarketInput, MarketResult, MarketsDraft } from './core';
import type { Params } from './params';

export type { MarketInput, MarketResult } from './core';

/** Value of the export trade under given tariffs: exports fall `elasticity` per point above the start. */
const tradeFactor = (tariff: number, startTariff: number, elasticity: number, params: Params): number =>
  Math.max(params.tariffs.floor, 1 - elasticity * (tariff - startTariff));

const sum = (byside: { readonly us: number; readonly jp: number }): number => byside.us + byside.jp;

/** Resolves one round of markets: both actions together, then trade, growth, approval, stress and trust. */
export const resolveMarkets = (input: MarketInput): MarketResult => {
  const p = input.params;
  const start = input.start;
  const b: Board = { ...input.board };
  const m: MarketsDraft = { ...input.markets };
  const s = noShocks();
  const ctx: EffectContext = { b, m, s, input };
  applyActionEffect('us', input.us, ctx);
  applyActionEffect('jp', input.jp, ctx);
  const yieldPp = sum(s.yieldPp);

  // Yields: part of each shock lasts, the rest fades by half each round.
  const yieldFading = m.yieldFading * (1 - p.treasurySales.fadePerRound) + yieldPp * (1 - p.treasurySales.lastingShare);
  b.yield10y = Math.max(0, b.yield10y + yieldPp * p.treasurySales.lastingShare + yieldFading - m.yieldFading);
  m.yieldFading = yieldFading;

  // Market moves feed Stress, charged to the side whose action moved the price.
  for (const side of ['us', 'jp'] as const) {
    s.stress[side] += Math.max(0, s.yieldPp[side]) * p.stress.perYieldPoint + Math.abs(s.fxYen[side]) * p.stress.perYenMoved;
  }

  const relaxed = b.stress + (p.stress.calm - b.stress) * p.stress.relaxPerRound;
  b.stress = clamp(relaxed + s.stress.us + s.stress.jp, 0, 100);
  const stressRise = Math.max(0, b.stress - input.board.stress);

  // The yen: intervention and repatriation fade, labels last, and panic buys yen.
  const fxShock = sum(s.fxYen) + stressRise * p.fx.havenYenPerStress;
  const fxFading = m.fxFading * (1 - p.fx.fadePerRound) + fxShock;
  b.usdjpy = clamp(b.usdjpy + sum(s.fxLastingYen) + fxFading - m.fxFading, p.fx.min, p.fx.max);
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
    p.us.economyPerTariffPoint * (b.usBaselineTariff + b.usAutoTariff - start.usBaselineTariff - start.usAutoTariff) +
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

  // Approval: this round's lifts and costs, the economy, prices and yields, then drift home.
  const a = p.approval;
  const tariffAboveStart = Math.max(0, b.usBaselineTariff + b.usAutoTariff - start.usBaselineTariff - start.usAutoTariff);
  const usApproval =
    b.usApproval +
    s.approval.us +
    (usEconomy - b.usEconomy) * a.perEconomyPoint +
    tariffAboveStart * a.usDragPerTariffPointPerRound +
    Math.max(0, b.jpRetaliatoryTariff - start.jpRetaliatoryTariff) * a.usDragPerRetaliationPointPerRound +
    Math.max(0, b.yield10y - start.yield10y) * a.usPerYieldPoint +
    (start.usApproval - b.usApproval) * a.relaxPerRound;
  const jpApproval =
    b.jpApproval +
    s.approval.jp +
    (jpEconomy - b.jpEconomy) * a.perEconomyPoint +
    (start.jpApproval - b.jpApproval) * a.relaxPerRound;
  b.usEconomy = usEconomy;
  b.jpEconomy = jpEconomy;
  b.usApproval = clamp(usApproval, 0, 100);
  b.jpApproval = clamp(jpApproval, 0, 100);
  b.trust = clamp(b.trust + s.trust + (start.trust - b.trust) * p.trust.relaxPerRound, 0, 100);

  // The bills: the US interest bill and the value of Japan's portfolio.
  b.usInterestBill = start.usInterestBill + p.us.interestBillPerYieldPoint * (b.yield10y - start.yield10y);
  b.jpPortfolio = b.holdings * portfolioFactor(b, start, p);

  return { board: b, markets: m, stressBy: s.stress };
};
