// The server's refusals, in the player's language: a code when the server
// sends one, else the English reasons it writes today, else its own words.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/client/i18n/messages';
import { REJECTION_CODES, rejectionCode, rejectionText } from '../../../src/client/net/rejections';

describe('rejection reasons', () => {
  it("reads the reasons today's server writes (sockets.ts, guards.ts, engine.ts)", () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['No such match', 'noMatch'],
      ['Unauthorized: wrong credentials for this seat', 'unauthorized'],
      ['Unauthorized', 'unauthorized'],
      ['Sync first', 'syncFirst'],
      ['Sync with this match before moving', 'syncFirst'],
      ['The game is over', 'gameOver'],
      ['It is not your turn to move', 'notYourTurn'],
      ['There is no move "endGame" in this step', 'noSuchMove'],
      ['Your view was out of date', 'stale'],
      ['Another server moved this match on', 'raced'],
      ['The rules refused this move', 'refused'],
      ['Spectators cannot move', 'spectator'],
      ['You can only move for your own seat', 'notYourSeat'],
      ['You can only chat as yourself', 'notYourSeat'],
      ['A chat message has 1 to 500 characters', 'chatLength'],
      ['Only seated players may chat', 'chatSeated'],
      ['Only moves are accepted (no game events)', 'malformed'],
      ['At most 8 move arguments', 'malformed'],
      ['Move arguments are too large or too deeply nested', 'malformed'],
      ['Malformed stateID', 'malformed'],
      ['Missing credentials', 'malformed'],
    ];
    for (const [reason, code] of cases) expect(rejectionCode({ reason }), reason).toBe(code);
  });

  it('takes a known code over the words, and ignores an unknown code', () => {
    expect(rejectionCode({ code: 'stale', reason: 'It is not your turn to move' })).toBe('stale');
    expect(rejectionCode({ code: 'somethingNew', reason: 'Your view was out of date' })).toBe('stale');
    expect(rejectionText({ code: 'notYourTurn', reason: 'whatever' })).toEqual({ en: CATALOGS.en['net.reason.notYourTurn'], ja: CATALOGS.ja['net.reason.notYourTurn'] });
  });

  it('shows an unknown reason as the server wrote it, inside a Japanese sentence for Japanese; nothing when there is none', () => {
    expect(rejectionText({ reason: 'The moon is full' })).toEqual({ en: 'The moon is full', ja: 'サーバーの応答: The moon is full' });
    expect(rejectionText({})).toBeUndefined();
    expect(rejectionText(undefined)).toBeUndefined();
    expect(rejectionText({ reason: 42 })).toBeUndefined();
  });

  it('has a message for every code in both languages', () => {
    for (const code of REJECTION_CODES) {
      const text = rejectionText({ code });
      expect(text?.en, code).toBe(CATALOGS.en[`net.reason.${code}`]);
      expect(text?.ja, code).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
  });
});
