// determinize: a full state consistent with one player's view, sampled
// without reading what that view hides, from which the headless engine plays on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumerateMoves } from '../../game/ai';
import { determinize } from '../../game/determinize';
import { owingSides } from '../../game/flow';
import { applyHeadless, newHeadless, playHeadless, resumeHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { PLAYER_IDS, otherSide, sideOf } from '../../game/state';
import type { GameState } from '../../game/state';
import { playerView } from '../../game/view';
import { makeStrategy } from '../../src/bot/strategies';
import { initialState, passiveMove, quietMatch } from './helpers';

/** A match played `moves` moves in by random legal choices. */
const midGame = (seed: number, picks: ReadonlyArray<number>): HeadlessMatch => {
  const match = newHeadless(initialState('2025-pause', seed));
  for (const pick of picks) {
    const [side] = owingSides(match.G, match.phase);
    if (side === undefined || match.G.outcome) break;
    const moves = enumerateMoves(match.G, match.phase, side);
    const move = moves[pick % moves.length];
    if (move) applyHeadless(match, side, move);
  }
  return match;
};

const counts = (cards: ReadonlyArray<string>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const card of cards) out[card] = (out[card] ?? 0) + 1;
  return out;
};

describe('determinize', () => {
  it('keeps everything the view shows and samples only what it hides, from the cards it has not seen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.nat(), { maxLength: 50 }), fc.nat(), (seed, picks, sample) => {
        const match = midGame(seed, picks);
        if (match.G.outcome) return;
        for (const playerID of PLAYER_IDS) {
          const me = sideOf(playerID);
          const them = otherSide(me);
          const view = playerView({ G: match.G, playerID });
          const world = determinize(view, playerID, sample);
          // Public state and the player's own secrets are the view's.
          expect({ ...world, deck: [], agendas: view.agendas, noWar: undefined }).toEqual({ ...view, agendas: view.agendas });
          expect(world.agendas[me]).toEqual(match.G.agendas[me]);
          // The deck: the same number of cards as the truth, and exactly the cards not yet drawn.
          expect(world.deck).toHaveLength(match.G.deck.length);
          expect(counts(world.deck)).toEqual(counts(match.G.deck));
          // The opponent's agendas: the right number, distinct, from its own deck.
          expect(world.agendas[them]).toHaveLength(view.rules.agendasPerSide);
          expect(new Set(world.agendas[them]).size).toBe(view.rules.agendasPerSide);
          for (const id of world.agendas[them]) expect(view.rules.agendaDecks[them]).toContain(id);
          expect(world.noWar).toBeDefined();
          // The opponent has yet to choose in the sampled world.
          expect(world.pending[them]).toBeUndefined();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reads no secret: two matches that look the same to a player determinize the same', () => {
    const match = midGame(5, [3, 1, 4, 1, 5, 9, 2, 6]);
    const truth = match.G;
    // Another world with the same view for the US: Japan's agendas and the deck order differ.
    const jpDeck = truth.rules.agendaDecks.jp;
    const otherAgendas = jpDeck.filter((id) => !truth.agendas.jp.includes(id)).slice(0, 2);
    const other: GameState = { ...truth, deck: [...truth.deck].reverse(), agendas: { ...truth.agendas, jp: otherAgendas }, noWar: { us: 1, jp: 2 } };
    const a = determinize(playerView({ G: truth, playerID: '0' }), '0', 42);
    const b = determinize(playerView({ G: other, playerID: '0' }), '0', 42);
    expect(a).toEqual(b);
    // ... and the seed matters.
    expect(determinize(playerView({ G: truth, playerID: '0' }), '0', 43).deck).not.toEqual(a.deck);
  });

  it('with the true agendas and a deck whose order cannot matter, the no-war results are the match’s own', () => {
    const match = quietMatch('2025-pause', 3);
    const [side] = owingSides(match.G, match.phase);
    if (side) applyHeadless(match, side, passiveMove(match.G, match.phase, side));
    const view = playerView({ G: match.G, playerID: '1' });
    // The quiet deck's cards are all alike, but the rules list the scenario's deck: use the match's own.
    const world = determinize({ ...view, rules: { ...view.rules, events: [...match.G.reports.map((r) => r.news?.card ?? ''), ...(match.G.news ? [match.G.news.card] : []), ...match.G.deck] } }, '1', 7, {
      opponentAgendas: match.G.agendas.us,
    });
    expect(world.noWar?.us).toBeCloseTo(match.G.noWar?.us ?? NaN, 9);
    expect(world.noWar?.jp).toBeCloseTo(match.G.noWar?.jp ?? NaN, 9);
  });

  it('the headless engine plays on from it to the end', () => {
    for (let seed = 0; seed < 10; seed++) {
      const match = midGame(seed, [seed, 2, 7, 1, 8, 2, 8]);
      if (match.G.outcome) continue;
      const [side] = owingSides(match.G, match.phase);
      if (side === undefined) continue;
      const world = determinize(playerView({ G: match.G, playerID: side === 'us' ? '0' : '1' }), side === 'us' ? '0' : '1', seed);
      const end = playHeadless(resumeHeadless(world, match.phase), { us: makeStrategy('tit-for-tat', seed), jp: makeStrategy('dove', seed) });
      expect(end.outcome).toBeDefined();
    }
  });
});
