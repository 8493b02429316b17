// Every named player the tools know: the scripted strategies and the bot's
// three levels. simulate, tournament and bench read this registry, so a level
// is a strategy name everywhere (`npm run simulate -- --us hard --jp easy`).
import type { Decider } from '../../game/headless';
import { makeBot } from './bot';
import { LEVELS, isLevel } from './levels';
import { STRATEGIES, isStrategyName, makeStrategy } from './strategies';

export const PLAYER_NAMES = [...LEVELS, ...STRATEGIES] as const;
export type PlayerName = (typeof PLAYER_NAMES)[number];
export const isPlayerName = (name: string): name is PlayerName => isLevel(name) || isStrategyName(name);

/** A named player for one game; `budget` (rollouts per decision) applies to the bot's levels only. */
export const makePlayer = (name: PlayerName, seed: number, budget?: number): Decider =>
  isLevel(name) ? makeBot({ level: name, seed, ...(budget === undefined ? {} : { budget }) }) : makeStrategy(name, seed);
