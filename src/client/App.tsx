// The app shell. Placeholder until the screens land (issue 7).
import { useLocale, useT } from './i18n/I18nProvider';

export const App = () => {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <main>
      <h1>{t('app.title')}</h1>
      <p>{t('app.tagline')}</p>
      <label>
        {t('app.language')}{' '}
        <select value={locale} onChange={(e) => setLocale(e.target.value === 'ja' ? 'ja' : 'en')}>
          <option value="en">English</option>
          <option value="ja">日本語</option>
        </select>
      </label>
    </main>
  );
};
