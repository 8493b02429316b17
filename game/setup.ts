// A new match: the scenario's starting board, a shuffled news deck and two
// secret agendas per side, all drawn with boardgame.io's seeded random.
import { withNoWar } from './no-war';
import { rulesFor } from './rules';
import type { Scenario } from './scenarios';
import type { GameState, Markets, PauseState, Side, Talks } from './state';

/** The part of boardgame.io's random API that setup needs. */
export type Shuffler = { readonly Shuffle: <T>(deck: T[]) => T[] };

export const createInitialState = (scenario: Scenario, random: Shuffler): GameState =>
  withNoWar(initialState(scenario, random));

/** The markets' own state at the start of a match: nothing pledged, sold or labelled yet. */
export const initialMarkets = (pause: PauseState): Markets => ({
  yieldFading: 0,
  fxFading: 0,
  realizedLoss: 0,
  pause,
  manipulatorLabel: false,
  chinaHedge: 0,
  autoRestraint: false,
  purchases: 0,
  investment: 0,
  riceOpened: false,
  reassured: false,
});

/** Round 1's talks: nobody has spoken; `first` speaks first. */
export const initialTalks = (first: Side): Talks => ({
  open: undefined,
  made: { us: 0, jp: 0 },
  done: { us: false, jp: false },
  first,
  nextId: 1,
  deals: [],
});

const initialState = (scenario: Scenario, random: Shuffler): GameState => ({
  rules: rulesFor(scenario),
  round: 1,
  rounds: scenario.rounds,
  day: 0,
  // Two copies: the board changes as the game goes on, the start never does.
  board: { ...scenario.start },
  start: { ...scenario.start },
  markets: initialMarkets(scenario.pause),
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
  talks: initialTalks(random.Shuffle<Side>(['us', 'jp'])[0] ?? 'us'),
  acknowledged: { us: false, jp: false },
  reports: [],
  outcome: undefined,
  noWar: undefined,
});
