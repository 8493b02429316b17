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
    return <SeatNotice matchID={matchID} kind="notYours" primary={{ href: `/match/${matchID}`, label: t('net.notYours.mine') }} />;
  }
  if (!watching && !held) {
    return <SeatNotice matchID={matchID} kind="noSeat" primary={{ href: `/join/${matchID}`, label: t('lobby.join.title') }} />;
  }
  return (
    <Suspense fallback={<Loading />}>
      <Online key={`${matchID}:${watching ? 'watch' : (held?.playerID ?? '')}`} matchID={matchID} seat={watching ? undefined : held} onLeave={() => navigate('/')} />
    </Suspense>
  );
};

/** Why this browser cannot play the seat the link names, with the way to its own seat (or a seat) and to watching. */
const SeatNotice = ({
  matchID,
  kind,
  primary,
}: {
  readonly matchID: string;
  readonly kind: 'notYours' | 'noSeat';
  readonly primary: { readonly href: string; readonly label: string };
}) => {
  const t = useT();
  return (
    <section className="panel narrow" aria-labelledby={`${kind}-title`}>
      <h1 id={`${kind}-title`}>{t(`net.${kind}.title`)}</h1>
      <p>{t(`net.${kind}.body`)}</p>
      <p className="actions">
        <Link href={primary.href} className="btn btn--primary">
          {primary.label}
        </Link>
        <Link href={`/match/${matchID}?seat=watch`} className="btn btn--secondary">
          {t('lobby.join.watch')}
        </Link>
      </p>
    </section>
  );
};
