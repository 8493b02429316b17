// What shows while a screen's code or a match's first state is on its way.
import { useT } from '../i18n/I18nProvider';

export const Loading = () => {
  const t = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
};
