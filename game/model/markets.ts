// The economic model: a pure function from the board, both revealed actions and
// the parameters to the next board. Docs: docs/model.md explains each step.
import type { Params } from './params';
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

type Board = { -readonly [K in keyof Indicators]: number };
type MarketsDraft = { -readonly [K in keyof Markets]: Markets[K] };

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** How much a market in this state magnifies a shock: calm absorbs, panic amplifies. */
export const stressMultiplier = (stress: number, params: Params): number =>
  1 + params.treasurySales.stressAmplification * (stress / 100) ** 2;

/** Price of the Treasury portfolio per dollar of face value, in dollars at the starting exchange rate. */
export const portfolioFactor = (board: Indicators, start: Indicators, params: Params): number =>
  Math.max(0, 1 - (params.jp.portfolioDuration * (board.yield10y - start.yield10y)) / 100) * (board.usdjpy / start.usdjpy);

/** Value of the export trade under given tariffs: exports fall `elasticity` per point above the start. */
const tradeFactor = (tariff: number, startTariff: number, elasticity: number, params: Params): number =>
  Math.max(params.tariffs.floor, 1 - elasticity * (tariff - startTariff));

/** Shocks of one round, before they reach the board. */
type Shocks = {
  yieldPp: number; //      immediate move of the 10Y, percentage points
  fxYen: number; //        immediate move of USD/JPY, yen
  fxLastingYen: number; // part of the yen move that does not fade
  stress: { us: number; jp: number };
  approval: { us: number; jp: number };
  trust: number;
};

const applyUsAction = (action: UsAction, b: Board, m: MarketsDraft, s: Shocks, input: MarketInput): void => {
  const p = input.params;
  switch (action.type) {
    case 'standPat':
      return;
    case 'raiseTariff':
    case 'cutTariff': {
      const key = action.line === 'baseline' ? 'usBaselineTariff' : 'usAutoTariff';
      const before = b[key];
      b[key] = clamp(before + (action.type === 'raiseTariff' ? action.step : -action.step), 0, p.tariffs.maxUs);
      const change = b[key] - before;
      s.stress.us += Math.max(0, change) * p.stress.perTariffPoint;
      s.approval.us += Math.max(0, change) * p.approval.usLiftPerTariffPoint;
      s.approval.jp += Math.max(0, -change) * p.approval.jpPerTariffPointWon;
      return;
    }
    case 'endPause': {
      m.pause = 'ended';
      const before = b.usBaselineTariff;
      b.usBaselineTariff = Math.max(before, input.reciprocalRate);
      s.stress.us += p.stress.endPause + (b.usBaselineTariff - before) * p.stress.perTariffPoint;
      s.approval.us += (b.usBaselineTariff - before) * p.approval.usLiftPerTariffPoint;
      return;
    }
    case 'extendPause':
      m.pause = 'extended';
      return;
    case 'labelManipulator':
      if (!m.manipulatorLabel) s.fxLastingYen += p.fx.manipulatorLabelYen;
      m.manipulatorLabel = true;
      s.stress.us += p.stress.labelManipulator;
      s.trust += p.trust.labelManipulator;
      s.approval.jp += p.approval.jpFromLabel;
      return;
    case 'pressSecurity':
      s.stress.us += p.stress.pressSecurity * action.level;
      s.trust += p.trust.pressSecurity[action.level];
      s.approval.us += p.approval.usForPressSecurity;
      s.approval.jp += p.approval.jpFromPressSecurity * action.level;
      return;
  }
};

const applyJpAction = (action: JpAction, b: Board, m: MarketsDraft, s: Shocks, input: MarketInput): void => {
  const p = input.params;
  const amp = stressMultiplier(input.board.stress, p);
  switch (action.type) {
    case 'standPat':
      return;
    case 'sellTreasuries': {
      const amount = Math.min(action.amount, b.holdings);
      const price = portfolioFactor(input.board, input.start, p);
      m.realizedLoss += amount * (1 - price);
      b.holdings -= amount;
      // The dollars not brought home add to usable reserves.
      b.reserves += amount * (1 - p.treasurySales.repatriatedShare);
      s.yieldPp += (amount * p.treasurySales.bpPerBillion * amp) / 100;
      s.fxYen -= amount * p.treasurySales.repatriatedShare * p.fx.yenPerBillion * amp;
      s.stress.jp += amount * p.treasurySales.stressPerBillion * amp;
      s.trust += amount * p.trust.sellPerBillion;
      s.approval.jp += p.approval.jpLiftSale;
      return;
    }
    case 'buyTreasuries': {
      const amount = Math.min(action.amount, b.reserves);
      b.reserves -= amount;
      b.holdings += amount;
      s.yieldPp += (amount * p.treasuryPurchases.bpPerBillion) / 100;
      s.stress.jp += amount * p.treasuryPurchases.stressPerBillion;
      return;
    }
    case 'intervene': {
      const buying = action.direction === 'buyYen';
      const amount = buying ? Math.min(action.amount, b.reserves) : action.amount;
      b.reserves += buying ? -amount : amount;
      s.fxYen += (buying ? -1 : 1) * amount * p.fx.yenPerBillion;
      return;
    }
    case 'retaliate': {
      const before = b.jpRetaliatoryTariff;
      b.jpRetaliatoryTariff = clamp(before + action.step, 0, p.tariffs.maxJp);
      const change = b.jpRetaliatoryTariff - before;
      s.stress.jp += change * p.stress.perTariffPoint;
      s.approval.jp += change > 0 ? p.approval.jpLiftRetaliation : 0;
      return;
    }
    case 'hedgeChina':
      m.chinaHedge = Math.min(p.jp.chinaHedgeMax, m.chinaHedge + action.level);
      s.stress.jp += p.stress.hedgeChina * action.level;
      s.trust += p.trust.hedgeChina[action.level];
      return;
  }
};

/** Resolves one round of markets: both actions together, then trade, growth, approval, stress and trust. */
export const resolveMarkets = (input: MarketInput): MarketResult => {
  const p = input.params;
  const start = input.start;
  const b: Board = { ...input.board };
  const m: MarketsDraft = { ...input.markets };
  const s: Shocks = { yieldPp: 0, fxYen: 0, fxLastingYen: 0, stress: { us: 0, jp: 0 }, approval: { us: 0, jp: 0 }, trust: 0 };

  applyUsAction(input.us, b, m, s, input);
  applyJpAction(input.jp, b, m, s, input);

  // Yields: part of each shock lasts, the rest fades by half each round.
  const yieldFading = m.yieldFading * (1 - p.treasurySales.fadePerRound) + s.yieldPp * (1 - p.treasurySales.lastingShare);
  b.yield10y = Math.max(0, b.yield10y + s.yieldPp * p.treasurySales.lastingShare + yieldFading - m.yieldFading);
  m.yieldFading = yieldFading;

  // Market moves feed Stress. Only Japan's actions move the 10Y and the yen at
  // once (sales, purchases, intervention), so their Stress is charged to Japan.
  s.stress.jp += Math.max(0, s.yieldPp) * p.stress.perYieldPoint + Math.abs(s.fxYen) * p.stress.perYenMoved;

  const relaxed = b.stress + (p.stress.calm - b.stress) * p.stress.relaxPerRound;
  b.stress = clamp(relaxed + s.stress.us + s.stress.jp, 0, 100);
  const stressRise = Math.max(0, b.stress - input.board.stress);

  // The yen: intervention and repatriation fade, labels last, and panic buys yen.
  const fxShock = s.fxYen + stressRise * p.fx.havenYenPerStress;
  const fxFading = m.fxFading * (1 - p.fx.fadePerRound) + fxShock;
  b.usdjpy = clamp(b.usdjpy + s.fxLastingYen + fxFading - m.fxFading, p.fx.min, p.fx.max);
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
