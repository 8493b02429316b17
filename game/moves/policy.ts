// Moves step: each side secretly locks in one policy action and an optional
// public signal. Neither sees the other's choice until both have chosen.
import { parseAction, parseSignal } from '../actions';
import { actionProblem } from '../legal';
import type { Draft, Side } from '../state';
import { INVALID_MOVE } from './result';
import type { Args, RuleResult } from './result';

export const chooseAction = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length < 1 || args.length > 2 || G.pending[side]) return INVALID_MOVE;
  const action = parseAction(side, args[0]);
  if (!action || actionProblem(G, side, action) !== undefined) return INVALID_MOVE;
  // No signal: left out, or null (JSON, and so the network, turns undefined into null).
  const rawSignal = args[1] ?? undefined;
  const signal = rawSignal === undefined ? undefined : parseSignal(side, rawSignal);
  if (rawSignal !== undefined && !signal) return INVALID_MOVE;
  G.pending[side] = { action, signal };
};
