// The game's data: cards, agendas and scenarios are complete, consistent and
// bilingual (every string a player sees exists in English and Japanese).
import { describe, expect, it } from 'vitest';
import { AGENDA_CARDS } from '../game/cards/agendas';
import { EVENT_CARDS } from '../game/cards/events';
import { PROBLEM_TEXT } from '../game/problems';
import { SCENARIOS, scenarioProblems } from '../game/scenarios';
import { INDICATORS } from '../game/state';
import type { Text } from '../game/state';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const expectBilingual = (text: Text, where: string): void => {
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(text.ja, `${where} (ja) should be Japanese`).toMatch(JAPANESE);
};

describe('event deck', () => {
  it('has at least 16 cards with unique ids', () => {
    expect(EVENT_CARDS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(EVENT_CARDS.map((c) => c.id)).size).toBe(EVENT_CARDS.length);
  });

  it('has bilingual titles, texts and response labels', () => {
    for (const card of EVENT_CARDS) {
      expectBilingual(card.title, card.id);
      expectBilingual(card.text, card.id);
      for (const option of card.response?.options ?? []) expectBilingual(option.label, `${card.id}/${option.id}`);
    }
  });

  it('offers at least two distinct options whenever it asks for a response', () => {
    for (const card of EVENT_CARDS.filter((c) => c.response)) {
      const ids = card.response?.options.map((o) => o.id) ?? [];
      expect(ids.length, card.id).toBeGreaterThanOrEqual(2);
      expect(new Set(ids).size, card.id).toBe(ids.length);
    }
  });

  it('only names real indicators with finite effects', () => {
    const effects = EVENT_CARDS.flatMap((c) => [c.effects, ...(c.response?.options.map((o) => o.effects) ?? [])]);
    for (const effect of effects) {
      for (const [id, value] of Object.entries(effect)) {
        expect(INDICATORS).toContain(id);
        expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});

describe('agenda decks', () => {
  it('has at least 5 bilingual cards per side', () => {
    for (const side of ['us', 'jp'] as const) {
      const cards = AGENDA_CARDS.filter((c) => c.side === side);
      expect(cards.length).toBeGreaterThanOrEqual(5);
      for (const card of cards) {
        expectBilingual(card.title, card.id);
        expectBilingual(card.text, card.id);
      }
    }
  });
});

describe('scenarios', () => {
  it('are valid data: real cards, enough of them, bilingual titles', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(expect.arrayContaining(['2025-pause', '1985-plaza']));
    for (const scenario of SCENARIOS) {
      expect(scenarioProblems(scenario), scenario.id).toEqual([]);
      expectBilingual(scenario.title, scenario.id);
      expectBilingual(scenario.description, scenario.id);
      for (const id of INDICATORS) expect(Number.isFinite(scenario.start[id]), `${scenario.id}.${id}`).toBe(true);
    }
  });

  it('starts the 2025 pause at the published values', () => {
    const pause = SCENARIOS.find((s) => s.id === '2025-pause');
    expect(pause?.start).toMatchObject({ yield10y: 4.22, usBaselineTariff: 10, usAutoTariff: 25, holdings: 1130.8, jpExports: 148.2 });
    expect(pause?.reciprocalRate).toBe(24);
    expect(pause?.rounds).toBe(9);
  });
});

describe('problem texts', () => {
  it('explain every unavailable option in both languages', () => {
    for (const [code, text] of Object.entries(PROBLEM_TEXT)) expectBilingual(text, code);
  });
});
