// News step: drawing the card, and the answer a card asks of one side.
import { describe, expect, it } from 'vitest';
import { EVENT_CARDS, eventCard } from '../../../game/cards/events';
import { owes } from '../../../game/flow';
import { newHeadless } from '../../../game/headless';
import { respond } from '../../../game/moves/news';
import type { IndicatorId, Side } from '../../../game/state';
import { GARBAGE, edit, expectInvalid, expectRefused, expectValid, initialState, play, quietDeck, withDeck } from '../helpers';

const cardsAsking = (side: Side) => EVENT_CARDS.filter((card) => card.response?.side === side);

/** A match whose first news card is `card`, waiting in the news step. */
const matchDrawing = (card: string) => newHeadless(withDeck(initialState(), [card, ...quietDeck()]));

describe('news: drawing a card', () => {
  it('draws the top card of the deck and applies its effects', () => {
    const [card] = EVENT_CARDS.filter((c) => !c.response && Object.keys(c.effects).length > 0);
    if (!card) throw new Error('no plain event card');
    const start = initialState();
    const match = matchDrawing(card.id);
    expect(match.G.news?.card).toBe(card.id);
    expect(match.G.deck).toHaveLength(quietDeck().length);
    for (const [id, delta] of Object.entries(card.effects) as [IndicatorId, number][]) {
      expect(Math.sign(match.G.board[id] - start.board[id]), id).toBe(Math.sign(delta));
    }
    // Nobody owes an answer, so the match moves on to the talks at once.
    expect(match.phase).toBe('talks');
  });

  it('waits in the news step for the side the card asks', () => {
    for (const side of ['us', 'jp'] as const) {
      const [card] = cardsAsking(side);
      if (!card) throw new Error(`no card asks ${side}`);
      const match = matchDrawing(card.id);
      expect(match.phase).toBe('news');
      expect(match.G.news?.awaiting).toBe(side);
      expect(owes(match.G, 'news', side)).toBe(true);
      expect(owes(match.G, 'news', side === 'us' ? 'jp' : 'us')).toBe(false);
    }
  });

  it('a card that pushes Stress to the crisis level ends the game with nobody to blame', () => {
    const [card] = EVENT_CARDS.filter((c) => (c.effects.stress ?? 0) > 0 && !c.response);
    if (!card) throw new Error('no stressful card');
    const G = edit(withDeck(initialState(), [card.id, ...quietDeck()]), (d) => {
      d.board.stress = 99.99;
    });
    const match = newHeadless(G);
    expect(match.G.outcome?.reason).toBe('crisis');
    expect(match.G.outcome?.tippedBy).toBeUndefined();
    expect(match.G.outcome?.scores.us.crisis).toBeLessThan(0);
    expect(match.G.outcome?.scores.us.crisis).toBe(match.G.outcome?.scores.jp.crisis);
  });
});

describe('news: respond', () => {
  for (const card of EVENT_CARDS.filter((c) => c.response)) {
    const response = card.response;
    if (!response) continue;
    it(`${card.id}: each option is recorded and applied, then talks begin`, () => {
      for (const option of response.options) {
        const match = matchDrawing(card.id);
        const before = structuredClone(match.G);
        play(match, response.side, 'respond', option.id);
        expect(match.G.news?.response).toBe(option.id);
        expect(match.G.news?.awaiting).toBeUndefined();
        expect(match.phase).toBe('talks');
        for (const [id, delta] of Object.entries(option.effects) as [IndicatorId, number][]) {
          if (delta === 0) continue;
          expect(Math.sign(match.G.board[id] - before.board[id]), `${option.id} ${id}`).toBe(Math.sign(delta));
        }
      }
    });
  }

  it('rejects the wrong side, unknown options, options of other cards and malformed arguments', () => {
    const [card] = cardsAsking('jp');
    const [other] = cardsAsking('us');
    if (!card?.response || !other?.response) throw new Error('need a card asking each side');
    const match = matchDrawing(card.id);
    const G = match.G;
    const [first] = card.response.options;
    if (!first) throw new Error('card without options');
    // The side not asked: by the rule, and by the engine (it owes nothing).
    expectInvalid(respond, G, 'us', [first.id]);
    expectRefused(match, 'us', 'respond', [first.id]);
    for (const bad of [...GARBAGE, 'nonsense', '__proto__', 'toString', ...other.response.options.map((o) => o.id)]) {
      expectInvalid(respond, G, 'jp', [bad]);
    }
    expectInvalid(respond, G, 'jp', []);
    expectInvalid(respond, G, 'jp', [first.id, first.id]);
    expectInvalid(respond, G, 'jp', [{ id: first.id }]);
    // A move of another step is not taken here.
    expectRefused(match, 'jp', 'chooseAction', [{ type: 'standPat' }]);
    expectRefused(match, 'jp', 'endTalks', []);
    // Answered once: the card asks nothing more.
    const answered = expectValid(respond, G, 'jp', [first.id]);
    expectInvalid(respond, answered, 'jp', [first.id]);
  });

  it('rejects an answer when no card asks anything', () => {
    const G = newHeadless(withDeck(initialState(), quietDeck())).G;
    const options = eventCard('yen-158').response?.options ?? [];
    for (const side of ['us', 'jp'] as const) for (const o of options) expectInvalid(respond, G, side, [o.id]);
  });
});
