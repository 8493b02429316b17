// Review step: each side confirms it has read the round; the clock then moves on.
import { describe, expect, it } from 'vitest';
import { owes } from '../../../game/flow';
import { acknowledge } from '../../../game/moves/review';
import { scenarioById } from '../../../game/scenarios';
import { GARBAGE, advanceTo, expectInvalid, expectRefused, expectValid, play, playRound, quietMatch } from '../helpers';

describe('review: acknowledge', () => {
  it('marks the side as done; the other still owes', () => {
    const match = advanceTo(quietMatch(), 'review');
    const after = expectValid(acknowledge, match.G, 'us', []);
    expect(after.acknowledged).toEqual({ us: true, jp: false });
    expect(owes(after, 'review', 'us')).toBe(false);
    expect(owes(after, 'review', 'jp')).toBe(true);
  });

  it('rejects arguments and a second acknowledgement', () => {
    const match = advanceTo(quietMatch(), 'review');
    for (const bad of GARBAGE) expectInvalid(acknowledge, match.G, 'jp', [bad]);
    play(match, 'jp', 'acknowledge');
    expectInvalid(acknowledge, match.G, 'jp', []);
    expectRefused(match, 'jp', 'acknowledge', []);
  });

  it('is not taken outside the review step', () => {
    const match = advanceTo(quietMatch(), 'talks');
    expectRefused(match, 'us', 'acknowledge', []);
    advanceTo(match, 'moves');
    expectRefused(match, 'jp', 'acknowledge', []);
  });

  it('when both have read the round, the next round begins with fresh talks and a new card', () => {
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20 }, false);
    play(match, 'us', 'endTalks');
    play(match, 'jp', 'reject', 1);
    playRound(match, [{ type: 'standPat' }], [{ type: 'standPat' }]);
    const deckBefore = match.G.deck.length;
    expect(match.phase).toBe('review');
    play(match, 'us', 'acknowledge');
    expect(match.phase).toBe('review');
    play(match, 'jp', 'acknowledge');
    expect(match.G.round).toBe(2);
    expect(match.G.day).toBe(scenarioById(match.G.rules.scenario).daysPerRound);
    expect(match.G.deck).toHaveLength(deckBefore - 1);
    expect(match.G.acknowledged).toEqual({ us: false, jp: false });
    expect(match.G.talks.made).toEqual({ us: 0, jp: 0 });
    expect(match.G.talks.done).toEqual({ us: false, jp: false });
    expect(match.G.talks.nextId).toBe(2); // proposal ids stay unique in the match
    expect(match.phase).toBe('talks');
  });

  it('the history keeps each round’s board as it was: later news and deals do not rewrite it', () => {
    const match = advanceTo(quietMatch(), 'review');
    const recorded = structuredClone(match.G.history);
    expect(recorded).toEqual([match.G.board]);
    play(match, 'us', 'acknowledge');
    play(match, 'jp', 'acknowledge'); // the next card moves the board
    play(match, 'us', 'propose', { usAutoTariff: 10 }, false);
    play(match, 'jp', 'accept', 1); // and so does a deal
    expect(match.G.board).not.toEqual(recorded[0]);
    expect(match.G.history).toEqual(recorded);
  });

  it('at the deadline the reciprocal rate snaps back, but not above a deal’s cap on the baseline tariff', () => {
    const reciprocal = scenarioById('2025-pause').reciprocalRate;
    const plain = advanceTo(quietMatch(), 'review', 99);
    expect(plain.G.outcome?.reason).toBe('deadline');
    expect(plain.G.board.usBaselineTariff).toBe(reciprocal);
    const capped = advanceTo(quietMatch(), 'talks');
    play(capped, 'jp', 'propose', { usBaselineTariff: 5 }, false);
    play(capped, 'us', 'accept', 1);
    advanceTo(capped, 'review', 99);
    expect(capped.G.outcome?.reason).toBe('deadline');
    expect(capped.G.board.usBaselineTariff).toBe(5);
    expect(capped.G.markets.pause).toBe('ended');
  });
});
