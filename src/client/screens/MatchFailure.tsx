// An online match that cannot be shown, said plainly (never an endless
// spinner, STACK.md trap 8): the match is gone, this seat's key is no longer
// valid, or the server cannot be reached.
import { useT } from '../i18n/I18nProvider';
import type { Failure } from '../modes/online/useOnlineMatch';
import { Link } from './Link';

export const MatchFailure = ({ matchID, failure, seated, onForget }: { readonly matchID: string; readonly failure: Failure; readonly seated: boolean; readonly onForget: () => void }) => {
  const t = useT();
  return (
    <section className="panel narrow" aria-labelledby="failure-title">
      <h1 id="failure-title">{t(`net.failure.${failure}.title` as const)}</h1>
      <p role="alert">{t(`net.failure.${failure}.body` as const)}</p>
      <p className="actions">
        {failure === 'unauthorized' && seated && (
          <Link href={`/join/${matchID}`} className="btn btn--primary" onClick={onForget}>
            {t('net.failure.rejoin')}
          </Link>
        )}
        {failure !== 'gone' && (
          <Link href={`/match/${matchID}?seat=watch`} className="btn btn--secondary">
            {t('lobby.join.watch')}
          </Link>
        )}
        <Link href="/" className="btn btn--secondary">
          {t('app.home')}
        </Link>
      </p>
    </section>
  );
};
