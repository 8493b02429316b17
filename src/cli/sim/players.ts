// The players a strategy name stands for: our scripted strategies,
// boardgame.io's RandomBot and MCTSBot, or a bot module from disk. Every
// player but bgio-mcts is handed only its own player's view.
import { pathToFileURL } from 'node:url';
import { MCTSBot, RandomBot } from 'boardgame.io/ai';
import type { Ctx } from 'boardgame.io';
import { copyPlain } from '../../../game/copy';
import { CardOnTheTable } from '../../../game/index';
import { playerOf } from '../../../game/state';
import type { GameState, Side } from '../../../game/state';
import { makePlayer } from '../../bot/players';
import { decisionFromBotResult, enumerate } from './bgio';
import { StrategyError, UsageError } from './types';
import type { Player, PlayerFactory, SimulateOptions, StrategySpec } from './types';

export const SIDE_NAMES: { readonly [S in Side]: string } = { us: 'US', jp: 'Japan' };

/** Who is playing, for messages: `Strategy "hawk" (US, player "0")`. */
export const whoIs = (label: string, side: Side): string => `Strategy "${label}" (${SIDE_NAMES[side]}, player "${playerOf(side)}")`;

/** A boardgame.io-style bot: what Bot.play is, and what a bot module exports. */
export type BgioStyleBot = {
  play(state: { G: GameState; ctx: Ctx }, playerID: string): unknown;
};

const isBot = (value: unknown): value is BgioStyleBot =>
  typeof value === 'object' && value !== null && typeof (value as { play?: unknown }).play === 'function';

/**
 * Asks a boardgame.io-style bot for its move on the player's own view. The bot
 * gets a copy: the view shares objects with the match, and a bot from disk may
 * change what it is handed.
 */
const botPlayer = (label: string, bot: BgioStyleBot): Player => ({
  decide: async ({ view, ctx, side }) => {
    const playerID = playerOf(side);
    const decision = decisionFromBotResult(await bot.play({ G: copyPlain(view), ctx }, playerID), playerID);
    if (typeof decision === 'string') throw new StrategyError(`${whoIs(label, side)}: ${decision}`);
    return decision;
  },
});

const scripted = (spec: Extract<StrategySpec, { kind: 'scripted' }>, budget: number | undefined): PlayerFactory => ({
  label: spec.name,
  needsClient: false,
  notes: [],
  create: (seed) => {
    const decider = makePlayer(spec.name, seed, budget);
    return { decide: ({ view, phase, side }) => decider(view, phase, side) };
  },
});

const bgioRandom = (side: Side): PlayerFactory => ({
  label: 'bgio-random',
  needsClient: false,
  notes: [`bgio-random (${SIDE_NAMES[side]}) is boardgame.io's RandomBot over CardOnTheTable.ai.enumerate, on its own player view.`],
  create: (seed) => botPlayer('bgio-random', new RandomBot({ enumerate, seed })),
});

const bgioMcts = (side: Side, options: SimulateOptions): PlayerFactory => ({
  label: 'bgio-mcts',
  needsClient: true,
  notes: [
    `bgio-mcts (${SIDE_NAMES[side]}) is a FULL-INFORMATION BASELINE, not a fair opponent: boardgame.io's MCTSBot cannot run on a ` +
      `filtered player view (STACK.md trap 11), so it searches the full state, including the other side's secret agendas, ` +
      `its pending choice and the order of the news deck.`,
    `bgio-mcts (${SIDE_NAMES[side]}): ${options.mctsIterations} iterations per move, playout depth ${options.mctsDepth}; ` +
      `its games are played through boardgame.io's Client.`,
  ],
  create: (seed, playSide) => {
    // The reducer MCTSBot searches with needs the flow and moves only, not setup.
    const bot = new MCTSBot({
      game: CardOnTheTable,
      enumerate,
      seed,
      iterations: options.mctsIterations,
      playoutDepth: options.mctsDepth,
    });
    return {
      decide: async ({ fullState }) => {
        const playerID = playerOf(playSide);
        if (!fullState) throw new StrategyError(`${whoIs('bgio-mcts', playSide)} needs the full boardgame.io state (Client engine)`);
        // With one legal move there is nothing to search: MCTSBot would return that move after all its iterations.
        const choices = enumerate(fullState.G, fullState.ctx, playerID);
        const only = choices.length === 1 ? choices[0] : undefined;
        if (only) return { move: only.move, args: only.args ?? [] };
        const decision = decisionFromBotResult(await bot.play(fullState, playerID), playerID);
        if (typeof decision === 'string') throw new StrategyError(`${whoIs('bgio-mcts', playSide)}: ${decision}`);
        return decision;
      },
    };
  },
});

const isClass = (fn: unknown): fn is new (options: unknown) => unknown =>
  typeof fn === 'function' && /^class\b/.test(Function.prototype.toString.call(fn));

/**
 * A bot module's default export: a bot object (shared by every game), a
 * factory function, or a class like boardgame.io's Bot (`new Bot({ enumerate, seed })`).
 */
const moduleBot = async (spec: Extract<StrategySpec, { kind: 'module' }>): Promise<PlayerFactory> => {
  let exported: unknown;
  try {
    exported = ((await import(pathToFileURL(spec.path).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new UsageError(`Cannot load bot module ${spec.given}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const label = spec.given;
  if (!isBot(exported) && typeof exported !== 'function') {
    throw new UsageError(
      `Bot module ${spec.given} must export default a bot ({ play(state, playerID) }) or a function or class making one`,
    );
  }
  return {
    label,
    needsClient: false,
    notes: [],
    create: (seed, side) => {
      const options = { enumerate, seed, playerID: playerOf(side) };
      const bot = isBot(exported) ? exported : isClass(exported) ? new exported(options) : (exported as (o: typeof options) => unknown)(options);
      if (!isBot(bot)) throw new StrategyError(`${whoIs(label, side)}: the module's default export made no bot with a play() method`);
      return botPlayer(label, bot);
    },
  };
};

export const playerFactory = async (spec: StrategySpec, side: Side, options: SimulateOptions): Promise<PlayerFactory> => {
  switch (spec.kind) {
    case 'scripted':
      return scripted(spec, options.budget);
    case 'bgio-random':
      return bgioRandom(side);
    case 'bgio-mcts':
      return bgioMcts(side, options);
    case 'module':
      return moduleBot(spec);
  }
};
