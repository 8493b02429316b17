// `npm run deal-space [scenario] [games]`: who the deals on the table favour
// with full information (src/cli/agendas/deal-space.ts), setup seeds 1..games.
import { scenarioAndGames } from './agendas/args';
import { BOTH_GAIN, dealSpace } from './agendas/deal-space';
import { orUsageExit } from './flags';

const { scenario, games } = orUsageExit(() => scenarioAndGames(process.argv.slice(2), 30), 'Usage: npm run deal-space [-- scenario [games]]');
const space = dealSpace(scenario, games);
const pct = (n: number): string => `${Math.round((100 * n) / Math.max(1, space.wins.us + space.wins.jp))}%`;
console.log(`Scenario ${scenario}, setup seeds 1..${games}, round 1's talks, both sides' agendas known.`);
console.log(`Bundles valued: ${space.bundles}. Both sides at least ${BOTH_GAIN} better off and one side wins:`);
console.log(`  US wins ${space.wins.us} (${pct(space.wins.us)}), Japan wins ${space.wins.jp} (${pct(space.wins.jp)})`);
console.log(`A token deal (Japan buys $5B a year): US ${space.token.us.toFixed(2)}, Japan ${space.token.jp.toFixed(2)} (mean scores)`);
