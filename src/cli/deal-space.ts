// `npm run deal-space [scenario] [games]`: who the deals on the table favour
// with full information (src/cli/agendas/deal-space.ts), setup seeds 1..games.
import { DEFAULT_SCENARIO, SCENARIOS } from '../../game/scenarios';
import { BOTH_GAIN, dealSpace } from './agendas/deal-space';
import { integerFlag } from './flags';
import { UsageError } from './sim/types';

const [scenario = DEFAULT_SCENARIO, gamesText] = process.argv.slice(2);
const games = (() => {
  try {
    if (!SCENARIOS.some((s) => s.id === scenario)) throw new UsageError(`unknown scenario ${scenario}; choose one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
    return integerFlag('games', gamesText, 30, 1);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
})();
const space = dealSpace(scenario, games);
const pct = (n: number): string => `${Math.round((100 * n) / Math.max(1, space.wins.us + space.wins.jp))}%`;
console.log(`Scenario ${scenario}, setup seeds 1..${games}, round 1's talks, both sides' agendas known.`);
console.log(`Bundles valued: ${space.bundles}. Both sides at least ${BOTH_GAIN} better off and one side wins:`);
console.log(`  US wins ${space.wins.us} (${pct(space.wins.us)}), Japan wins ${space.wins.jp} (${pct(space.wins.jp)})`);
console.log(`A token deal (Japan buys $5B a year): US ${space.token.us.toFixed(2)}, Japan ${space.token.jp.toFixed(2)} (mean scores)`);
