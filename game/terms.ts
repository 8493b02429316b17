// Deal terms: parsing untrusted proposals (their shape; talk-options.ts says
// what is on the table now) and putting an accepted deal into effect.
import { isPlain } from './parse';
import { applyEffects, bound } from './model/effects';
import type { Params } from './model/params';
import { TERM_RANGES, isAmountTerm, isFlagTerm } from './talk-options';
import type { AmountTerm } from './talk-options';
import { TARIFF_LINES } from './state';
import type { Commitment, Draft, Terms, TermKey } from './state';

const inRange = (key: AmountTerm, value: unknown): value is number => {
  const r = TERM_RANGES[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= r.min && value <= r.max && (value - r.min) % r.step === 0;
};

/** Shape check only: known keys, `true` for flags, integers on the grid for amounts, at least one term. */
export const parseTerms = (raw: unknown): Terms | undefined => {
  if (!isPlain(raw)) return undefined;
  const keys = Object.getOwnPropertyNames(raw);
  if (keys.length === 0) return undefined;
  const terms: { [K in TermKey]?: unknown } = {};
  for (const key of keys) {
    const value = raw[key];
    if (isFlagTerm(key)) {
      if (value !== true) return undefined;
    } else if (!isAmountTerm(key) || !inRange(key, value)) {
      return undefined;
    }
    terms[key as TermKey] = value;
  }
  return terms as Terms;
};

/** Two pledges of the same kind (and, for tariff caps, the same line): the newer replaces the older. */
const sameSlot = (a: Commitment, b: Commitment): boolean =>
  a.type === 'tariffCap' && b.type === 'tariffCap' ? a.line === b.line : a.type === b.type;

const replacePledge = (commitments: Commitment[], cap: Commitment): Commitment[] => [
  ...commitments.filter((c) => !sameSlot(c, cap)),
  cap,
];

/** Puts an accepted deal into effect at once; its pledges become commitments on the board. */
export const applyDeal = (G: Draft, terms: Terms, params: Params): void => {
  const a = params.approval;
  let commitments: Commitment[] = G.commitments;
  const us = { approval: a.dealBonus };
  const jp = { approval: a.dealBonus };

  for (const line of TARIFF_LINES) {
    const key = line === 'baseline' ? 'usBaselineTariff' : 'usAutoTariff';
    const level = terms[key];
    if (level === undefined) continue;
    const cut = G.board[key] - level;
    G.board[key] = level;
    us.approval += cut * a.usPerTariffPointGiven;
    jp.approval += cut * a.jpPerTariffPointWon;
    commitments = replacePledge(commitments, { type: 'tariffCap', side: 'us', line, max: level });
  }
  if (terms.extendPause) G.markets.pause = 'extended';
  if (terms.dropCurrencyComplaint) {
    // The label's lasting push on the yen goes with it.
    G.board.usdjpy = bound('usdjpy', G.board.usdjpy - params.fx.manipulatorLabelYen, params);
    G.markets.manipulatorLabel = false;
    jp.approval += a.jpForDroppedComplaint;
    commitments = replacePledge(commitments, { type: 'noCurrencyLabel', side: 'us' });
  }
  if (terms.securityReassurance) {
    G.markets.reassured = true;
    jp.approval += a.jpForReassurance;
    applyEffects(G, { trust: params.trust.reassurance }, params);
  }
  if (terms.investment !== undefined) {
    G.markets.investment += terms.investment;
    us.approval += (terms.investment / 100) * a.usPerInvestment100;
    jp.approval += (terms.investment / 100) * a.jpPerInvestment100;
  }
  if (terms.purchases !== undefined) {
    G.markets.purchases += terms.purchases;
    us.approval += (terms.purchases / 10) * a.usPerPurchase10;
  }
  if (terms.riceOpening) {
    G.markets.riceOpened = true;
    us.approval += a.usForRice;
    jp.approval += a.jpForRice;
  }
  if (terms.autoRestraint) {
    G.markets.autoRestraint = true;
    us.approval += a.usForAutoRestraint;
    jp.approval += a.jpForAutoRestraint;
  }
  if (terms.noSaleRounds !== undefined) {
    commitments = replacePledge(commitments, { type: 'noSale', side: 'jp', untilRound: G.round + terms.noSaleRounds - 1 });
  }
  if (terms.yenAccord !== undefined) {
    // A Plaza-style accord is a change in fundamentals: it does not fade.
    G.board.usdjpy = bound('usdjpy', G.board.usdjpy - terms.yenAccord, params);
    us.approval += (terms.yenAccord / 5) * a.usForYenAccord5;
    jp.approval += (terms.yenAccord / 5) * a.jpForYenAccord5;
    commitments = replacePledge(commitments, { type: 'noYenSelling', side: 'jp' });
  }
  G.commitments = commitments;
  applyEffects(
    G,
    { usApproval: us.approval, jpApproval: jp.approval, stress: params.deals.stressRelief, trust: params.trust.deal },
    params,
  );
};
