// The scenario format: a scenario is data (starting values, length, decks,
// agendas and model parameters), so new ones need no code.
import type { Params } from '../model/params';
import type { Indicators, PauseState, Text } from '../state';

export type Scenario = {
  readonly id: string; //                 '2025-pause'
  readonly title: Text;
  readonly description: Text;
  readonly rounds: number; //             9
  readonly daysPerRound: number; //       10
  readonly start: Indicators;
  readonly pause: PauseState; //          'active': the reciprocal rate is suspended until the deadline
  readonly reciprocalRate: number; //     24  the rate that snaps back at the deadline, %
  readonly events: ReadonlyArray<string>; // event card ids shuffled into the news deck
  readonly agendas: { readonly us: ReadonlyArray<string>; readonly jp: ReadonlyArray<string> };
  readonly agendasPerSide: number; //     2
  readonly proposalsPerRound: number; //  3  per side, so talks cannot stall the game
  readonly params: Params;
};
