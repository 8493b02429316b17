// The boardgame.io game: Card on the Table. Imported alike by the server, the
// client, the bots, the command-line tools and the tests.
import type { Ctx, Game, LongFormMove, MoveMap, PhaseConfig } from 'boardgame.io';
import { Stage } from 'boardgame.io/core';
import { enumerateMoves } from './ai';
import { NEXT_PHASE, PHASES, RULES, beginPhase, endPhase, owes, owingSides, phaseOver } from './flow';
import type { MoveName, Phase, Rule } from './flow';
import { INVALID_MOVE } from './moves/result';
import { DEFAULT_SCENARIO, scenarioById, setupDataError } from './scenarios';
import type { SetupData } from './scenarios';
import { createInitialState } from './setup';
import { isPlayerID, playerOf, sideOf } from './state';
import type { Draft, GameState, Outcome, PlayerID } from './state';
import { playerView } from './view';

export const GAME_NAME = 'card-on-the-table';

/**
 * Which moves must stay off the clients. `redact`: the arguments are secret
 * (kept out of the log the other player receives). `serverOnly` (boardgame.io's
 * `client: false`): the move reads secrets or can end the game or start a step
 * that does (accepting a comprehensive deal and a news answer can end it with
 * a score that reads both agendas; the last acknowledgement draws the next
 * card from the secret deck), so a client never runs it on its filtered view.
 */
const MOVE_SECRECY: { readonly [M in MoveName]: { readonly redact: boolean; readonly serverOnly: boolean } } = {
  respond: { redact: false, serverOnly: true },
  propose: { redact: false, serverOnly: false },
  counter: { redact: false, serverOnly: false },
  accept: { redact: false, serverOnly: true },
  reject: { redact: false, serverOnly: false },
  withdraw: { redact: false, serverOnly: false },
  endTalks: { redact: false, serverOnly: false },
  chooseAction: { redact: true, serverOnly: true },
  acknowledge: { redact: false, serverOnly: true },
};

/** boardgame.io's active players: exactly the sides that owe an input now, the first to speak first. */
const activePlayers = (G: GameState, phase: Phase) =>
  Object.fromEntries(owingSides(G, phase).map((side) => [playerOf(side), Stage.NULL]));

const toMove = (phase: Phase, name: MoveName, rule: Rule): LongFormMove<GameState> => ({
  move: ({ G, playerID, events }, ...args: unknown[]) => {
    if (!isPlayerID(playerID)) return INVALID_MOVE;
    const side = sideOf(playerID);
    // boardgame.io lets its current player move when no one is active: only a side that owes an input may.
    if (!owes(G, phase, side)) return INVALID_MOVE;
    if (rule(G as Draft, side, args) === INVALID_MOVE) return INVALID_MOVE;
    // Recomputed after every move: a side that is done leaves, and a side a
    // proposal reopened the talks for comes back.
    events.setActivePlayers({ value: activePlayers(G, phase) });
    return undefined;
  },
  // Both players act at once in every step; without this, socket.io drops one
  // of two simultaneous moves as stale (boardgame.io, STACK.md trap 5).
  ignoreStaleStateID: true,
  ...(MOVE_SECRECY[name].redact ? { redact: true } : {}),
  ...(MOVE_SECRECY[name].serverOnly ? { client: false } : {}),
});

const phaseConfig = (phase: Phase): PhaseConfig<GameState> => ({
  start: phase === 'news',
  next: NEXT_PHASE[phase],
  onBegin: ({ G }) => beginPhase(G as Draft, phase),
  onEnd: ({ G }) => endPhase(G as Draft, phase),
  endIf: ({ G }) => phaseOver(G, phase),
  turn: {
    onBegin: ({ G, events }) => {
      events.setActivePlayers({ value: activePlayers(G, phase) });
    },
  },
  moves: Object.fromEntries(
    Object.entries(RULES[phase]).map(([name, rule]) => [name, toMove(phase, name as MoveName, rule as Rule)]),
  ) as MoveMap<GameState>,
});

const currentPhase = (ctx: Ctx): Phase => {
  const phase = PHASES.find((p) => p === ctx.phase);
  if (!phase) throw new Error(`Unknown phase ${String(ctx.phase)}`);
  return phase;
};

/**
 * ctx.gameover in boardgame.io's own form (winner is a playerID, or draw: true
 * for a draw and for a trade war both sides lost), which its MCTSBot and Lobby
 * read, with the whole Outcome alongside (`result` keeps our own winner).
 */
export const toGameover = (outcome: Outcome) =>
  outcome.winner === 'draw' || outcome.winner === 'neither'
    ? { ...outcome, result: outcome.winner, winner: undefined, draw: true }
    : { ...outcome, result: outcome.winner, winner: playerOf(outcome.winner) };

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
