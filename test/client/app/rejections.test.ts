// The server's refusals, in the player's language: by their code, else the server's own words.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/client/i18n/messages';
import { REJECTION_CODES, rejectionCode, rejectionText } from '../../../src/client/net/rejections';

describe('rejection reasons', () => {
  it('takes a known code over the words, and ignores an unknown code', () => {
    expect(rejectionCode({ code: 'stale', reason: 'It is not your turn to move' })).toBe('stale');
    expect(rejectionCode({ code: 'somethingNew', reason: 'Your view was out of date' })).toBeUndefined();
    expect(rejectionText({ code: 'somethingNew', reason: 'Your view was out of date' })?.en).toBe('Your view was out of date');
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
