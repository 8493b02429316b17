// Public signals, "if you do X, I will do Y": what they do to markets when
// made, and what they do to their maker's Credibility when X comes to pass.
import { isThreat } from './actions';
import { applyEffect } from './model/effects';
import type { Params } from './model/params';
import { SIDES, otherSide } from './state';
import type { Choice, Draft, LiveSignal, Side, Signal } from './state';

export type SignalSettlement = { readonly kept: ReadonlyArray<Side>; readonly broken: ReadonlyArray<Side> };

const NOTHING_SETTLED: SignalSettlement = Object.freeze({ kept: Object.freeze([]), broken: Object.freeze([]) });

/**
 * A standing signal as one literal, every field named: spread copies of the
 * signals players send took many shapes, and reading them made this module a
 * tenth of a simulated game.
 */
const liveSignal = (signal: Signal, madeRound: number, dueRound: number | undefined, repeats: number): LiveSignal => ({
  trigger: signal.trigger,
  response: signal.response,
  madeRound,
  dueRound,
  repeats,
});

/**
 * Settles standing signals against this round's actions. A signal waits for
 * its trigger from the round after it was made. Moves are chosen at once, so
 * a response counts only when chosen after the trigger was revealed: once
 * triggered, its maker owes the promised action in the next round, or loses
 * Credibility.
 */
export const settleSignals = (G: Draft, choices: { readonly [S in Side]: Choice }, params: Params): SignalSettlement => {
  // Most rounds have no standing signal: nothing to settle.
  if (G.signals.us.length === 0 && G.signals.jp.length === 0) return NOTHING_SETTLED;
  const kept: Side[] = [];
  const broken: Side[] = [];
  for (const side of SIDES) {
    const mine = choices[side].action.type;
    const theirs = choices[otherSide(side)].action.type;
    const standing: LiveSignal[] = [];
    for (const signal of G.signals[side]) {
      if (signal.dueRound === G.round) {
        (mine === signal.response ? kept : broken).push(side);
      } else if (signal.dueRound !== undefined) {
        standing.push(signal);
      } else if (theirs === signal.trigger) {
        standing.push(liveSignal(signal, signal.madeRound, G.round + 1, signal.repeats));
      } else if (G.round - signal.madeRound < params.credibility.signalLifetime) {
        standing.push(signal);
      }
    }
    G.signals[side] = standing;
  }
  for (const side of kept) applyEffect(G, side === 'us' ? 'usCredibility' : 'jpCredibility', params.credibility.kept, params);
  for (const side of broken) applyEffect(G, side === 'us' ? 'usCredibility' : 'jpCredibility', params.credibility.broken, params);
  return { kept, broken };
};

/**
 * Posts this round's new signals. A new signal replaces its maker's untriggered
 * one; a triggered one stays owed, so an empty threat cannot be escaped by
 * making another. A threat moves markets and the opponent's Approval in
 * proportion to how far the maker is believed, and each re-posting of a threat
 * never yet tested carries less (CALIBRATION.md, Hashimoto 1997: "less each
 * time it is not carried out"); a promise builds Trust the same way.
 * Returns the Stress each side's threat added.
 */
export const postSignals = (G: Draft, choices: { readonly [S in Side]: Choice }, params: Params): { [S in Side]: number } => {
  const stress = { us: 0, jp: 0 };
  for (const side of SIDES) {
    const signal = choices[side].signal;
    if (!signal) continue;
    const untested = G.signals[side].find((s) => s.dueRound === undefined);
    const threat = isThreat(side, signal.response);
    const repeats = threat && untested && isThreat(side, untested.response) ? untested.repeats + 1 : 0;
    G.signals[side] = [...G.signals[side].filter((s) => s.dueRound !== undefined), liveSignal(signal, G.round, undefined, repeats)];
    const t = params.threats;
    const believed = (G.board[side === 'us' ? 'usCredibility' : 'jpCredibility'] / 100) * t.repostForce ** repeats;
    if (threat) {
      stress[side] = t.stress * believed;
      applyEffect(G, side === 'us' ? 'jpApproval' : 'usApproval', t.opponentApproval * believed, params);
      applyEffect(G, 'stress', t.stress * believed, params);
      if (signal.response === 'sellTreasuries') applyEffect(G, 'yield10y', (t.saleThreatBp * believed) / 100, params);
    } else {
      applyEffect(G, 'trust', params.trust.deal * believed, params);
    }
  }
  return stress;
};
