// Types shared by the simulate and bench commands: who plays, what a player is
// asked, and what one finished game leaves behind.
import type { Ctx, State } from 'boardgame.io';
import type { Decision } from '../../../game/headless';
import type { Phase } from '../../../game/flow';
import type { GameState, Outcome, Side } from '../../../game/state';
import type { PlayerName } from '../../bot/players';

/** A strategy as named on the command line. */
export type StrategySpec =
  | { readonly kind: 'scripted'; readonly name: PlayerName }
  | { readonly kind: 'bgio-random' }
  | { readonly kind: 'bgio-mcts' }
  | { readonly kind: 'module'; readonly path: string; readonly given: string };

export type SimulateOptions = {
  readonly games: number;
  readonly seed: number;
  readonly us: StrategySpec;
  readonly jp: StrategySpec;
  readonly scenario: string;
  readonly json: boolean;
  readonly mctsIterations: number;
  readonly mctsDepth: number;
  readonly progress: boolean;
  /** 'auto': the headless engine unless a player needs boardgame.io's full state. */
  readonly engine: Engine | 'auto';
  /** The bot levels' rollouts per decision (undefined: each level's own). */
  readonly budget?: number;
};

/** `--matrix`: every entrant plays every entrant (itself included) as the US and as Japan. */
export type MatrixOptions = {
  readonly games: number; // per pairing; every pairing plays setup seeds seed..seed+games-1
  readonly seed: number;
  readonly scenario: string;
  readonly json: boolean;
  readonly progress: boolean;
  readonly engine: Engine | 'auto';
  readonly budget?: number;
  /** The built-in scripted strategies first, then the bot modules given. */
  readonly entrants: ReadonlyArray<StrategySpec>;
};

/** What a player is asked for one move. */
export type Turn = {
  /** The player's own view (game/view.ts playerView), as a client would see it. */
  readonly view: GameState;
  readonly phase: Phase;
  readonly side: Side;
  /** boardgame.io's ctx: the Client's own, or an equivalent built by the headless engine. */
  readonly ctx: Ctx;
  /** The whole boardgame.io state, secrets included: only in games played through the Client. */
  readonly fullState: State<GameState> | undefined;
};

export type Player = {
  decide(turn: Turn): Decision | Promise<Decision>;
};

/** Makes one player per game and side; `label` names it in errors and reports. */
export type PlayerFactory = {
  readonly label: string;
  /** Needs the full boardgame.io state, so its games go through the Client. */
  readonly needsClient: boolean;
  readonly notes: ReadonlyArray<string>;
  create(seed: number, side: Side): Player;
};

export type Engine = 'headless' | 'client';

/** How a game ended, and who proposed the deal that ended it (a comprehensive deal; undefined otherwise). */
export type GameRecord = { readonly outcome: Outcome; readonly dealBy: Side | undefined };

/** Bad command-line input: reported as a message and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A strategy made a move the rules rejected, or answered with something that is not a move. */
export class StrategyError extends Error {
  override readonly name = 'StrategyError';
}
