// Parsing untrusted move arguments into typed actions, signals and choices.
// Every check is exact: wrong types, unknown keys, NaN, Infinity, strings for
// numbers and values outside the listed intensities all parse to undefined.
import type { Params } from './model/params';
import {
  FX_DIRECTIONS,
  INTERVENTION_AMOUNTS,
  JP_ACTION_TYPES,
  LEVELS,
  PURCHASE_TRANCHES,
  SALE_TRANCHES,
  TARIFF_LINES,
  TARIFF_STEPS,
  US_ACTION_TYPES,
} from './state';
import type { Action, ActionType, JpAction, Side, Signal, UsAction } from './state';

type Plain = { readonly [key: string]: unknown };

/** A plain JSON-like object: not an array, class instance or null. */
export const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** A plain object with exactly these own keys (so `__proto__` tricks and extras fail). */
export const hasExactKeys = (value: unknown, keys: ReadonlyArray<string>): value is Plain => {
  if (!isPlain(value)) return false;
  const own = Object.getOwnPropertyNames(value);
  return own.length === keys.length && own.every((key) => keys.includes(key));
};

const oneOf = <T>(list: ReadonlyArray<T>, value: unknown): value is T => list.includes(value as T);

export const parseUsAction = (raw: unknown): UsAction | undefined => {
  if (!isPlain(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'standPat':
    case 'endPause':
    case 'extendPause':
    case 'labelManipulator':
      return hasExactKeys(raw, ['type']) ? { type: raw.type } : undefined;
    case 'raiseTariff':
    case 'cutTariff':
      return hasExactKeys(raw, ['type', 'line', 'step']) && oneOf(TARIFF_LINES, raw.line) && oneOf(TARIFF_STEPS, raw.step)
        ? { type: raw.type, line: raw.line, step: raw.step }
        : undefined;
    case 'pressSecurity':
      return hasExactKeys(raw, ['type', 'level']) && oneOf(LEVELS, raw.level) ? { type: raw.type, level: raw.level } : undefined;
    default:
      return undefined;
  }
};

export const parseJpAction = (raw: unknown): JpAction | undefined => {
  if (!isPlain(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'standPat':
      return hasExactKeys(raw, ['type']) ? { type: 'standPat' } : undefined;
    case 'sellTreasuries':
      return hasExactKeys(raw, ['type', 'amount']) && oneOf(SALE_TRANCHES, raw.amount) ? { type: raw.type, amount: raw.amount } : undefined;
    case 'buyTreasuries':
      return hasExactKeys(raw, ['type', 'amount']) && oneOf(PURCHASE_TRANCHES, raw.amount)
        ? { type: raw.type, amount: raw.amount }
        : undefined;
    case 'intervene':
      return hasExactKeys(raw, ['type', 'direction', 'amount']) &&
        oneOf(FX_DIRECTIONS, raw.direction) &&
        oneOf(INTERVENTION_AMOUNTS, raw.amount)
        ? { type: raw.type, direction: raw.direction, amount: raw.amount }
        : undefined;
    case 'retaliate':
      return hasExactKeys(raw, ['type', 'step']) && oneOf(TARIFF_STEPS, raw.step) ? { type: raw.type, step: raw.step } : undefined;
    case 'hedgeChina':
      return hasExactKeys(raw, ['type', 'level']) && oneOf(LEVELS, raw.level) ? { type: raw.type, level: raw.level } : undefined;
    default:
      return undefined;
  }
};

export const parseAction = (side: Side, raw: unknown): Action | undefined =>
  side === 'us' ? parseUsAction(raw) : parseJpAction(raw);

export const actionTypesOf = (side: Side): ReadonlyArray<ActionType> => (side === 'us' ? US_ACTION_TYPES : JP_ACTION_TYPES);

/**
 * A signal by `side`: "if you (the other side) do `trigger`, I will do `response`".
 * Standing pat is neither a threat nor a trigger.
 */
export const parseSignal = (side: Side, raw: unknown): Signal | undefined => {
  if (!hasExactKeys(raw, ['trigger', 'response'])) return undefined;
  const theirs = actionTypesOf(side === 'us' ? 'jp' : 'us');
  const mine = actionTypesOf(side);
  if (!oneOf(theirs, raw.trigger) || !oneOf(mine, raw.response)) return undefined;
  if (raw.trigger === 'standPat' || raw.response === 'standPat') return undefined;
  return { trigger: raw.trigger, response: raw.response };
};

/** The Approval an action costs its taker: bold moves spend political capital. */
export const approvalCost = (action: Action, params: Params): number => {
  const cost = params.approvalCost;
  switch (action.type) {
    case 'standPat':
      return 0;
    case 'raiseTariff':
      return cost.raiseTariff[action.step];
    case 'cutTariff':
      return cost.cutTariff[action.step];
    case 'endPause':
      return cost.endPause;
    case 'extendPause':
      return cost.extendPause;
    case 'labelManipulator':
      return cost.labelManipulator;
    case 'pressSecurity':
      return cost.pressSecurity[action.level];
    case 'sellTreasuries':
      return cost.sellTreasuries[action.amount];
    case 'buyTreasuries':
      return cost.buyTreasuries[action.amount];
    case 'intervene':
      return cost.intervene[action.amount];
    case 'retaliate':
      return cost.retaliate[action.step];
    case 'hedgeChina':
      return cost.hedgeChina[action.level];
  }
};

/** Escalations: the actions a threat can promise and hawks reach for. */
export const isEscalation = (action: Action): boolean =>
  action.type === 'raiseTariff' ||
  action.type === 'endPause' ||
  action.type === 'labelManipulator' ||
  action.type === 'pressSecurity' ||
  action.type === 'sellTreasuries' ||
  action.type === 'retaliate' ||
  action.type === 'hedgeChina' ||
  (action.type === 'intervene' && action.direction === 'sellYen');
