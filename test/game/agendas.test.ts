// Agenda decks: per side, about as many cards the status quo keeps as cards
// that need a concession from the other side, so that both sides have as much
// to win from a deal as to protect.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../game/scenarios';
import { SIDES } from '../../game/state';
import { agendaOdds } from '../../src/cli/agendas/odds';

describe('agenda decks', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: per side, half the cards are kept by doing nothing and half need a deal`, () => {
      const odds = agendaOdds(scenario.id, 30);
      for (const side of SIDES) {
        const deck = odds.filter((row) => row.side === side);
        const kept = deck.filter((row) => row.met > 0.9).length;
        const needDeal = deck.filter((row) => row.met < 0.1).length;
        expect(kept + needDeal, `${side}: every card is clearly one or the other`).toBe(deck.length);
        expect(Math.abs(kept - needDeal), `${side}: ${kept} kept, ${needDeal} need a deal`).toBeLessThanOrEqual(1);
        expect(kept).toBeGreaterThanOrEqual(2);
        expect(needDeal).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
