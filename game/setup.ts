// A new match: the scenario's starting board, a shuffled news deck and two
// secret agendas per side, all drawn with boardgame.io's seeded random.
import { withNoWar } from './no-war';
import { rulesFor } from './rules';
import type { Scenario } from './scenarios';
import type { GameState, Side } from './state';

/** The part of boardgame.io's random API that setup needs. */
export type Shuffler = { readonly Shuffle: <T>(deck: T[]) => T[] };

export const createInitialState = (scenario: Scenario, random: Shuffler): GameState =>
  withNoWar(initialState(scenario, random));

const initialState = (scenario: Scenario, random: Shuffler): GameState => ({
  rules: rulesFor(scenario),
  round: 1,
  rounds: scenario.rounds,
  day: 0,
  // Two copies: the board changes as the game goes on, the start never does.
  board: { ...scenario.start },
  start: { ...scenario.start },
  markets: {
    yieldFading: 0,
    fxFading: 0,
    realizedLoss: 0,
    pause: scenario.pause,
    manipulatorLabel: false,
    chinaHedge: 0,
    autoRestraint: false,
    purchases: 0,
    investment: 0,
    riceOpened: false,
    reassured: false,
  },
  history: [],
  deck: random.Shuffle([...scenario.events]),
  news: undefined,
  agendas: {
    us: random.Shuffle([...scenario.agendas.us]).slice(0, scenario.agendasPerSide),
    jp: random.Shuffle([...scenario.agendas.jp]).slice(0, scenario.agendasPerSide),
  },
  pending: { us: undefined, jp: undefined },
  signals: { us: [], jp: [] },
  commitments: [],
  // Drawn after the deck and agendas, so that a seed deals the same cards as before.
  talks: {
    open: undefined,
    made: { us: 0, jp: 0 },
    done: { us: false, jp: false },
    first: random.Shuffle<Side>(['us', 'jp'])[0] ?? 'us',
    nextId: 1,
    deals: [],
  },
  acknowledged: { us: false, jp: false },
  reports: [],
  outcome: undefined,
  noWar: undefined,
});
