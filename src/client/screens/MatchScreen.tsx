// /match/:id[?seat=0|1|watch]: the seat this browser holds (resumed from
// localStorage), a spectator's view, or the way to a seat.
import { Suspense, lazy, useMemo } from 'react';
import { useT } from '../i18n/I18nProvider';
import { heldSeat } from '../net/seats';
import { navigate } from '../routes';
import { Link } from './Link';
import { Loading } from './Loading';

const Online = lazy(() => import('../modes/Online').then((m) => ({ default: m.Online })));

export const MatchScreen = ({ matchID, seat }: { readonly matchID: string; readonly seat: string | undefined }) => {
  const t = useT();
  const held = useMemo(() => heldSeat(matchID), [matchID]);
  const watching = seat === 'watch' || (seat === undefined && !held);
  // A link for a seat this browser does not hold: it cannot play that seat.
  if (!watching && held && seat !== undefined && seat !== held.playerID) {
    return (
      <section className="panel narrow" aria-labelledby="notyours-title">
        <h1 id="notyours-title">{t('net.notYours.title')}</h1>
        <p>{t('net.notYours.body')}</p>
        <p className="actions">
          <Link href={`/match/${matchID}`} className="btn btn--primary">
            {t('net.notYours.mine')}
          </Link>
          <Link href={`/match/${matchID}?seat=watch`} className="btn btn--secondary">
            {t('lobby.join.watch')}
          </Link>
        </p>
      </section>
    );
  }
  if (!watching && !held) {
    return (
      <section className="panel narrow" aria-labelledby="noseat-title">
        <h1 id="noseat-title">{t('net.noSeat.title')}</h1>
        <p>{t('net.noSeat.body')}</p>
        <p className="actions">
          <Link href={`/join/${matchID}`} className="btn btn--primary">
            {t('lobby.join.title')}
          </Link>
          <Link href={`/match/${matchID}?seat=watch`} className="btn btn--secondary">
            {t('lobby.join.watch')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Online key={`${matchID}:${watching ? 'watch' : (held?.playerID ?? '')}`} matchID={matchID} seat={watching ? undefined : held} onLeave={() => navigate('/')} />
    </Suspense>
  );
};
