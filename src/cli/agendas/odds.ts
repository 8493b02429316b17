// How often each agenda card of a scenario is met where the markets settle:
// on the no-war path (what the status quo keeps) and when both sides play a
// scripted strategy. docs/model.md's "Agenda odds" table comes from here.
import { agendaCard, agendaMet } from '../../../game/cards/agendas';
import { newHeadless, playHeadless } from '../../../game/headless';
import { passiveMove } from '../../../game/no-war';
import { scenarioById } from '../../../game/scenarios';
import { createInitialState } from '../../../game/setup';
import type { GameState, Side } from '../../../game/state';
import { seededRng, seededShuffler } from '../../bot/rng';
import { makeStrategy } from '../../bot/strategies';
import type { StrategyName } from '../../bot/strategies';

export type AgendaOdds = { readonly card: string; readonly side: Side; readonly met: number };

/** The share of `games` seeded matches in which each of the scenario's agenda cards is met at the end. */
export const agendaOdds = (
  scenarioId: string,
  games: number,
  players: 'no-war' | readonly [StrategyName, StrategyName] = 'no-war',
): AgendaOdds[] => {
  const scenario = scenarioById(scenarioId);
  const cards = [...scenario.agendas.us, ...scenario.agendas.jp];
  const met = new Map(cards.map((id) => [id, 0]));
  for (let seed = 0; seed < games; seed++) {
    const setup = createInitialState(scenario, seededShuffler(seededRng(seed)));
    const deciders =
      players === 'no-war'
        ? { us: passiveMove, jp: passiveMove }
        : { us: makeStrategy(players[0], seed), jp: makeStrategy(players[1], seed + 1) };
    const end = playHeadless(newHeadless(setup), deciders);
    const settled: GameState = { ...end, board: end.outcome?.settled ?? end.board };
    for (const id of cards) if (agendaMet(agendaCard(id), settled)) met.set(id, (met.get(id) ?? 0) + 1);
  }
  return cards.map((id) => ({ card: id, side: agendaCard(id).side, met: (met.get(id) ?? 0) / games }));
};
