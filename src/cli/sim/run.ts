// The run loop: game i is set up from seed S+i and played by fresh players
// with their own derived seeds, through the headless engine unless a player
// needs boardgame.io's full state.
import { scenarioById } from '../../../game/scenarios';
import { createInitialState } from '../../../game/setup';
import { SIDES } from '../../../game/state';
import type { Side } from '../../../game/state';
import { seededRng, seededShuffler } from '../../bot/rng';
import { playClientMatch, playHeadlessMatch } from './engine';
import type { Seats } from './engine';
import { playerFactory } from './players';
import { summarize } from './report';
import type { Summary } from './report';
import { playerSeed, setupSeed } from './seeds';
import type { Engine, GameRecord, PlayerFactory, SimulateOptions } from './types';

export type RunHooks = { readonly onGame?: (done: number, total: number) => void };

export const runSimulation = async (options: SimulateOptions, hooks: RunHooks = {}): Promise<Summary> => {
  const factories: { [S in Side]: PlayerFactory } = {
    us: await playerFactory(options.us, 'us', options),
    jp: await playerFactory(options.jp, 'jp', options),
  };
  const needsClient = factories.us.needsClient || factories.jp.needsClient;
  const engine: Engine = options.engine === 'auto' ? (needsClient ? 'client' : 'headless') : options.engine;
  const scenario = scenarioById(options.scenario);
  const records: GameRecord[] = [];
  for (let i = 0; i < options.games; i++) {
    const seed = setupSeed(options.seed, i);
    const seats: Seats = {
      us: { label: factories.us.label, player: factories.us.create(playerSeed(seed, 'us'), 'us') },
      jp: { label: factories.jp.label, player: factories.jp.create(playerSeed(seed, 'jp'), 'jp') },
    };
    const info = { scenario: scenario.id, seed, gameNumber: i + 1 };
    records.push(
      engine === 'client'
        ? await playClientMatch(seats, info)
        : await playHeadlessMatch(createInitialState(scenario, seededShuffler(seededRng(seed))), seats, info),
    );
    hooks.onGame?.(i + 1, options.games);
  }
  const notes = SIDES.flatMap((side) => factories[side].notes);
  notes.push(
    engine === 'headless'
      ? 'Played through the headless engine (game/headless.ts): the same rules as boardgame.io, without it.'
      : "Played through boardgame.io's Client (no server), one move at a time.",
  );
  return summarize(records, {
    scenario: scenario.id,
    seed: options.seed,
    players: { us: factories.us.label, jp: factories.jp.label },
    engine,
    notes,
  });
};
