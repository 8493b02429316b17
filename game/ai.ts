// ai.enumerate: a bounded list of legal moves for a player in the current
// step, from the one legal-options function of each kind, so that
// boardgame.io's RandomBot and MCTSBot (and our own bots' rollouts) can play.
import { owes } from './flow';
import type { Phase } from './flow';
import { legalActions, legalResponses, signalChoices } from './legal';
import { proposingProblem, termsProblem } from './talk-options';
import type { GameState, Side, Terms } from './state';

export type MoveChoice = { readonly move: string; readonly args: ReadonlyArray<unknown> };

/**
 * Representative bundles of terms (what each side typically asks for and
 * gives); only those on the table now are offered, each plain and comprehensive.
 */
const SAMPLE_BUNDLES: ReadonlyArray<Terms> = [
  { usAutoTariff: 15, investment: 400, purchases: 20 },
  { usAutoTariff: 15, usBaselineTariff: 5, investment: 550, noSaleRounds: 3 },
  { usAutoTariff: 20, purchases: 10 },
  { usBaselineTariff: 5, riceOpening: true, purchases: 15 },
  { extendPause: true, noSaleRounds: 2 },
  { securityReassurance: true, yenAccord: 10, investment: 200 },
  { dropCurrencyComplaint: true, noSaleRounds: 3 },
  { investment: 300, autoRestraint: true, usAutoTariff: 10 },
];

type ProposalChoice = { readonly terms: Terms; readonly comprehensive: boolean };

/** Each bundle on the table now, plain and comprehensive (each bundle checked once: scripted players ask every talks step). */
export const proposalChoices = (G: GameState): ProposalChoice[] =>
  SAMPLE_BUNDLES.filter((terms) => termsProblem(G, terms) === undefined).flatMap((terms) => [
    { terms, comprehensive: false },
    { terms, comprehensive: true },
  ]);

export const enumerateMoves = (G: GameState, phase: Phase, side: Side): MoveChoice[] => {
  if (!owes(G, phase, side)) return [];
  switch (phase) {
    case 'news':
      return legalResponses(G, side).map((id) => ({ move: 'respond', args: [id] }));
    case 'talks': {
      const open = G.talks.open;
      const canPropose = proposingProblem(G, side) === undefined;
      if (open && open.from !== side) {
        return [
          { move: 'accept', args: [open.id] },
          { move: 'reject', args: [open.id] },
          ...(canPropose ? proposalChoices(G).map((p) => ({ move: 'counter', args: [open.id, p.terms, p.comprehensive] })) : []),
        ];
      }
      const moves: MoveChoice[] = [{ move: 'endTalks', args: [] }];
      if (open) moves.push({ move: 'withdraw', args: [open.id] });
      else if (canPropose) moves.push(...proposalChoices(G).map((p) => ({ move: 'propose', args: [p.terms, p.comprehensive] })));
      return moves;
    }
    case 'moves':
      // Every legal action without a signal, and standing pat with each of a bounded set of signals.
      return [
        ...legalActions(G, side).map((action) => ({ move: 'chooseAction', args: [action] })),
        ...signalChoices(side).map((signal) => ({ move: 'chooseAction', args: [{ type: 'standPat' }, signal] })),
      ];
    case 'review':
      return [{ move: 'acknowledge', args: [] }];
  }
};
