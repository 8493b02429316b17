// `npm start` for now: plays one seeded match between two scripted strategies
// and prints it round by round. (The server and client come in a later issue.)
import { newHeadless, playHeadless } from '../../game/headless';
import { DEFAULT_SCENARIO, scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import { hashSeed, seededRng, seededShuffler } from '../bot/rng';
import { makeStrategy } from '../bot/strategies';

const seed = hashSeed(process.argv[2] ?? 'demo');
const setup = createInitialState(scenarioById(DEFAULT_SCENARIO), seededShuffler(seededRng(seed)));
const result = playHeadless(newHeadless(setup), { us: makeStrategy('tit-for-tat', seed), jp: makeStrategy('hawk', seed + 1) });
for (const [i, row] of result.history.entries()) {
  console.log(`round ${i + 1}`, row.yield10y.toFixed(2), row.usdjpy.toFixed(1), row.stress.toFixed(0), JSON.stringify(result.reports[i]?.choices));
}
console.log(JSON.stringify(result.outcome, null, 1));
