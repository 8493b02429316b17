// The legal proposal space, in one place: every term of a deal, who gives it,
// and its bounds and step now (or why it is not on the table). The talk moves
// validate proposals against it, the client's proposal builder draws it, and
// bots search it.
import type { Problem } from './problems';
import { rulesOf } from './rules';
import type { GameState, Side, Terms, Text } from './state';

/** Every amount term's grid: what a proposal may ever say. Today's board narrows it (see talkOptions). */
export const TERM_RANGES = {
  usBaselineTariff: { min: 0, max: 60, step: 1 },
  usAutoTariff: { min: 0, max: 60, step: 1 },
  investment: { min: 50, max: 1000, step: 50 },
  purchases: { min: 5, max: 100, step: 5 },
  noSaleRounds: { min: 1, max: 20, step: 1 },
  yenAccord: { min: 5, max: 30, step: 5 },
} as const;
export type AmountTerm = keyof typeof TERM_RANGES;

export const FLAG_TERMS = ['extendPause', 'dropCurrencyComplaint', 'securityReassurance', 'riceOpening', 'autoRestraint'] as const;
export type FlagTerm = (typeof FLAG_TERMS)[number];

export const isAmountTerm = (key: string): key is AmountTerm => Object.hasOwn(TERM_RANGES, key);
export const isFlagTerm = (key: string): key is FlagTerm => (FLAG_TERMS as ReadonlyArray<string>).includes(key);

/** Who gives each term, and what it is called. */
export const TERM_INFO: { readonly [K in AmountTerm | FlagTerm]: { readonly giver: Side; readonly name: Text } } = {
  usBaselineTariff: { giver: 'us', name: { en: 'Baseline tariff to (%)', ja: '一般関税を（%）に' } },
  usAutoTariff: { giver: 'us', name: { en: 'Auto tariff to (%)', ja: '自動車関税を（%）に' } },
  extendPause: { giver: 'us', name: { en: 'Extend the pause', ja: '一時停止の延長' } },
  dropCurrencyComplaint: { giver: 'us', name: { en: 'Drop the currency complaint', ja: '為替操作国認定の撤回' } },
  securityReassurance: { giver: 'us', name: { en: 'Security reassurance', ja: '安全保障の確約' } },
  investment: { giver: 'jp', name: { en: 'Investment pledge ($B)', ja: '投資の約束（10億ドル）' } },
  purchases: { giver: 'jp', name: { en: 'Purchases: LNG, farm goods, aircraft ($B a year)', ja: '購入約束：LNG・農産品・航空機（年間、10億ドル）' } },
  riceOpening: { giver: 'jp', name: { en: 'Open the rice market', ja: 'コメ市場の開放' } },
  autoRestraint: { giver: 'jp', name: { en: 'Auto export restraint', ja: '自動車の輸出自主規制' } },
  noSaleRounds: { giver: 'jp', name: { en: 'No Treasury sales for (rounds)', ja: '米国債を売らない期間（ラウンド）' } },
  yenAccord: { giver: 'jp', name: { en: 'Let the yen strengthen by (yen)', ja: '円高容認（円）' } },
};

/** An amount term now: its bounds and step, and the problem with any value past `max` (all of them when unavailable). */
export type AmountOption = {
  readonly key: AmountTerm; //     'investment'
  readonly giver: Side; //         'jp'
  readonly available: boolean; //  false when no value is on the table now
  readonly min: number; //         50
  readonly max: number; //         1000 less what is already pledged
  readonly step: number; //        50
  readonly problem: Problem; //    'tooMuch'
};
export type FlagOption = {
  readonly key: FlagTerm;
  readonly giver: Side;
  readonly problem: Problem | undefined; // why it is not on the table now, if it is not
};

export type TalkOptions = {
  readonly proposing: Problem | undefined; // why this side may not propose or counter now, if it may not
  readonly amounts: ReadonlyArray<AmountOption>;
  readonly flags: ReadonlyArray<FlagOption>;
};

/** The largest value on a term's grid that is at most `limit`. */
const gridFloor = (key: AmountTerm, limit: number): number => {
  const r = TERM_RANGES[key];
  return r.min + Math.floor((Math.min(limit, r.max) - r.min) / r.step) * r.step;
};

const amount = (key: AmountTerm, limit: number, problem: Problem): AmountOption => {
  const r = TERM_RANGES[key];
  const max = gridFloor(key, limit);
  return { key, giver: TERM_INFO[key].giver, available: max >= r.min, min: r.min, max, step: r.step, problem };
};

const flag = (key: FlagTerm, problem: Problem | undefined): FlagOption => ({ key, giver: TERM_INFO[key].giver, problem });

/** Why `side` may not propose or counter now, or undefined. */
export const proposingProblem = (G: GameState, side: Side): Problem | undefined => {
  if (G.talks.done[side]) return 'talksOver';
  if (G.talks.made[side] >= rulesOf(G).proposalsPerRound) return 'noProposalsLeft';
  return undefined;
};

/** The most an amount term can say now, and the problem with saying more. */
const amountLimit = (G: GameState, key: AmountTerm): { readonly limit: number; readonly problem: Problem } => {
  switch (key) {
    case 'usBaselineTariff':
      return { limit: G.board.usBaselineTariff - 1, problem: 'notACut' };
    case 'usAutoTariff':
      return { limit: G.board.usAutoTariff - 1, problem: 'notACut' };
    case 'investment':
      return { limit: TERM_RANGES.investment.max - G.markets.investment, problem: 'tooMuch' };
    case 'purchases':
      return { limit: TERM_RANGES.purchases.max - G.markets.purchases, problem: 'tooMuch' };
    case 'noSaleRounds':
      return { limit: G.rounds, problem: 'tooLong' };
    case 'yenAccord':
      return { limit: TERM_RANGES.yenAccord.max, problem: 'tooMuch' };
  }
};

const amountOption = (G: GameState, key: AmountTerm): AmountOption => {
  const { limit, problem } = amountLimit(G, key);
  return amount(key, limit, problem);
};

const flagOption = (G: GameState, key: FlagTerm): FlagOption => {
  switch (key) {
    case 'extendPause':
      return flag(key, G.markets.pause === 'active' ? undefined : 'pauseOver');
    case 'dropCurrencyComplaint':
      return flag(key, G.markets.manipulatorLabel ? undefined : 'noComplaint');
    case 'securityReassurance':
      return flag(key, G.markets.reassured ? 'alreadyGiven' : undefined);
    case 'riceOpening':
      return flag(key, G.markets.riceOpened ? 'alreadyGiven' : undefined);
    case 'autoRestraint':
      return flag(key, G.markets.autoRestraint ? 'alreadyGiven' : undefined);
  }
};

const AMOUNT_TERMS = Object.keys(TERM_RANGES) as AmountTerm[];

/**
 * The full legal proposal space now: every term must be a real concession from
 * today's board (a tariff cut, not a rise; a pause still running; a complaint
 * that was made; pledges within what can be pledged in all).
 */
export const talkOptions = (G: GameState, side: Side): TalkOptions => ({
  proposing: proposingProblem(G, side),
  amounts: AMOUNT_TERMS.map((key) => amountOption(G, key)),
  flags: FLAG_TERMS.map((key) => flagOption(G, key)),
});

/**
 * Why these (well-formed, see terms.ts) terms cannot be offered now, or
 * undefined if they can. Amounts are already on their grid, so one at most
 * the limit is at most the option's max.
 */
export const termsProblem = (G: GameState, terms: Terms): Problem | undefined => {
  for (const key in terms) {
    if (isAmountTerm(key)) {
      const value = terms[key];
      const { limit, problem } = amountLimit(G, key);
      if (value !== undefined && value > limit) return problem;
    } else if (isFlagTerm(key) && terms[key]) {
      const problem = flagOption(G, key).problem;
      if (problem) return problem;
    }
  }
  return undefined;
};
