// English / 日本語: two buttons, the current one pressed; the choice is
// remembered by the i18n provider. Each language's name is written in itself.
import { useLocale, useT } from '../i18n/I18nProvider';
import { LOCALES } from '../i18n/messages';
import type { Locale } from '../i18n/messages';

const NAMES: { readonly [L in Locale]: string } = { en: 'English', ja: '日本語' };

export const LanguageSwitch = () => {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="language" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
};
