// The moves the board calls, typed: boardgame.io hands the board an untyped
// map, and these are the only names and argument lists the rules accept
// (game/flow.ts RULES).
import type { Action, Signal, Terms } from '../../../game/state';

export type TalkMoves = {
  readonly propose: (terms: Terms, comprehensive: boolean) => void;
  readonly counter: (id: number, terms: Terms, comprehensive: boolean) => void;
  readonly accept: (id: number) => void;
  readonly reject: (id: number) => void;
  readonly withdraw: (id: number) => void;
  readonly endTalks: () => void;
};

export type BoardMoves = TalkMoves & {
  readonly respond: (optionId: string) => void;
  readonly chooseAction: (action: Action, signal?: Signal) => void;
  readonly acknowledge: () => void;
};

type AnyMoves = { readonly [name: string]: ((...args: never[]) => void) | undefined };

const call = (moves: AnyMoves, name: string, args: ReadonlyArray<unknown>): void => {
  const move = moves[name] as ((...a: unknown[]) => void) | undefined;
  move?.(...args);
};

/** The board's typed view of boardgame.io's moves. A missing move (a spectator's client) does nothing. */
export const boardMoves = (moves: AnyMoves): BoardMoves => ({
  propose: (terms, comprehensive) => call(moves, 'propose', [terms, comprehensive]),
  counter: (id, terms, comprehensive) => call(moves, 'counter', [id, terms, comprehensive]),
  accept: (id) => call(moves, 'accept', [id]),
  reject: (id) => call(moves, 'reject', [id]),
  withdraw: (id) => call(moves, 'withdraw', [id]),
  endTalks: () => call(moves, 'endTalks', []),
  respond: (optionId) => call(moves, 'respond', [optionId]),
  // No signal: the argument is left out, not sent as undefined.
  chooseAction: (action, signal) => call(moves, 'chooseAction', signal ? [action, signal] : [action]),
  acknowledge: () => call(moves, 'acknowledge', []),
});
