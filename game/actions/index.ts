// The action registry: every policy action of both sides as data. Parsing,
// legality, Approval cost, hostility, the model's effect, names and one-line
// explanations all come from the entries in us.ts and jp.ts, so adding an
// action touches one entry and the model.
import type { EffectContext } from '../model/core';
import type { Params } from '../model/params';
import { isPlain, matchesExactly } from '../parse';
import type { Problem } from '../problems';
import { otherSide } from '../state';
import type { Action, ActionType, GameState, Side, Signal, Text } from '../state';
import { JP_ACTIONS } from './jp';
import type { ActionSpec } from './spec';
import { US_ACTIONS } from './us';

export type { ActionSpec } from './spec';
export { STAND_PAT_ACTION } from './stand-pat';

// Maps, not the entry objects: a lookup by an untrusted name cannot reach
// "constructor" or "__proto__", and a bot's rollouts look an entry up several
// times a round, which a keyed read of a varying name made slow.
const entriesOf = (registry: object): ReadonlyMap<string, ActionSpec<Action>> =>
  new Map(Object.entries(registry as { readonly [type: string]: ActionSpec<Action> }));
const REGISTRY: { readonly [S in Side]: ReadonlyMap<string, ActionSpec<Action>> } = {
  us: entriesOf(US_ACTIONS),
  jp: entriesOf(JP_ACTIONS),
};

/** The entry for one of `side`'s action types, or undefined. */
export const actionSpec = (side: Side, type: string): ActionSpec<Action> | undefined => REGISTRY[side].get(type);

const specOf = (side: Side, action: Action): ActionSpec<Action> => {
  const spec = actionSpec(side, action.type);
  if (!spec) throw new Error(`${action.type} is not an action of ${side}`);
  return spec;
};

/** Every action type of a side, in menu order (standing pat first). */
const TYPES: { readonly [S in Side]: ReadonlyArray<ActionType> } = {
  us: [...REGISTRY.us.keys()] as ActionType[],
  jp: [...REGISTRY.jp.keys()] as ActionType[],
};
export const actionTypesOf = (side: Side): ReadonlyArray<ActionType> => TYPES[side];

/** Every action of a side at every intensity, in menu order, whether legal now or not. */
const ALL_VARIANTS: { readonly [S in Side]: ReadonlyArray<Action> } = {
  us: [...REGISTRY.us.values()].flatMap((spec) => spec.variants),
  jp: [...REGISTRY.jp.values()].flatMap((spec) => spec.variants),
};
export const allActions = (side: Side): ReadonlyArray<Action> => ALL_VARIANTS[side];

/** An untrusted argument as one of `side`'s actions: exactly one of the listed variants, or undefined. */
export const parseAction = (side: Side, raw: unknown): Action | undefined => {
  if (!isPlain(raw) || typeof raw.type !== 'string') return undefined;
  return actionSpec(side, raw.type)?.variants.find((variant) => matchesExactly(raw, variant));
};

export const approvalCost = (side: Side, action: Action, params: Params): number => specOf(side, action).cost(action, params);

/** An escalation: what a threat promises, a hawk reaches for and tit-for-tat answers. */
export const isHostile = (side: Side, action: Action): boolean => specOf(side, action).hostile(action);

const threatTypes = (side: Side): ReadonlySet<string> =>
  new Set(ALL_VARIANTS[side].filter((variant) => specOf(side, variant).hostile(variant)).map((variant) => variant.type));
const THREAT_TYPES: { readonly [S in Side]: ReadonlySet<string> } = { us: threatTypes('us'), jp: threatTypes('jp') };

/** A signal's promised response is a threat when some intensity of it is hostile; otherwise it is a promise. */
export const isThreat = (side: Side, response: ActionType): boolean => THREAT_TYPES[side].has(response);

/** Why `side` cannot take `action` now (Approval first, then the entry's own rule), or undefined. */
export const actionProblem = (G: GameState, params: Params, side: Side, action: Action): Problem | undefined => {
  const spec = specOf(side, action);
  const approval = side === 'us' ? G.board.usApproval : G.board.jpApproval;
  if (spec.cost(action, params) > approval) return 'approval';
  return spec.problem(action, G, params);
};

export const applyActionEffect = (side: Side, action: Action, ctx: EffectContext): void => {
  // Standing pat does nothing, and it is most of the markets' own course (settling, projections).
  if (action.type !== 'standPat') specOf(side, action).effect(action, ctx);
};

export const describeAction = (side: Side, action: Action): Text => specOf(side, action).describe(action);

/**
 * An untrusted signal by `side`: "if you (the other side) do `trigger`, I will
 * do `response`". Standing pat is neither a threat nor a trigger.
 */
export const parseSignal = (side: Side, raw: unknown): Signal | undefined => {
  if (!isPlain(raw) || typeof raw.trigger !== 'string' || typeof raw.response !== 'string') return undefined;
  const signal = { trigger: raw.trigger, response: raw.response };
  if (!matchesExactly(raw, signal) || signal.trigger === 'standPat' || signal.response === 'standPat') return undefined;
  if (!actionSpec(otherSide(side), signal.trigger) || !actionSpec(side, signal.response)) return undefined;
  return signal as Signal;
};
