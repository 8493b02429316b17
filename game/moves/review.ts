// Review step: each side confirms it has read the round's outcome.
import type { Draft, Side } from '../state';
import { INVALID_MOVE } from './result';
import type { Args, RuleResult } from './result';

export const acknowledge = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 0 || G.acknowledged[side]) return INVALID_MOVE;
  G.acknowledged[side] = true;
};
