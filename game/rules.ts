// The rules a match was created with, carried in its state: the scenario's
// settings and the model's parameters as they were at setup. A stored match
// resolves with these, so changing or removing a scenario, or retuning the
// parameter file, never alters a match already under way.
import type { Scenario } from './scenarios/types';
import type { GameState, Rules } from './state';

/** Bumped whenever the rules' meaning changes in a way a stored match should know about. */
export const RULES_VERSION = 2;

export const rulesFor = (scenario: Scenario): Rules => ({
  version: RULES_VERSION,
  scenario: scenario.id,
  pause: scenario.pause,
  daysPerRound: scenario.daysPerRound,
  reciprocalRate: scenario.reciprocalRate,
  proposalsPerRound: scenario.proposalsPerRound,
  events: scenario.events,
  agendaDecks: scenario.agendas,
  agendasPerSide: scenario.agendasPerSide,
  params: scenario.params,
});

export const rulesOf = (G: GameState): Rules => G.rules;
