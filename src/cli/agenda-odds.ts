// `npm run agenda:odds [scenario] [games]`: each agenda card's chance of being
// met on the no-war path and in dove-vs-dove and hawk-vs-hawk games, as the
// markdown table docs/model.md shows.
import { scenarioAndGames } from './agendas/args';
import { agendaOdds } from './agendas/odds';
import { orUsageExit } from './flags';

const { scenario, games } = orUsageExit(() => scenarioAndGames(process.argv.slice(2), 200), 'Usage: npm run agenda:odds [-- scenario [games]]');
const noWar = agendaOdds(scenario, games);
const doves = agendaOdds(scenario, games, ['dove', 'dove']);
const hawks = agendaOdds(scenario, games, ['hawk', 'hawk']);
const pct = (x: number | undefined): string => `${Math.round((x ?? 0) * 100)}%`;
console.log(`| side | agenda | no war | dove vs dove | hawk vs hawk |`);
console.log(`|---|---|---|---|---|`);
noWar.forEach((row, i) => {
  console.log(`| ${row.side === 'us' ? 'US' : 'Japan'} | ${row.card} | ${pct(row.met)} | ${pct(doves[i]?.met)} | ${pct(hawks[i]?.met)} |`);
});
