// The boardgame.io game: Card on the Table. Imported alike by the server, the
// client, the bots, the command-line tools and the tests.
import type { Ctx, Game, LongFormMove, MoveMap, PhaseConfig } from 'boardgame.io';
import { Stage } from 'boardgame.io/core';
import { enumerateMoves } from './ai';
import { NEXT_PHASE, PHASES, RULES, beginPhase, endPhase, owes, owingSides, phaseOver } from './flow';
import type { Phase, Rule } from './flow';
import { INVALID_MOVE } from './moves/result';
import { DEFAULT_SCENARIO, scenarioById, setupDataError } from './scenarios';
import type { SetupData } from './scenarios';
import { createInitialState } from './setup';
import { isPlayerID, playerOf, sideOf } from './state';
import type { Draft, GameState, Outcome, PlayerID } from './state';
import { playerView } from './view';

export const GAME_NAME = 'card-on-the-table';

/** Moves that both players make at once, whose arguments are secret. */
const SECRET_MOVES: ReadonlyArray<string> = ['chooseAction'];

const toMove = (phase: Phase, name: string, rule: Rule): LongFormMove<GameState> => ({
  move: ({ G, playerID, events }, ...args: unknown[]) => {
    if (!isPlayerID(playerID)) return INVALID_MOVE;
    const side = sideOf(playerID);
    const result = rule(G as Draft, side, args);
    if (result === INVALID_MOVE) return INVALID_MOVE;
    // A side that owes nothing more in this step leaves the active players, so
    // that bots (and boardgame.io's MCTS) ask the side still to move.
    if (!owes(G, phase, side)) events.endStage();
    return undefined;
  },
  // Both players act at once in every step; without this, socket.io drops one
  // of two simultaneous moves as stale (boardgame.io, STACK.md trap 5).
  ignoreStaleStateID: true,
  ...(SECRET_MOVES.includes(name) ? { redact: true, client: false } : {}),
});

const phaseConfig = (phase: Phase): PhaseConfig<GameState> => ({
  start: phase === 'news',
  next: NEXT_PHASE[phase],
  onBegin: ({ G }) => beginPhase(G as Draft, phase),
  onEnd: ({ G }) => endPhase(G as Draft, phase),
  endIf: ({ G }) => phaseOver(G, phase),
  turn: {
    onBegin: ({ G, events }) => {
      events.setActivePlayers({
        value: Object.fromEntries(owingSides(G, phase).map((side) => [playerOf(side), Stage.NULL])),
      });
    },
  },
  moves: Object.fromEntries(
    Object.entries(RULES[phase]).map(([name, rule]) => [name, toMove(phase, name, rule as Rule)]),
  ) as MoveMap<GameState>,
});

const currentPhase = (ctx: Ctx): Phase => {
  const phase = PHASES.find((p) => p === ctx.phase);
  if (!phase) throw new Error(`Unknown phase ${String(ctx.phase)}`);
  return phase;
};

/**
 * ctx.gameover in boardgame.io's own form (winner is a playerID, or draw: true),
 * which its MCTSBot and Lobby read, with the whole Outcome alongside.
 */
export const toGameover = (outcome: Outcome) =>
  outcome.winner === 'draw' ? { ...outcome, draw: true } : { ...outcome, winner: playerOf(outcome.winner) };

export const CardOnTheTable: Game<GameState, Record<string, unknown>, SetupData> = {
  name: GAME_NAME,
  minPlayers: 2,
  maxPlayers: 2,
  disableUndo: true,
  validateSetupData: (setupData, numPlayers) =>
    numPlayers !== 2 ? 'Card on the Table is a game for exactly two players' : setupDataError(setupData),
  setup: ({ random }, setupData) => {
    const problem = setupDataError(setupData);
    if (problem) throw new Error(`Invalid setupData: ${problem}`);
    return createInitialState(scenarioById(setupData?.scenario ?? DEFAULT_SCENARIO), random);
  },
  phases: Object.fromEntries(PHASES.map((phase) => [phase, phaseConfig(phase)])),
  endIf: ({ G }) => (G.outcome ? toGameover(G.outcome) : undefined),
  playerView,
  ai: {
    // After the game boardgame.io leaves no phase (ctx.phase null), and MCTSBot still asks.
    enumerate: (G, ctx, playerID) =>
      isPlayerID(playerID) && ctx.gameover === undefined
        ? enumerateMoves(G, currentPhase(ctx), sideOf(playerID as PlayerID)).map((m) => ({ move: m.move, args: [...m.args] }))
        : [],
  },
};

export * from './state';
export type { Phase, MoveName } from './flow';
export { PHASES } from './flow';
