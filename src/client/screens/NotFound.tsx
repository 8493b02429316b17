// A path the app does not know.
import { useT } from '../i18n/I18nProvider';
import { Link } from './Link';

export const NotFound = () => {
  const t = useT();
  return (
    <section className="panel narrow" aria-labelledby="notfound-title">
      <h1 id="notfound-title">{t('app.notFound')}</h1>
      <Link href="/" className="btn btn--primary">
        {t('app.home')}
      </Link>
    </section>
  );
};
