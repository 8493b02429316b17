// Agenda decks: per side, about as many cards the status quo keeps as cards
// that need a concession from the other side, so that both sides have as much
// to win from a deal as to protect.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENDA_CARDS, agendaCard } from '../../game/cards/agendas';
import { owingSides } from '../../game/flow';
import { SCENARIOS } from '../../game/scenarios';
import { SIDES, otherSide } from '../../game/state';
import { agendaOdds } from '../../src/cli/agendas/odds';
import { advanceTo, play, quietMatch } from './helpers';

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

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: a card that needs a deal needs a concession in it, not just any deal`, () => {
      // A card that every comprehensive deal meets (as one did: "baseline at most 15%", kept by any
      // deal because a deal cancels the snapback) hands its holder points for whatever deal is made,
      // so the other side can never win a deal against it: the deal space leaned to that side.
      const needDeal = agendaOdds(scenario.id, 30).filter((row) => row.met < 0.1);
      for (let seed = 1; seed <= 8; seed++) {
        const match = advanceTo(quietMatch(scenario.id, seed), 'talks');
        const [first] = owingSides(match.G, 'talks');
        if (first === undefined) throw new Error('nobody speaks first');
        play(match, first, 'propose', { purchases: 5 }, true);
        play(match, otherSide(first), 'accept', match.G.talks.open?.id);
        const met = match.G.outcome?.agendasMet;
        if (!met) throw new Error('a comprehensive deal ends the game');
        for (const row of needDeal) expect(met[row.side], `${row.card} met by a token deal (seed ${seed})`).not.toContain(row.card);
      }
    });
  }

  it("the rules a player reads (English and Japanese) name every card of every scenario's decks, and no other", () => {
    // Prose wraps lines: compare with every run of white space as one space.
    const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../docs', name), 'utf8').replace(/\s+/g, ' ');
    const rules = { en: read('rules.md'), ja: read('rules.ja.md') };
    const inDecks = new Set(SCENARIOS.flatMap((scenario) => [...scenario.agendas.us, ...scenario.agendas.jp]));
    for (const id of inDecks) {
      const { title } = agendaCard(id);
      expect(rules.en, `${id} in docs/rules.md`).toContain(title.en);
      expect(rules.ja, `${id} in docs/rules.ja.md`).toContain(title.ja);
    }
    for (const card of AGENDA_CARDS.filter((c) => !inDecks.has(c.id))) {
      expect(rules.en, `${card.id} is in no deck`).not.toContain(`| ${card.title.en} |`);
      expect(rules.ja, `${card.id} is in no deck`).not.toContain(`| ${card.title.ja} |`);
    }
  });
});
