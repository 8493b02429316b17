// The language the player chose (remembered in localStorage, else the
// browser's), the react-intl provider for it, and the <html lang> to match.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Text } from '../../../game/state';
import { CATALOGS, isLocale } from './messages';
import type { Locale, MessageId } from './messages';

const STORAGE_KEY = 'cott.locale';

const initialLocale = (): Locale => {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled (private mode): fall through to the browser's language.
  }
  return globalThis.navigator?.language?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
};

type LocaleContext = { readonly locale: Locale; readonly setLocale: (locale: Locale) => void };
const Context = createContext<LocaleContext>({ locale: 'en', setLocale: () => undefined });

export const I18nProvider = ({ children, locale: fixed }: { readonly children: ReactNode; readonly locale?: Locale }) => {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
  }, []);
  useEffect(() => {
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <Context.Provider value={value}>
      <IntlProvider locale={locale} messages={CATALOGS[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </Context.Provider>
  );
};

export const useLocale = (): LocaleContext => useContext(Context);

/** A message by id, with ICU values: `t('board.day', { day: 30 })`. */
export const useT = () => {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values?: Record<string, string | number | Date>) => intl.formatMessage({ id }, values),
    [intl],
  );
};

/** The player's language's half of a bilingual text from the rules module. */
export const useText = () => {
  const { locale } = useLocale();
  return useCallback((text: Text) => text[locale], [locale]);
};
