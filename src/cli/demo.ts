// `npm run demo`: plays one seeded match between
// two scripted strategies and prints it round by round.
//   npm run demo -- [seed] [usStrategy] [jpStrategy] [scenario]
import { eventCard } from '../../game/cards/events';
import { newHeadless, playHeadless } from '../../game/headless';
import { DEFAULT_SCENARIO, SCENARIOS, scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import type { Action, GameState, Indicators, Text } from '../../game/state';
import { hashSeed, seededRng, seededShuffler } from '../bot/rng';
import { STRATEGIES, isStrategyName, makeStrategy } from '../bot/strategies';
import type { StrategyName } from '../bot/strategies';

const [seedText = 'demo', usName = 'tit-for-tat', jpName = 'grim', scenarioId = DEFAULT_SCENARIO] = process.argv.slice(2);
const strategy = (name: string): StrategyName => {
  if (isStrategyName(name)) return name;
  console.error(`Unknown strategy "${name}"; use one of ${STRATEGIES.join(', ')}`);
  process.exit(2);
};
const players = { us: strategy(usName), jp: strategy(jpName) };
if (!SCENARIOS.some((s) => s.id === scenarioId)) {
  console.error(`Unknown scenario "${scenarioId}"; use one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

/** Both languages, as the players read them. */
const both = (text: Text): string => `${text.en} / ${text.ja}`;

const describe = (action: Action): string => {
  const { type, ...rest } = action;
  const detail = Object.values(rest).join(' ');
  return detail ? `${type} ${detail}` : type;
};

const fmt = (b: Indicators): string =>
  [
    `10Y ${b.yield10y.toFixed(2)}%`,
    `USD/JPY ${b.usdjpy.toFixed(1)}`,
    `stress ${b.stress.toFixed(0)}`,
    `tariffs ${b.usBaselineTariff}/${b.usAutoTariff}/${b.jpRetaliatoryTariff}%`,
    `holdings $${b.holdings.toFixed(0)}B`,
    `approval US ${b.usApproval.toFixed(0)} JP ${b.jpApproval.toFixed(0)}`,
  ].join('  ');

const print = (G: GameState): void => {
  console.log(`Card on the Table — ${both(scenarioById(G.rules.scenario).title)}`);
  console.log(`US: ${usName}   Japan: ${jpName}   seed: ${seedText}\n`);
  console.log(`start    ${fmt(G.start)}`);
  G.reports.forEach((report, i) => {
    const row = G.history[i];
    if (!row) return;
    const news = report.news;
    const headline = news ? `${both(eventCard(news.card).title)}${news.response ? ` (${news.response})` : ''}` : 'no news';
    console.log(`\nround ${report.round}: ${headline}`);
    console.log(`  US ${describe(report.choices.us.action)}   JP ${describe(report.choices.jp.action)}`);
    console.log(`  ${fmt(row)}`);
  });
  for (const deal of G.talks.deals) {
    console.log(`\ndeal in round ${deal.round} (${deal.proposal.comprehensive ? 'comprehensive' : 'partial'}): ${JSON.stringify(deal.proposal.terms)}`);
  }
  const outcome = G.outcome;
  if (!outcome) return;
  console.log(`\nend: ${outcome.reason} in round ${outcome.round}${outcome.tippedBy ? `, tipped by ${outcome.tippedBy}` : ''}`);
  console.log(`final    ${fmt(G.board)}`);
  console.log(`settled  ${fmt(outcome.settled)}   (where the score is taken)`);
  for (const side of ['us', 'jp'] as const) {
    const s = outcome.scores[side];
    console.log(
      `${side.toUpperCase()} score ${s.total.toFixed(1)} = result ${s.result.toFixed(1)} - no-war path ${s.noWar.toFixed(1)}; result: ` +
        `economy ${s.economy.toFixed(1)}, approval ${s.approval.toFixed(1)}, fiscal ${s.fiscal.toFixed(1)}, ` +
        `agendas ${s.agendas} [${G.agendas[side].join(', ')}], crisis ${s.crisis}`,
    );
  }
  const verdict = outcome.winner === 'neither' ? 'both lose (neither beat doing nothing)' : outcome.winner;
  console.log(`winner: ${verdict}   joint score: ${outcome.joint.toFixed(1)}`);
};

const seed = hashSeed(seedText);
const setup = createInitialState(scenarioById(scenarioId), seededShuffler(seededRng(seed)));
print(playHeadless(newHeadless(setup), { us: makeStrategy(players.us, seed + 1), jp: makeStrategy(players.jp, seed + 2) }));
