// Legal options for a player, in one place: the moves validate against them,
// ai.enumerate lists them for bots, and the board will draw them.
import { approvalCost, actionTypesOf } from './actions';
import { eventCard } from './cards/events';
import type { Problem } from './problems';
import { scenarioOf } from './round';
import { INTERVENTION_AMOUNTS, LEVELS, PURCHASE_TRANCHES, SALE_TRANCHES, TARIFF_LINES, TARIFF_STEPS, otherSide } from './state';
import type { Action, GameState, JpAction, Side, Signal, Terms, UsAction } from './state';
import { termsProblem } from './terms';

const usCandidates = (): UsAction[] => [
  { type: 'standPat' },
  ...TARIFF_LINES.flatMap((line) => TARIFF_STEPS.map((step) => ({ type: 'raiseTariff' as const, line, step }))),
  ...TARIFF_LINES.flatMap((line) => TARIFF_STEPS.map((step) => ({ type: 'cutTariff' as const, line, step }))),
  { type: 'endPause' },
  { type: 'extendPause' },
  { type: 'labelManipulator' },
  ...LEVELS.map((level) => ({ type: 'pressSecurity' as const, level })),
];

const jpCandidates = (): JpAction[] => [
  { type: 'standPat' },
  ...SALE_TRANCHES.map((amount) => ({ type: 'sellTreasuries' as const, amount })),
  ...PURCHASE_TRANCHES.map((amount) => ({ type: 'buyTreasuries' as const, amount })),
  ...INTERVENTION_AMOUNTS.flatMap((amount) => [
    { type: 'intervene' as const, direction: 'buyYen' as const, amount },
    { type: 'intervene' as const, direction: 'sellYen' as const, amount },
  ]),
  ...TARIFF_STEPS.map((step) => ({ type: 'retaliate' as const, step })),
  ...LEVELS.map((level) => ({ type: 'hedgeChina' as const, level })),
];

const US_CANDIDATES = usCandidates();
const JP_CANDIDATES = jpCandidates();

/** Why `side` cannot take `action` now (the board allows it and Approval pays for it), or undefined. */
export const actionProblem = (G: GameState, side: Side, action: Action): Problem | undefined => {
  const params = scenarioOf(G).params;
  const approval = side === 'us' ? G.board.usApproval : G.board.jpApproval;
  if (approvalCost(action, params) > approval) return 'approval';
  const b = G.board;
  switch (action.type) {
    case 'standPat':
      return undefined;
    case 'raiseTariff':
      return (action.line === 'baseline' ? b.usBaselineTariff : b.usAutoTariff) + action.step > params.tariffs.maxUs
        ? 'ceiling'
        : undefined;
    case 'cutTariff':
      return (action.line === 'baseline' ? b.usBaselineTariff : b.usAutoTariff) < action.step ? 'floor' : undefined;
    case 'endPause':
    case 'extendPause':
      return G.markets.pause === 'active' ? undefined : 'pauseOver';
    case 'labelManipulator':
      return G.markets.manipulatorLabel ? 'alreadyLabelled' : undefined;
    case 'pressSecurity':
      return undefined;
    case 'sellTreasuries':
      return b.holdings < action.amount ? 'noHoldings' : undefined;
    case 'buyTreasuries':
      return b.reserves < action.amount ? 'noReserves' : undefined;
    case 'intervene':
      return action.direction === 'buyYen' && b.reserves < action.amount ? 'noReserves' : undefined;
    case 'retaliate':
      return b.jpRetaliatoryTariff + action.step > params.tariffs.maxJp ? 'ceiling' : undefined;
    case 'hedgeChina':
      return G.markets.chinaHedge + action.level > params.jp.chinaHedgeMax ? 'hedgeComplete' : undefined;
  }
};

/** Every action `side` may choose this round. */
export const legalActions = (G: GameState, side: Side): Action[] =>
  (side === 'us' ? US_CANDIDATES : JP_CANDIDATES).filter((action) => actionProblem(G, side, action) === undefined);

/** Every signal `side` may post: any opponent action (but standing pat) answered by any of its own. */
export const legalSignals = (side: Side): Signal[] =>
  actionTypesOf(otherSide(side))
    .filter((trigger) => trigger !== 'standPat')
    .flatMap((trigger) =>
      actionTypesOf(side)
        .filter((response) => response !== 'standPat')
        .map((response) => ({ trigger, response })),
    );

/** The option ids of the card `side` must answer now, if any. */
export const legalResponses = (G: GameState, side: Side): string[] =>
  G.news && G.news.awaiting === side ? (eventCard(G.news.card).response?.options.map((o) => o.id) ?? []) : [];

/** A proposer's side of the bargain: what each side typically asks for and gives. */
const TEMPLATES: ReadonlyArray<Terms> = [
  { usAutoTariff: 15, investment: 400, purchases: 20 },
  { usAutoTariff: 15, usBaselineTariff: 10, investment: 550, noSaleRounds: 3 },
  { usAutoTariff: 20, purchases: 10 },
  { usBaselineTariff: 5, riceOpening: true, purchases: 15 },
  { extendPause: true, noSaleRounds: 2 },
  { securityReassurance: true, yenAccord: 10, investment: 200 },
  { dropCurrencyComplaint: true, noSaleRounds: 3 },
  { investment: 300, autoRestraint: true, usAutoTariff: 10 },
];

/** A bounded, representative set of proposals legal now, each plain and comprehensive. */
export const proposalOptions = (G: GameState): Array<{ terms: Terms; comprehensive: boolean }> => {
  const scenario = scenarioOf(G);
  return TEMPLATES.filter((terms) => termsProblem(G, terms, scenario) === undefined).flatMap((terms) => [
    { terms, comprehensive: false },
    { terms, comprehensive: true },
  ]);
};

/** Why `side` may not propose or counter now, or undefined. */
export const proposingProblem = (G: GameState, side: Side): Problem | undefined => {
  if (G.talks.done[side]) return 'talksOver';
  if (G.talks.made[side] >= scenarioOf(G).proposalsPerRound) return 'noProposalsLeft';
  return undefined;
};
