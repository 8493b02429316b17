// The game as a browser-only match runs it (solo and hot-seat): the rules
// object with the chosen scenario baked into setup (boardgame.io's Local
// master creates the match without setupData) and a seed from the browser's
// crypto, not boardgame.io's time-derived default (STACK.md trap 7).
import type { Game } from 'boardgame.io';
import { CardOnTheTable } from '../../../game/index';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../game/scenarios';
import type { GameState } from '../../../game/state';

const randomSeed = (): string => {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

export const localGame = (scenario: string | undefined): Game<GameState> => {
  const id = SCENARIOS.some((s) => s.id === scenario) ? (scenario as string) : DEFAULT_SCENARIO;
  const setup = CardOnTheTable.setup;
  return {
    ...CardOnTheTable,
    seed: randomSeed(),
    setup: (context) => {
      if (!setup) throw new Error('The rules have no setup');
      return setup(context, { scenario: id });
    },
  } as Game<GameState>;
};
