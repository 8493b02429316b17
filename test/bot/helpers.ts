// Shared helpers for the bot's tests: seeded matches advanced to a step.
import { applyHeadless, newHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { defaultResponse } from '../../game/no-war';
import { scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import { owingSides } from '../../game/flow';
import { playerView } from '../../game/view';
import { playerOf } from '../../game/state';
import type { GameState, Side } from '../../game/state';
import { seededRng, seededShuffler } from '../../src/bot/rng';

export const setupOf = (seed: number): GameState => createInitialState(scenarioById('2025-pause'), seededShuffler(seededRng(seed)));

/** A new match, played by the rules' defaults (the first news answer, no talk) until `phase` of round 1. */
export const matchAt = (seed: number, phase: 'talks' | 'moves'): HeadlessMatch => {
  const match = newHeadless(setupOf(seed));
  while (match.phase !== phase) {
    const side = owingSides(match.G, match.phase)[0];
    if (!side) throw new Error('nobody owes a move');
    const card = match.G.news?.card;
    const ok =
      match.phase === 'news' && card
        ? applyHeadless(match, side, { move: 'respond', args: [defaultResponse(card)] })
        : applyHeadless(match, side, { move: 'endTalks', args: [] });
    if (!ok) throw new Error(`could not advance from ${match.phase}`);
  }
  return match;
};

export const viewOf = (G: GameState, side: Side): GameState => playerView({ G, playerID: playerOf(side) });
