// Who is looking at the board and what step the match is in, derived once from
// boardgame.io's props. Pure: no legality here, only whose view this is.
import type { Ctx } from 'boardgame.io';
import { PHASES } from '../../../game/flow';
import type { Phase } from '../../../game/flow';
import { isPlayerID, sideOf } from '../../../game/state';
import type { GameState, Side } from '../../../game/state';
import type { Mode } from './types';

export type Seat = {
  readonly side: Side | undefined; //  'jp'; undefined for spectators and replays
  readonly phase: Phase | undefined; // 'talks'; undefined once the game is over
  readonly over: boolean;
};

export const phaseOf = (ctx: Pick<Ctx, 'phase'>): Phase | undefined => PHASES.find((p) => p === ctx.phase);

export const seatOf = (G: GameState, ctx: Pick<Ctx, 'phase'>, playerID: string | null | undefined, mode: Mode): Seat => ({
  side: mode !== 'spectator' && mode !== 'replay' && isPlayerID(playerID) ? sideOf(playerID) : undefined,
  phase: G.outcome ? undefined : phaseOf(ctx),
  over: G.outcome !== undefined,
});
