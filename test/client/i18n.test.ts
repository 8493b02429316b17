// The two catalogs: the same ids, the same ICU placeholders, and every message parses.
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/client/i18n/messages';

const placeholders = (elements: ReadonlyArray<MessageFormatElement>): string[] =>
  elements.flatMap((el) => {
    const own = el.type === TYPE.literal || el.type === TYPE.pound ? [] : [el.value];
    const nested =
      el.type === TYPE.plural || el.type === TYPE.select
        ? Object.values(el.options).flatMap((option) => placeholders(option.value))
        : el.type === TYPE.tag
          ? placeholders(el.children)
          : [];
    return [...own, ...nested];
  });

describe('message catalogs', () => {
  it('Japanese has exactly the English ids', () => {
    expect(Object.keys(CATALOGS.ja).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });

  it('every message parses, with the same placeholders in both languages, and none is empty', () => {
    for (const [id, en] of Object.entries(CATALOGS.en)) {
      const ja = CATALOGS.ja[id] ?? '';
      expect(en.trim(), id).not.toBe('');
      expect(ja.trim(), id).not.toBe('');
      expect(new Set(placeholders(parse(ja))), id).toEqual(new Set(placeholders(parse(en))));
    }
  });
});
