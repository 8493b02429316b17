// The replay of a finished match: an online match's, fetched as a spectator
// sees it (once the game is over, playerView reveals both sides' secrets,
// game/view.ts), or this device's last solo or hot-seat game (replay-store).
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { GameState } from '../../../game/state';
import { Replay } from '../board/Replay';
import { useT } from '../i18n/I18nProvider';
import { Link } from '../screens/Link';
import { Loading } from '../screens/Loading';
import { MatchFailure } from '../screens/MatchFailure';
import { useOnlineMatch } from './online/useOnlineMatch';
import { keptReplay } from './replay-store';

type Props = { readonly matchID: string | undefined; readonly onLeave: () => void };

/** Nothing to replay yet: said plainly, with the way on. */
const NoReplay = ({ title, body, children }: { readonly title: string; readonly body: string; readonly children?: ReactNode }) => (
  <section className="panel narrow" aria-labelledby="noreplay-title">
    <h1 id="noreplay-title">{title}</h1>
    <p>{body}</p>
    <p className="actions">{children}</p>
  </section>
);

const LocalReplay = ({ onLeave }: { readonly onLeave: () => void }) => {
  const t = useT();
  const G = useMemo(keptReplay, []);
  if (!G) {
    return (
      <NoReplay title={t('replay.none.title')} body={t('replay.none.body')}>
        <Link href="/" className="btn btn--primary">
          {t('app.home')}
        </Link>
      </NoReplay>
    );
  }
  return <Replay G={G} onLeave={onLeave} />;
};

const OnlineReplay = ({ matchID, onLeave }: { readonly matchID: string; readonly onLeave: () => void }) => {
  const t = useT();
  const { state, failure } = useOnlineMatch(matchID, undefined);
  if (failure) return <MatchFailure matchID={matchID} failure={failure} seated={false} onForget={() => undefined} />;
  if (!state) return <Loading />;
  const G: GameState = state.G;
  if (!G.outcome) {
    return (
      <NoReplay title={t('replay.notOver.title')} body={t('replay.notOver.body')}>
        <Link href={`/match/${matchID}`} className="btn btn--primary">
          {t('replay.notOver.open')}
        </Link>
      </NoReplay>
    );
  }
  return <Replay G={G} onLeave={onLeave} />;
};

export const ReplayScreen = ({ matchID, onLeave }: Props) =>
  matchID ? <OnlineReplay key={matchID} matchID={matchID} onLeave={onLeave} /> : <LocalReplay onLeave={onLeave} />;
