// What a rule returns: nothing when it changed the state, INVALID_MOVE when the
// input was rejected (and then it changed nothing).
import { INVALID_MOVE } from 'boardgame.io/core';

export { INVALID_MOVE };
export type Rejected = typeof INVALID_MOVE;
export type RuleResult = Rejected | void;

/** Rules take the untrusted argument list whole, so that extra arguments are rejected too. */
export type Args = ReadonlyArray<unknown>;
