// Lobby, browse: public matches still in play, with their free seats.
import { useCallback, useEffect, useState } from 'react';
import { useT, useText } from '../i18n/I18nProvider';
import { freeSeats, lobby } from '../net/lobby';
import type { LobbyMatch } from '../net/lobby';
import { Link } from './Link';
import { Loading } from './Loading';
import { useLobbyError } from './lobby-error';
import { scenarioOf, useScenarios } from './scenarios';
import { sideKey } from './seat-label';

export const Matches = () => {
  const t = useT();
  const text = useText();
  const scenarios = useScenarios();
  const [matches, setMatches] = useState<ReadonlyArray<LobbyMatch>>();
  const [error, describe] = useLobbyError();
  const load = useCallback(() => {
    describe(undefined);
    lobby.list().then((list) => setMatches([...list].sort((a, b) => b.updatedAt - a.updatedAt)), describe);
  }, [describe]);
  useEffect(load, [load]);

  return (
    <section className="panel" aria-labelledby="matches-title">
      <h1 id="matches-title">{t('lobby.browse.title')}</h1>
      <p className="actions">
        <button type="button" className="btn btn--secondary" onClick={load}>
          {t('lobby.browse.refresh')}
        </button>
        <Link href="/create" className="btn btn--primary">
          {t('home.online.create')}
        </Link>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!matches && !error && <Loading />}
      {matches?.length === 0 && <p>{t('lobby.browse.none')}</p>}
      {matches && matches.length > 0 && (
        <ul className="match-list">
          {matches.map((m) => {
            const scenario = scenarioOf(scenarios, m.setupData?.scenario);
            const free = freeSeats(m);
            return (
              <li key={m.matchID}>
                <span>
                  {scenario ? text(scenario.title) : m.matchID} ·{' '}
                  {m.players.map((p) => `${t(sideKey(p.id))}: ${p.name ?? t('lobby.seat.free')}`).join(' · ')}
                </span>
                <Link href={`/join/${m.matchID}`} className="btn btn--secondary" aria-label={t('lobby.browse.open', { code: m.matchID })}>
                  {free.length > 0 ? t('lobby.browse.join') : t('lobby.join.watch')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
