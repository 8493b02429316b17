// Deal terms: parsing untrusted proposals, checking they are concessions the
// giver can make now, and putting an accepted deal into effect.
import { isPlain } from './actions';
import { applyEffects, bound } from './model/effects';
import type { Params } from './model/params';
import type { Problem } from './problems';
import type { Scenario } from './scenarios';
import { TARIFF_LINES } from './state';
import type { Commitment, Draft, GameState, Terms, TermKey } from './state';

const FLAG_TERMS: ReadonlyArray<TermKey> = ['extendPause', 'dropCurrencyComplaint', 'securityReassurance', 'riceOpening', 'autoRestraint'];

/** Numeric terms: range and step. Tariffs are further capped by today's level (see termsProblem). */
export const TERM_RANGES = {
  usBaselineTariff: { min: 0, max: 60, step: 1 },
  usAutoTariff: { min: 0, max: 60, step: 1 },
  investment: { min: 50, max: 1000, step: 50 },
  purchases: { min: 5, max: 100, step: 5 },
  noSaleRounds: { min: 1, max: 20, step: 1 },
  yenAccord: { min: 5, max: 30, step: 5 },
} as const;
type NumericTerm = keyof typeof TERM_RANGES;

const isNumericTerm = (key: string): key is NumericTerm => Object.hasOwn(TERM_RANGES, key);

const inRange = (key: NumericTerm, value: unknown): value is number => {
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
    if (FLAG_TERMS.includes(key as TermKey)) {
      if (value !== true) return undefined;
    } else if (!isNumericTerm(key) || !inRange(key, value)) {
      return undefined;
    }
    terms[key as TermKey] = value;
  }
  return terms as Terms;
};

/**
 * Why these terms cannot be offered now, or undefined if they can: each term
 * must be a real concession from today's board (a tariff cut, not a rise; a
 * pause that is still running; a complaint that was made).
 */
export const termsProblem = (G: GameState, terms: Terms, scenario: Scenario): Problem | undefined => {
  if (terms.usBaselineTariff !== undefined && terms.usBaselineTariff >= G.board.usBaselineTariff)
    return 'notACut';
  if (terms.usAutoTariff !== undefined && terms.usAutoTariff >= G.board.usAutoTariff) return 'notACut';
  if (terms.extendPause && G.markets.pause !== 'active') return 'pauseOver';
  if (terms.dropCurrencyComplaint && !G.markets.manipulatorLabel) return 'noComplaint';
  if (terms.securityReassurance && G.markets.reassured) return 'alreadyGiven';
  if (terms.riceOpening && G.markets.riceOpened) return 'alreadyGiven';
  if (terms.autoRestraint && G.markets.autoRestraint) return 'alreadyGiven';
  if (terms.noSaleRounds !== undefined && terms.noSaleRounds > scenario.rounds) return 'tooLong';
  if (terms.investment !== undefined && G.markets.investment + terms.investment > TERM_RANGES.investment.max)
    return 'tooMuch';
  if (terms.purchases !== undefined && G.markets.purchases + terms.purchases > TERM_RANGES.purchases.max)
    return 'tooMuch';
  return undefined;
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
