// The worlds a decision is searched over: full states consistent with the
// bot's own view (determinize), the opponent's agendas drawn from the belief.
// The bot never sees the real state: only its view goes in.
import { determinize } from '../../../game/determinize';
import { seededRng } from '../../../game/seeded';
import { playerOf } from '../../../game/state';
import type { GameState, Side } from '../../../game/state';
import { sampleHand } from '../belief';
import type { Belief } from '../belief';
import { stripped } from './rollout';

export const sampleWorlds = (view: GameState, me: Side, belief: Belief, count: number, seed: number): GameState[] => {
  const rng = seededRng(seed);
  const worlds: GameState[] = [];
  for (let i = 0; i < count; i++) {
    const opponentAgendas = sampleHand(belief, rng);
    const worldSeed = Math.floor(rng() * 2 ** 32);
    worlds.push(stripped(determinize(view, playerOf(me), worldSeed, { opponentAgendas })));
  }
  return worlds;
};
