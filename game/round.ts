// The round's steps that are not a player's move: drawing the news, resolving
// both revealed choices through the model, the deadline, and the endings.
import { approvalCost } from './actions';
import { eventCard } from './cards/events';
import { applyEffects } from './model/effects';
import { resolveMarkets } from './model/markets';
import { scoreGame } from './model/score';
import { settlePledges } from './pledges';
import { scenarioById } from './scenarios';
import type { Scenario } from './scenarios';
import { postSignals, settleSignals } from './signals';
import type { Choice, Draft, EndReason, GameState, JpAction, Side, UsAction } from './state';

export const scenarioOf = (G: GameState): Scenario => scenarioById(G.scenario);

const STAND_PAT: Choice = { action: { type: 'standPat' }, signal: undefined };

/** News: draws the next event card and applies it; a card may ask one side to respond. */
export const drawNews = (G: Draft): void => {
  const scenario = scenarioOf(G);
  const [id, ...rest] = G.deck;
  if (id === undefined) throw new Error('The news deck ran out: the scenario has fewer cards than rounds');
  G.deck = rest;
  const card = eventCard(id);
  applyEffects(G, card.effects, scenario.params);
  G.news = { card: id, awaiting: card.response?.side, response: undefined };
  endIfCrisis(G, scenario);
};

/** News alone can break the markets: a crisis with nobody's action to blame. */
export const endIfCrisis = (G: Draft, scenario: Scenario): void => {
  if (G.board.stress >= scenario.params.stress.crisisLevel) finish(G, 'crisis', undefined, scenario);
};

/** Runs the model with both sides standing pat: the markets' own course, no news. */
const project = (G: Draft, rounds: number, scenario: Scenario): void => {
  for (let i = 0; i < rounds; i++) {
    const result = resolveMarkets({
      board: G.board,
      start: G.start,
      markets: G.markets,
      us: { type: 'standPat' },
      jp: { type: 'standPat' },
      reciprocalRate: scenario.reciprocalRate,
      params: scenario.params,
    });
    G.board = result.board;
    G.markets = result.markets;
  }
};

const finish = (G: Draft, reason: EndReason, tippedBy: Side | undefined, scenario: Scenario): void => {
  G.outcome = scoreGame(G, reason, tippedBy, scenario.params);
};

/** A comprehensive deal ends the war: the remaining rounds are projected under it and scored. */
export const endByDeal = (G: Draft): void => {
  const scenario = scenarioOf(G);
  project(G, G.rounds - G.round + 1, scenario);
  finish(G, 'deal', undefined, scenario);
};

/**
 * Markets: both choices are revealed and resolved together. Pledges and old
 * signals are settled against them, new signals posted, Approval spent, the
 * model run, the round recorded; then a crisis or the deadline may end the game.
 */
export const resolveRound = (G: Draft): void => {
  const scenario = scenarioOf(G);
  const params = scenario.params;
  const choices = { us: G.pending.us ?? STAND_PAT, jp: G.pending.jp ?? STAND_PAT };
  const us = choices.us.action as UsAction;
  const jp = choices.jp.action as JpAction;

  const breaches = settlePledges(G, { us, jp }, scenario.reciprocalRate, params);
  const settled = settleSignals(G, choices, params);
  const threatStress = postSignals(G, choices, params);
  applyEffects(G, { usApproval: -approvalCost(us, params), jpApproval: -approvalCost(jp, params) }, params);

  const result = resolveMarkets({
    board: G.board,
    start: G.start,
    markets: G.markets,
    us,
    jp,
    reciprocalRate: scenario.reciprocalRate,
    params,
  });
  G.board = result.board;
  G.markets = result.markets;
  G.day += scenario.daysPerRound;
  // Stress each side's choice added: its action's, its threat's and its breaches'.
  const stressBy = {
    us: result.stressBy.us + threatStress.us + breaches.filter((b) => b.side === 'us').length * params.stress.breach,
    jp: result.stressBy.jp + threatStress.jp + breaches.filter((b) => b.side === 'jp').length * params.stress.breach,
  };
  // A copy: the board object is changed in place later (news, deals, the snapback).
  G.history.push({ ...G.board });
  G.reports.push({
    round: G.round,
    news: G.news,
    choices,
    breaches,
    signalsKept: settled.kept,
    signalsBroken: settled.broken,
    stressBy,
  });
  G.pending = { us: undefined, jp: undefined };

  if (G.board.stress >= params.stress.crisisLevel) {
    finish(G, 'crisis', stressBy.us > stressBy.jp ? 'us' : stressBy.jp > stressBy.us ? 'jp' : undefined, scenario);
  } else if (G.round >= G.rounds) {
    snapBack(G, scenario);
    finish(G, G.board.stress >= params.stress.crisisLevel ? 'crisis' : 'deadline', undefined, scenario);
  }
};

/** The deadline: without a deal or an extension, the suspended reciprocal rate snaps back (up to any deal's cap). */
const snapBack = (G: Draft, scenario: Scenario): void => {
  if (G.markets.pause !== 'active') return;
  const params = scenario.params;
  const before = G.board.usBaselineTariff;
  // A deal's binding cap on the baseline tariff supersedes the reciprocal rate.
  const cap = G.commitments.find((c) => c.type === 'tariffCap' && c.line === 'baseline');
  const snapTo = cap?.type === 'tariffCap' ? Math.min(cap.max, scenario.reciprocalRate) : scenario.reciprocalRate;
  G.markets.pause = 'ended';
  G.board.usBaselineTariff = Math.max(before, snapTo);
  const rise = G.board.usBaselineTariff - before;
  applyEffects(G, { stress: params.stress.endPause + rise * params.stress.perTariffPoint }, params);
  // The snapback itself can break the markets (a crisis nobody's move tipped);
  // otherwise one projected round prices it into trade, growth and approval.
  if (G.board.stress < params.stress.crisisLevel) project(G, 1, scenario);
};

/** Review is over: the clock moves to the next round. */
export const startNextRound = (G: Draft): void => {
  G.round += 1;
  G.news = undefined;
  G.talks.open = undefined;
  G.talks.made = { us: 0, jp: 0 };
  G.talks.done = { us: false, jp: false };
  G.acknowledged = { us: false, jp: false };
};
