// The app's top bar: the title (home), the rules, the language.
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';

export const Header = () => {
  const t = useT();
  return (
    <header className="app-header">
      <Link href="/" className="app-title">
        {t('app.title')}
      </Link>
      <nav aria-label={t('app.nav')}>
        <Link href="/rules">{t('app.rules')}</Link>
      </nav>
      <LanguageSwitch />
    </header>
  );
};
