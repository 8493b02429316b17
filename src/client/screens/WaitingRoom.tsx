// Lobby, waiting room: the link and code to share, who has taken each seat
// and who is connected right now, and Start once both seats are taken.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { lobby } from '../net/lobby';
import type { LobbyPlayer } from '../net/lobby';
import type { HeldSeat } from '../net/seats';
import { sideKey } from './seat-label';
import { CopyField } from './CopyField';

export type WaitingRoomProps = {
  readonly matchID: string;
  readonly seat: HeldSeat;
  /** The seats as the game socket last told them (live connection state). */
  readonly players: ReadonlyArray<LobbyPlayer>;
  readonly onStart: () => void;
  readonly onLeave: () => void;
};

// The socket says who connects; a join made through the lobby shows up here within this long.
const POLL_MS = 2000;

export const WaitingRoom = ({ matchID, seat, players: live, onStart, onLeave }: WaitingRoomProps) => {
  const t = useT();
  const [polled, setPolled] = useState<ReadonlyArray<LobbyPlayer>>([]);
  useEffect(() => {
    let alive = true;
    const poll = () =>
      lobby.get(matchID).then(
        (m) => alive && setPolled(m.players),
        () => undefined,
      );
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [matchID]);

  const seats = ['0', '1'].map((id) => {
    const a = live.find((p) => String(p.id) === id);
    const b = polled.find((p) => String(p.id) === id);
    return { id, name: a?.name ?? b?.name, connected: a?.isConnected ?? b?.isConnected ?? false };
  });
  const full = seats.every((s) => s.name !== undefined);
  const link = `${globalThis.location.origin}/join/${matchID}`;

  return (
    <section className="panel narrow" aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('lobby.wait.title')}</h1>
      <p>{t('lobby.wait.about')}</p>
      <CopyField id="share-link" label={t('lobby.wait.link')} value={link} />
      <CopyField id="share-code" label={t('lobby.wait.code')} value={matchID} />
      <h2>{t('lobby.wait.seats')}</h2>
      <ul className="seats" aria-live="polite">
        {seats.map((s) => (
          <li key={s.id}>
            <span>
              <strong>{t(sideKey(s.id))}:</strong> {s.name ?? t('lobby.seat.free')}
              {s.id === seat.playerID && ` (${t('lobby.seat.you')})`}
            </span>
            {s.name !== undefined && (
              <span className={s.connected ? 'status on' : 'status off'}>{s.connected ? t('lobby.seat.connected') : t('lobby.seat.away')}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="actions">
        <button type="button" className="btn btn--primary" disabled={!full} onClick={onStart}>
          {t('lobby.wait.start')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onLeave}>
          {t('app.home')}
        </button>
      </p>
      {!full && <p className="hint">{t('lobby.wait.needTwo')}</p>}
    </section>
  );
};
