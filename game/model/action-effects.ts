// What each policy action does in the economic model, one function per action
// family. The action registry (game/actions/) names these as each entry's
// model effect; markets.ts then adds up the round's shocks. Docs: docs/model.md.
import { clamp, interventionYen, portfolioFactor, stressMultiplier } from './core';
import type { EffectContext } from './core';
import type { JpAction, UsAction } from '../state';

type Of<A, T> = Extract<A, { readonly type: T }>;

export const noEffect = (): void => undefined;

export const changeTariff = (action: Of<UsAction, 'raiseTariff' | 'cutTariff'>, { b, s, input }: EffectContext): void => {
  const p = input.params;
  const key = action.line === 'baseline' ? 'usBaselineTariff' : 'usAutoTariff';
  const before = b[key];
  b[key] = clamp(before + (action.type === 'raiseTariff' ? action.step : -action.step), 0, p.tariffs.maxUs);
  const change = b[key] - before;
  s.stress.us += Math.max(0, change) * p.stress.perTariffPoint;
  s.approval.us += Math.max(0, change) * p.approval.usLiftPerTariffPoint;
  s.approval.jp += Math.max(0, -change) * p.approval.jpPerTariffPointWon;
};

export const endPause = (_action: Of<UsAction, 'endPause'>, { b, m, s, input }: EffectContext): void => {
  const p = input.params;
  m.pause = 'ended';
  const before = b.usBaselineTariff;
  b.usBaselineTariff = Math.max(before, input.reciprocalRate);
  s.stress.us += p.stress.endPause + (b.usBaselineTariff - before) * p.stress.perTariffPoint;
  s.approval.us += (b.usBaselineTariff - before) * p.approval.usLiftPerTariffPoint;
};

export const extendPause = (_action: Of<UsAction, 'extendPause'>, { m }: EffectContext): void => {
  m.pause = 'extended';
};

export const labelManipulator = (_action: Of<UsAction, 'labelManipulator'>, { m, s, input }: EffectContext): void => {
  const p = input.params;
  if (!m.manipulatorLabel) s.fxLastingYen.us += p.fx.manipulatorLabelYen;
  m.manipulatorLabel = true;
  s.stress.us += p.stress.labelManipulator;
  s.trust += p.trust.labelManipulator;
  s.approval.jp += p.approval.jpFromLabel;
};

export const pressSecurity = (action: Of<UsAction, 'pressSecurity'>, { s, input }: EffectContext): void => {
  const p = input.params;
  s.stress.us += p.stress.pressSecurity * action.level;
  s.trust += p.trust.pressSecurity[action.level];
  s.approval.us += p.approval.usForPressSecurity;
  s.approval.jp += p.approval.jpFromPressSecurity * action.level;
};

export const sellTreasuries = (action: Of<JpAction, 'sellTreasuries'>, { b, m, s, input }: EffectContext): void => {
  const p = input.params;
  const amp = stressMultiplier(input.board.stress, p);
  const amount = Math.min(action.amount, b.holdings);
  const price = portfolioFactor(input.board, input.start, p);
  m.realizedLoss += amount * (1 - price);
  b.holdings -= amount;
  // The dollars not brought home add to usable reserves.
  b.reserves += amount * (1 - p.treasurySales.repatriatedShare);
  s.yieldPp.jp += (amount * p.treasurySales.bpPerBillion * amp) / 100;
  s.fxYen.jp -= interventionYen(amount * p.treasurySales.repatriatedShare, p) * amp;
  s.stress.jp += amount * p.treasurySales.stressPerBillion * amp;
  s.trust += amount * p.trust.sellPerBillion;
  s.approval.jp += p.approval.jpLiftSale;
};

export const buyTreasuries = (action: Of<JpAction, 'buyTreasuries'>, { b, s, input }: EffectContext): void => {
  const p = input.params;
  const amount = Math.min(action.amount, b.reserves);
  b.reserves -= amount;
  b.holdings += amount;
  s.yieldPp.jp += (amount * p.treasuryPurchases.bpPerBillion) / 100;
  s.stress.jp += amount * p.treasuryPurchases.stressPerBillion;
};

export const intervene = (action: Of<JpAction, 'intervene'>, { b, s, input }: EffectContext): void => {
  const p = input.params;
  const buying = action.direction === 'buyYen';
  const amount = buying ? Math.min(action.amount, b.reserves) : action.amount;
  b.reserves += buying ? -amount : amount;
  s.fxYen.jp += (buying ? -1 : 1) * interventionYen(amount, p);
};

export const retaliate = (action: Of<JpAction, 'retaliate'>, { b, s, input }: EffectContext): void => {
  const p = input.params;
  const before = b.jpRetaliatoryTariff;
  b.jpRetaliatoryTariff = clamp(before + action.step, 0, p.tariffs.maxJp);
  const change = b.jpRetaliatoryTariff - before;
  s.stress.jp += change * p.stress.perTariffPoint;
  s.approval.jp += change > 0 ? p.approval.jpLiftRetaliation : 0;
};

export const hedgeChina = (action: Of<JpAction, 'hedgeChina'>, { m, s, input }: EffectContext): void => {
  const p = input.params;
  m.chinaHedge = Math.min(p.jp.chinaHedgeMax, m.chinaHedge + action.level);
  s.stress.jp += p.stress.hedgeChina * action.level;
  s.trust += p.trust.hedgeChina[action.level];
};
