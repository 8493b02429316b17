// Glue between boardgame.io's bot interface and our players: the enumerate
// function, the ctx the headless engine hands to bots, the game object a
// seeded match runs with, and the check of what a bot's play() returns.
import type { Ctx, Game } from 'boardgame.io';
import { Stage } from 'boardgame.io/core';
import { CardOnTheTable, toGameover } from '../../../game/index';
import { owingSides } from '../../../game/flow';
import type { Phase } from '../../../game/flow';
import type { Decision } from '../../../game/headless';
import { scenarioById } from '../../../game/scenarios';
import type { SetupData } from '../../../game/scenarios';
import { createInitialState } from '../../../game/setup';
import { playerOf } from '../../../game/state';
import type { GameState } from '../../../game/state';
import { seededRng, seededShuffler } from '../../bot/rng';

type Enumerate = (G: GameState, ctx: Ctx, playerID: string) => Array<{ move: string; args?: unknown[] }>;

const gameEnumerate = CardOnTheTable.ai?.enumerate;

/** CardOnTheTable.ai.enumerate, typed for boardgame.io's bots. */
export const enumerate: Enumerate = (G, ctx, playerID) => {
  if (!gameEnumerate) throw new Error('CardOnTheTable has no ai.enumerate');
  return gameEnumerate(G, ctx, playerID) as Array<{ move: string; args?: unknown[] }>;
};

/** The game object for one seeded match: setup shuffles with our seeded PRNG, as the headless engine does. */
export const seededGame = (scenarioId: string, seed: number): Game<GameState, Record<string, unknown>, SetupData> => ({
  ...CardOnTheTable,
  setup: () => createInitialState(scenarioById(scenarioId), seededShuffler(seededRng(seed))),
});

/** The ctx boardgame.io would show for a headless match: same phase, same active players. */
export const headlessCtx = (G: GameState, phase: Phase, turn: number): Ctx => ({
  numPlayers: 2,
  playOrder: ['0', '1'],
  playOrderPos: 0,
  currentPlayer: '0',
  turn,
  phase,
  activePlayers: Object.fromEntries(owingSides(G, phase).map((side) => [playerOf(side), Stage.NULL as string])),
  ...(G.outcome ? { gameover: toGameover(G.outcome) } : {}),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The move in what a boardgame.io bot's play() resolved to ({ action } with a
 * MAKE_MOVE action, as Bot.play returns), or why it is not one.
 */
export const decisionFromBotResult = (result: unknown, playerID: string): Decision | string => {
  if (!isRecord(result)) return `play() returned ${JSON.stringify(result)}, not { action }`;
  const action = result.action;
  if (!isRecord(action)) return `play() returned no action (${JSON.stringify(action)})`;
  if (action.type !== 'MAKE_MOVE') return `play() returned a ${String(action.type)} action; only MAKE_MOVE is played`;
  const payload = action.payload;
  if (!isRecord(payload) || typeof payload.type !== 'string') return `play() returned a MAKE_MOVE action without payload.type`;
  if (payload.args !== undefined && payload.args !== null && !Array.isArray(payload.args)) {
    return `play() returned args that are not an array: ${JSON.stringify(payload.args)}`;
  }
  if (payload.playerID !== undefined && payload.playerID !== playerID) {
    return `play() returned a move for player ${JSON.stringify(payload.playerID)} when asked for player "${playerID}"`;
  }
  const args: unknown[] = Array.isArray(payload.args) ? payload.args : [];
  return { move: payload.type, args };
};
