// The client's strings, one catalog per language (assets/locales/*.json, ICU
// message syntax). English is the reference: its keys are the message ids, and
// a test checks that Japanese has exactly the same keys and placeholders.
import en from '../../../assets/locales/en.json';
import ja from '../../../assets/locales/ja.json';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'ja';

export type MessageId = keyof typeof en;
export const CATALOGS: { readonly [L in Locale]: Readonly<Record<string, string>> } = { en, ja };
