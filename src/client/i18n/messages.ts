// The client's strings, one catalog per language, split by area so that each
// area's file has one owner (assets/locales/<lang>/<area>.json, ICU message
// syntax). English is the reference: its keys are the message ids, and a test
// checks that Japanese has exactly the same keys and placeholders.
import enApp from '../../../assets/locales/en/app.json';
import enBoard from '../../../assets/locales/en/board.json';
import jaApp from '../../../assets/locales/ja/app.json';
import jaBoard from '../../../assets/locales/ja/board.json';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'ja';

const en = { ...enApp, ...enBoard };
export type MessageId = keyof typeof en;
export const CATALOGS: { readonly [L in Locale]: Readonly<Record<string, string>> } = { en, ja: { ...jaApp, ...jaBoard } };
