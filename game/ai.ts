// ai.enumerate: every legal move for a player in the current step, from the
// legal-options functions, so that boardgame.io's RandomBot and MCTSBot can play.
import { legalActions, legalResponses, proposalOptions, proposingProblem } from './legal';
import { owes } from './flow';
import type { Phase } from './flow';
import { otherSide } from './state';
import type { GameState, Side } from './state';

export type MoveChoice = { readonly move: string; readonly args: ReadonlyArray<unknown> };

export const enumerateMoves = (G: GameState, phase: Phase, side: Side): MoveChoice[] => {
  if (!owes(G, phase, side)) return [];
  switch (phase) {
    case 'news':
      return legalResponses(G, side).map((id) => ({ move: 'respond', args: [id] }));
    case 'talks': {
      const open = G.talks.open;
      const canPropose = proposingProblem(G, side) === undefined && !G.talks.done[otherSide(side)];
      if (open && open.from !== side) {
        return [
          { move: 'accept', args: [open.id] },
          { move: 'reject', args: [open.id] },
          ...(canPropose ? proposalOptions(G).map((p) => ({ move: 'counter', args: [open.id, p.terms, p.comprehensive] })) : []),
        ];
      }
      const moves: MoveChoice[] = [{ move: 'endTalks', args: [] }];
      if (open) moves.push({ move: 'withdraw', args: [open.id] });
      else if (canPropose) moves.push(...proposalOptions(G).map((p) => ({ move: 'propose', args: [p.terms, p.comprehensive] })));
      return moves;
    }
    case 'moves':
      return legalActions(G, side).map((action) => ({ move: 'chooseAction', args: [action] }));
    case 'review':
      return [{ move: 'acknowledge', args: [] }];
  }
};
