// The arguments agenda:odds and deal-space share: `[scenario] [games]`.
import { DEFAULT_SCENARIO, SCENARIOS } from '../../../game/scenarios';
import { integerFlag } from '../flags';
import { UsageError } from '../sim/types';

/** The scenario (a known id, the default when absent) and the game count (`fallbackGames` when absent); a UsageError otherwise. */
export const scenarioAndGames = (args: ReadonlyArray<string>, fallbackGames: number): { readonly scenario: string; readonly games: number } => {
  const [scenario = DEFAULT_SCENARIO, games, ...rest] = args;
  if (rest.length > 0) throw new UsageError(`expected at most a scenario and a game count, got also ${rest.join(' ')}`);
  if (!SCENARIOS.some((s) => s.id === scenario)) throw new UsageError(`unknown scenario ${scenario}; choose one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return { scenario, games: integerFlag('games', games, fallbackGames, 1) };
};
