// Driving boardgame.io clients in tests: the raw state, who is active, and
// playing a decision as a given player.
import { Client } from 'boardgame.io/client';
import type { Ctx, Game, State } from 'boardgame.io';
import { CardOnTheTable } from '../../game';
import { PHASES } from '../../game/flow';
import type { Phase } from '../../game/flow';
import type { Decision } from '../../game/headless';
import { isPlayerID, sideOf } from '../../game/state';
import type { GameState, PlayerID, Side } from '../../game/state';
import type { SetupData } from '../../game/scenarios';

export type GameClient = ReturnType<typeof Client<GameState>>;

/** The game with a fixed seed: for tests only (a shipped game must never fix it, STACK.md trap 7). */
export const seededGame = (seed = 'fixed', setupData?: SetupData): Game<GameState, Record<string, unknown>, SetupData> => ({
  ...CardOnTheTable,
  seed,
  ...(setupData
    ? {
        setup: (context, _ignored) => {
          const setup = CardOnTheTable.setup;
          if (!setup) throw new Error('the game has no setup');
          return setup(context, setupData);
        },
      }
    : {}),
});

/** A local (single-store) client that may play as either player. */
export const localClient = (seed = 'fixed', setupData?: SetupData): GameClient => {
  const client = Client<GameState>({ game: seededGame(seed, setupData), numPlayers: 2 });
  client.start();
  return client;
};

/** The server-side state: G unfiltered (getState() would give the player view). */
export const raw = (client: GameClient): State<GameState> => client.store.getState();

export const phaseOf = (ctx: Ctx): Phase => {
  const phase = PHASES.find((p) => p === ctx.phase);
  if (!phase) throw new Error(`unknown phase ${String(ctx.phase)}`);
  return phase;
};

export const activePlayers = (ctx: Ctx): PlayerID[] => Object.keys(ctx.activePlayers ?? {}).filter(isPlayerID);

/** Plays `decision` as `playerID`; returns whether boardgame.io accepted it (the state moved on). */
export const playAs = (client: GameClient, playerID: PlayerID, decision: Decision): boolean => {
  const before = raw(client)._stateID;
  client.updatePlayerID(playerID);
  const move = client.moves[decision.move];
  if (!move) throw new Error(`no move ${decision.move}`);
  move(...decision.args);
  return raw(client)._stateID !== before;
};

/**
 * Plays a local client to the end: each step, the first active player's
 * decision from the raw state. Throws if a decision is refused.
 */
export const driveToEnd = (
  client: GameClient,
  decide: (G: GameState, phase: Phase, side: Side) => Decision,
  maxMoves = 2000,
): State<GameState> => {
  for (let moves = 0; moves < maxMoves; moves++) {
    const state = raw(client);
    if (state.ctx.gameover !== undefined) return state;
    const [playerID] = activePlayers(state.ctx);
    if (playerID === undefined) throw new Error(`nobody is active in ${String(state.ctx.phase)}`);
    const phase = phaseOf(state.ctx);
    const decision = decide(state.G, phase, sideOf(playerID));
    if (!playAs(client, playerID, decision)) {
      throw new Error(`${decision.move}(${JSON.stringify(decision.args)}) by ${playerID} was refused in ${phase}`);
    }
  }
  throw new Error(`no result after ${maxMoves} moves`);
};
