// Lobby, join: a match opened by its link or code. Take a free seat under a
// name, or watch. A seat this browser already holds goes straight back in.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useT, useText } from '../i18n/I18nProvider';
import { freeSeats, lobby } from '../net/lobby';
import type { LobbyMatch } from '../net/lobby';
import { heldSeat, holdSeat, rememberName, rememberedName } from '../net/seats';
import { navigate } from '../routes';
import { Choice } from './Choice';
import { Link } from './Link';
import { Loading } from './Loading';
import { useLobbyError } from './lobby-error';
import { scenarioOf, useScenarios } from './scenarios';
import { sideKey } from './seat-label';

export const Join = ({ matchID }: { readonly matchID: string }) => {
  const t = useT();
  const text = useText();
  const scenarios = useScenarios();
  const [match, setMatch] = useState<LobbyMatch>();
  const [seat, setSeat] = useState<string>('');
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [error, describe] = useLobbyError();

  useEffect(() => {
    if (heldSeat(matchID)) {
      navigate(`/match/${matchID}`, { replace: true });
      return;
    }
    lobby.get(matchID).then((m) => {
      setMatch(m);
      setSeat(freeSeats(m)[0] ?? '');
    }, describe);
  }, [matchID, describe]);

  if (error && !match) {
    return (
      <section className="panel narrow" aria-labelledby="join-title">
        <h1 id="join-title">{t('lobby.join.title')}</h1>
        <p className="error" role="alert">
          {error}
        </p>
        <Link href="/" className="btn btn--secondary">
          {t('app.home')}
        </Link>
      </section>
    );
  }
  if (!match) return <Loading />;

  const free = freeSeats(match);
  const scenario = scenarioOf(scenarios, match.setupData?.scenario);
  const join = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const held = await lobby.join(matchID, seat, name.trim());
      rememberName(name.trim());
      holdSeat(matchID, { ...held, name: name.trim() });
      navigate(`/match/${matchID}`);
    } catch (err) {
      describe(err);
      setBusy(false);
    }
  };

  return (
    <section className="panel narrow" aria-labelledby="join-title">
      <h1 id="join-title">{t('lobby.join.title')}</h1>
      {scenario && <p>{t('lobby.join.scenario', { scenario: text(scenario.title) })}</p>}
      <ul className="seats">
        {match.players.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{t(sideKey(p.id))}:</strong> {p.name ?? t('lobby.seat.free')}
            </span>
          </li>
        ))}
      </ul>
      {free.length > 0 ? (
        <form onSubmit={(e) => void join(e)}>
          <div className="field">
            <label htmlFor="join-name">{t('lobby.name')}</label>
            <input id="join-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={40} autoComplete="nickname" />
          </div>
          <Choice name="join-seat" legend={t('lobby.join.seat')} value={seat} onChange={setSeat} options={free.map((id) => ({ value: id, label: t(sideKey(id)) }))} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="btn btn--primary" disabled={busy || seat === ''}>
            {t('lobby.join.submit')}
          </button>
        </form>
      ) : (
        <p>{t('lobby.join.full')}</p>
      )}
      <p>
        <Link href={`/match/${matchID}?seat=watch`} className="btn btn--secondary">
          {t('lobby.join.watch')}
        </Link>
      </p>
    </section>
  );
};
