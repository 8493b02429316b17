// The shape of one action's registry entry: everything the rules, the board
// and the bots need to know about an action, in one place.
import type { EffectContext } from '../model/core';
import type { Params } from '../model/params';
import type { Problem } from '../problems';
import type { Action, GameState, Side, Text } from '../state';

export type ActionSpec<A extends Action> = {
  readonly type: A['type'];
  readonly side: Side | 'both'; //                  standPat is open to both sides
  readonly name: Text; //                           'Sell Treasuries'
  readonly explain: Text; //                        one line: what it does and what it costs its user
  readonly variants: ReadonlyArray<A>; //           every intensity, in menu order: the only legal shapes
  readonly describe: (action: A) => Text; //        'Sell $50B of Treasuries'
  readonly hostile: (action: A) => boolean; //      an escalation: what threats promise and retaliation answers
  readonly cost: (action: A, params: Params) => number; // Approval it spends
  readonly problem: (action: A, G: GameState, params: Params) => Problem | undefined; // beyond Approval
  readonly effect: (action: A, ctx: EffectContext) => void; // the economic model's part (game/model/action-effects.ts)
};

export type Of<A, T> = Extract<A, { readonly type: T }>;

/** Registry for one side's union: one entry per action type, checked exhaustively by the compiler. */
export type Registry<A extends Action> = { readonly [T in A['type']]: ActionSpec<Of<A, T>> };

export const never = (): false => false;
export const always = (): true => true;
export const free = (): number => 0;
export const noProblem = (): undefined => undefined;
