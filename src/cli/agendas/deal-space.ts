// Who the deals on the table favour, with full information: at round 1's
// talks of each seeded match, every comprehensive bundle of the bot's menu
// (src/bot/negotiate.ts) is projected with both sides' real agendas. Counts
// the bundles that leave both sides better off than doing nothing and who
// wins each, and scores a token deal (Japan buys $5B a year): what any deal
// gives each side before anything is conceded. docs/model.md's agenda odds
// section and docs/bot.md's mirror analysis quote it.
import { owingSides } from '../../../game/flow';
import { applyHeadless, newHeadless } from '../../../game/headless';
import { scenarioById } from '../../../game/scenarios';
import { passiveMove } from '../../../game/no-war';
import { createInitialState } from '../../../game/setup';
import type { GameState, Outcome, Terms } from '../../../game/state';
import { bundles, projectedDeal } from '../../bot/negotiate';
import { seededRng, seededShuffler } from '../../bot/rng';
import { stripped } from '../../bot/search/rollout';

/** A bundle counts when it leaves both sides at least this much better off than doing nothing. */
export const BOTH_GAIN = 0.5;
const TOKEN_DEAL: Terms = { purchases: 5 };

export type DealSpace = {
  readonly games: number;
  readonly bundles: number; //                         every bundle valued, over all games
  readonly wins: { readonly us: number; readonly jp: number }; // bundles both gain from, won by each side
  readonly token: { readonly us: number; readonly jp: number }; // mean score of the token deal
};

/** Round 1's talks of a seeded match, reached by doing nothing (the news answered by its first option). */
const talksOf = (scenarioId: string, seed: number): GameState => {
  const match = newHeadless(createInitialState(scenarioById(scenarioId), seededShuffler(seededRng(seed))));
  while (match.phase === 'news') {
    const side = owingSides(match.G, match.phase)[0];
    if (side === undefined || !applyHeadless(match, side, passiveMove(match.G, 'news', side))) throw new Error('the news could not be answered');
  }
  return match.G;
};

const projected = (world: GameState, terms: Terms): Outcome => {
  const outcome = projectedDeal(world, terms);
  if (!outcome) throw new Error('a comprehensive deal ends the game');
  return outcome;
};

export const dealSpace = (scenarioId: string, games: number, firstSeed = 1): DealSpace => {
  const wins = { us: 0, jp: 0 };
  const token = { us: 0, jp: 0 };
  let count = 0;
  for (let seed = firstSeed; seed < firstSeed + games; seed++) {
    const G = talksOf(scenarioId, seed);
    const world = stripped(G);
    for (const terms of bundles(G, 'us')) {
      count++;
      const { scores, winner } = projected(world, terms);
      if (scores.us.total < BOTH_GAIN || scores.jp.total < BOTH_GAIN) continue;
      if (winner === 'us' || winner === 'jp') wins[winner]++;
    }
    const { scores } = projected(world, TOKEN_DEAL);
    token.us += scores.us.total / games;
    token.jp += scores.jp.total / games;
  }
  return { games, bundles: count, wins, token };
};
