// The round's steps that are not a player's move: drawing the news, resolving
// both revealed choices through the model, the deadline, and the endings.
import { STAND_PAT_ACTION, approvalCost } from './actions';
import { eventCard } from './cards/events';
import { applyEffect, applyEffects } from './model/effects';
import { copyBoard } from './model/core';
import { projectMarkets, resolveMarkets } from './model/markets';
import { scoreGame } from './model/score';
import { settlePledges } from './pledges';
import { rulesOf } from './rules';
import { postSignals, settleSignals } from './signals';
import { otherSide } from './state';
import type { Choice, Draft, EndReason, GameState, Indicators, JpAction, Markets, Side, UsAction } from './state';

const STAND_PAT: Choice = { action: STAND_PAT_ACTION, signal: undefined };

/** News: draws the next event card and applies it; a card may ask one side to respond. */
export const drawNews = (G: Draft): void => {
  const id = G.deck[0];
  if (id === undefined) throw new Error('The news deck ran out: the scenario has fewer cards than rounds');
  // slice, not a rest pattern: destructuring goes through the iterator protocol, a twentieth of a rollout.
  G.deck = G.deck.slice(1);
  const card = eventCard(id);
  applyEffects(G, card.effects, rulesOf(G).params);
  G.news = { card: id, awaiting: card.response?.side, response: undefined };
  endIfCrisis(G);
};

/** News alone can break the markets: a crisis with nobody's action to blame. */
export const endIfCrisis = (G: Draft): void => {
  if (G.board.stress >= rulesOf(G).params.stress.crisisLevel) finish(G, 'crisis', undefined);
};

/** The markets' own course for some rounds, both sides standing pat and no news. */
const projected = (G: GameState, rounds: number): { board: Indicators; markets: Markets } =>
  projectMarkets(G.board, G.markets, G.start, rulesOf(G).params, rounds);

const project = (G: Draft, rounds: number): void => {
  const { board, markets } = projected(G, rounds);
  G.board = board;
  G.markets = markets;
};

/**
 * Every ending is scored where the markets settle: the fading parts of prices
 * run their course first, so no side scores a gain whose cost comes after the
 * game (selling yen in the last round, say). The board itself stays as the
 * game left it.
 */
const finish = (G: Draft, reason: EndReason, tippedBy: Side | undefined): void => {
  const params = rulesOf(G).params;
  G.outcome = scoreGame({ ...G, ...projected(G, params.scoring.settleRounds) }, reason, tippedBy, params);
};

/** A comprehensive deal ends the war: the remaining rounds are projected under it and scored. */
export const endByDeal = (G: Draft): void => {
  project(G, G.rounds - G.round + 1);
  finish(G, 'deal', undefined);
};

/** The side whose choice added more Stress this round, if one did. */
const culprit = (stressBy: { readonly us: number; readonly jp: number }): Side | undefined =>
  stressBy.us > stressBy.jp ? 'us' : stressBy.jp > stressBy.us ? 'jp' : undefined;

/**
 * Markets: both choices are revealed and resolved together. Pledges and old
 * signals are settled against them, new signals posted, Approval spent, the
 * model run, the round recorded; then a crisis or the deadline may end the game.
 * `record: false` skips the history and the report: no rule reads them, and
 * a searching bot's thousands of throwaway rounds a decision need neither.
 */
export const resolveRound = (G: Draft, { record }: { readonly record: boolean } = { record: true }): void => {
  const rules = rulesOf(G);
  const params = rules.params;
  const choices = { us: G.pending.us ?? STAND_PAT, jp: G.pending.jp ?? STAND_PAT };
  const us = choices.us.action as UsAction;
  const jp = choices.jp.action as JpAction;

  const breaches = settlePledges(G, { us, jp }, rules.reciprocalRate, params);
  const settled = settleSignals(G, choices, params);
  const threatStress = postSignals(G, choices, params);
  applyEffect(G, 'usApproval', -approvalCost('us', us, params), params);
  applyEffect(G, 'jpApproval', -approvalCost('jp', jp, params), params);

  const result = resolveMarkets({
    board: G.board,
    start: G.start,
    markets: G.markets,
    us,
    jp,
    reciprocalRate: rules.reciprocalRate,
    params,
  });
  G.board = result.board;
  G.markets = result.markets;
  G.day += rules.daysPerRound;
  // Stress each side's choice added: its action's (with the price moves it caused), its threat's and its breaches'.
  let usBreaches = 0;
  for (const breach of breaches) if (breach.side === 'us') usBreaches += 1;
  const stressBy = {
    us: result.stressBy.us + threatStress.us + usBreaches * params.stress.breach,
    jp: result.stressBy.jp + threatStress.jp + (breaches.length - usBreaches) * params.stress.breach,
  };
  if (record) {
    // A copy: the board object is changed in place later (news, deals, the snapback).
    // copyBoard rather than a spread keeps every board one hidden class (see copyBoard).
    G.history.push(copyBoard(G.board));
    G.reports.push({
      round: G.round,
      news: G.news,
      choices,
      breaches,
      signalsKept: [...settled.kept],
      signalsBroken: [...settled.broken],
      stressBy,
    });
  }
  G.pending = { us: undefined, jp: undefined };

  if (G.board.stress >= params.stress.crisisLevel) {
    finish(G, 'crisis', culprit(stressBy));
  } else if (G.round >= G.rounds) {
    snapBack(G);
    finish(G, G.board.stress >= params.stress.crisisLevel ? 'crisis' : 'deadline', undefined);
  }
};

/** The deadline: without a deal or an extension, the suspended reciprocal rate snaps back (up to any deal's cap). */
const snapBack = (G: Draft): void => {
  if (G.markets.pause !== 'active') return;
  const rules = rulesOf(G);
  const params = rules.params;
  const before = G.board.usBaselineTariff;
  // A deal's binding cap on the baseline tariff supersedes the reciprocal rate.
  const cap = G.commitments.find((c) => c.type === 'tariffCap' && c.line === 'baseline');
  const snapTo = cap?.type === 'tariffCap' ? Math.min(cap.max, rules.reciprocalRate) : rules.reciprocalRate;
  G.markets.pause = 'ended';
  G.board.usBaselineTariff = Math.max(before, snapTo);
  const rise = G.board.usBaselineTariff - before;
  applyEffect(G, 'stress', params.stress.endPause + rise * params.stress.perTariffPoint, params);
  // The snapback itself can break the markets (a crisis nobody's move tipped);
  // otherwise one projected round prices it into trade, growth and approval.
  if (G.board.stress < params.stress.crisisLevel) project(G, 1);
};

/** Review is over: the clock moves to the next round, and the other side speaks first in talks. */
export const startNextRound = (G: Draft): void => {
  G.round += 1;
  G.news = undefined;
  G.talks.open = undefined;
  G.talks.made = { us: 0, jp: 0 };
  G.talks.done = { us: false, jp: false };
  G.talks.first = otherSide(G.talks.first);
  G.acknowledged = { us: false, jp: false };
};
