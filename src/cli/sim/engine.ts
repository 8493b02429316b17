// One match, played move by move by two players through the same rules:
// either the headless engine (fast) or boardgame.io's Client (for players that
// need boardgame.io's full state). A rejected move stops the run with an error
// naming the strategy, the move and its arguments.
import { Client } from 'boardgame.io/client';
import type { State } from 'boardgame.io';
import { owingSides, PHASES } from '../../../game/flow';
import type { Phase } from '../../../game/flow';
import { applyHeadless, newHeadless } from '../../../game/headless';
import type { Decision } from '../../../game/headless';
import { playerOf } from '../../../game/state';
import type { GameState, Outcome, Side } from '../../../game/state';
import { playerView } from '../../../game/view';
import { headlessCtx, seededGame } from './bgio';
import { whoIs } from './players';
import { StrategyError } from './types';
import type { GameRecord, Player, Turn } from './types';

/** No match is this long: 9 rounds of a few moves each. */
const MAX_MOVES = 10_000;

export type Seat = { readonly label: string; readonly player: Player };
export type Seats = { readonly [S in Side]: Seat };
export type MatchInfo = { readonly scenario: string; readonly seed: number; readonly gameNumber: number };

/** The record of a finished game: its outcome, and who proposed the deal that ended it. */
const recordOf = (G: GameState, outcome: Outcome): GameRecord => ({
  outcome,
  dealBy: outcome.reason === 'deal' ? G.talks.deals.at(-1)?.proposal.from : undefined,
});

const describe = (decision: Decision): string => `${decision.move}(${JSON.stringify(decision.args).slice(1, -1)})`;

const checked = (seat: Seat, side: Side, decision: unknown): Decision => {
  const d = decision as Partial<Decision> | undefined;
  if (typeof d !== 'object' || d === null || typeof d.move !== 'string' || !Array.isArray(d.args)) {
    throw new StrategyError(`${whoIs(seat.label, side)} answered ${JSON.stringify(decision)}, not { move, args }`);
  }
  return d as Decision;
};

const decide = async (seat: Seat, turn: Turn): Promise<Decision> => {
  const answer = seat.player.decide(turn);
  return checked(seat, turn.side, answer instanceof Promise ? await answer : answer);
};

const rejected = (seat: Seat, side: Side, decision: Decision, phase: Phase, G: GameState, info: MatchInfo): StrategyError =>
  new StrategyError(
    `${whoIs(seat.label, side)} made a rejected move ${describe(decision)} in the ${phase} step of round ${G.round} ` +
      `(game ${info.gameNumber}, setup seed ${info.seed}, scenario ${info.scenario})`,
  );

const firstOwing = (G: GameState, phase: Phase): Side => {
  const side = owingSides(G, phase)[0];
  if (side === undefined) throw new Error(`Nobody owes a move in step ${phase}`);
  return side;
};

/** Plays a match through the headless engine; players see only their own view. */
export const playHeadlessMatch = async (setup: GameState, seats: Seats, info: MatchInfo): Promise<GameRecord> => {
  const match = newHeadless(setup);
  let turn = 1;
  let phase = match.phase;
  for (let moves = 0; !match.G.outcome; moves++) {
    if (moves >= MAX_MOVES) throw new Error(`No result after ${MAX_MOVES} moves (game ${info.gameNumber})`);
    if (match.phase !== phase) {
      phase = match.phase;
      turn++;
    }
    const side = firstOwing(match.G, phase);
    const seat = seats[side];
    const view = playerView({ G: match.G, playerID: playerOf(side) });
    const decision = await decide(seat, { view, phase, side, ctx: headlessCtx(view, phase, turn), fullState: undefined });
    if (!applyHeadless(match, side, decision)) throw rejected(seat, side, decision, phase, match.G, info);
  }
  return recordOf(match.G, match.G.outcome);
};

const phaseOf = (value: unknown): Phase => {
  const phase = PHASES.find((p) => p === value);
  if (!phase) throw new Error(`boardgame.io is in an unknown phase ${String(value)}`);
  return phase;
};

/**
 * Plays a match through boardgame.io's Client (no server): each move is made
 * with client.moves after client.updatePlayerID. The players get the same
 * view as above, the Client's own ctx, and the full state (for MCTSBot).
 */
export const playClientMatch = async (seats: Seats, info: MatchInfo): Promise<GameRecord> => {
  const client = Client<GameState>({ game: seededGame(info.scenario, info.seed), numPlayers: 2, debug: false });
  try {
    for (let moves = 0; ; moves++) {
      const state = client.store.getState() as State<GameState>;
      if (state.ctx.gameover !== undefined) {
        if (!state.G.outcome) throw new Error('boardgame.io ended the game without an outcome');
        return recordOf(state.G, state.G.outcome);
      }
      if (moves >= MAX_MOVES) throw new Error(`No result after ${MAX_MOVES} moves (game ${info.gameNumber})`);
      const phase = phaseOf(state.ctx.phase);
      const side = firstOwing(state.G, phase);
      const playerID = playerOf(side);
      if (!state.ctx.activePlayers || !(playerID in state.ctx.activePlayers)) {
        throw new Error(`The rules say ${side} owes a move in ${phase}, but boardgame.io's active players are ${JSON.stringify(state.ctx.activePlayers)}`);
      }
      const seat = seats[side];
      const view = playerView({ G: state.G, playerID });
      const decision = await decide(seat, { view, phase, side, ctx: state.ctx, fullState: state });
      // updatePlayerID rebuilds client.moves for that player: look the move up after it.
      client.updatePlayerID(playerID);
      const makeMove = client.moves[decision.move];
      if (!makeMove) throw rejected(seat, side, decision, phase, state.G, info);
      makeMove(...decision.args);
      if ((client.store.getState() as State<GameState>)._stateID === state._stateID) throw rejected(seat, side, decision, phase, state.G, info);
    }
  } finally {
    client.stop();
  }
};
