// The players of the load bench and the scale-out tests: for the real game,
// the bench's scripted pairings seeded by match number, deciding from what the
// server shows their seat; for the trivial game, always its one move.
import type { Ctx } from 'boardgame.io';
import type { Phase } from '../../../game/flow';
import { sideOf } from '../../../game/state';
import type { GameState } from '../../../game/state';
import { makeStrategy } from '../../bot/strategies';
import { PAIRS } from './measure';
import type { Decide, Seat } from './server-load-client';

export const realPlayers = (i: number): Decide => {
  const [us, jp] = PAIRS[i % PAIRS.length] ?? ['dove', 'dove'];
  const deciders = { '0': makeStrategy(us, i * 2 + 1), '1': makeStrategy(jp, i * 2 + 2) };
  return (G: unknown, ctx: Ctx, seat: Seat) => deciders[seat](G as GameState, ctx.phase as Phase, sideOf(seat));
};

export const trivialPlayers: Decide = () => ({ move: 'tick', args: [] });
