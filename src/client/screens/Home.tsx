// The first screen: every way into a game (the bot, one device, online,
// a link or code), the public matches, the rules. Kept light: it is what
// the first load pays for.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Side } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import { LEVELS, hrefOf, navigate } from '../routes';
import type { Level } from '../routes';
import { Choice, SideChoice } from './Choice';
import { Link } from './Link';
import { ScenarioSelect } from './ScenarioSelect';
import { DEFAULT_SCENARIO_ID as DEFAULT_SCENARIO } from './scenarios';

/** A match code, or any link that ends in one (/join/CODE, /match/CODE). */
export const codeFrom = (input: string): string | undefined => {
  const trimmed = input.trim();
  const match = /(?:^|\/)([A-Za-z0-9_-]{6,64})(?:[?#].*)?$/.exec(trimmed);
  return match?.[1];
};

export const Home = () => {
  const t = useT();
  const [side, setSide] = useState<Side>('us');
  const [level, setLevel] = useState<Level>('normal');
  const [soloScenario, setSoloScenario] = useState(DEFAULT_SCENARIO);
  const [seatScenario, setSeatScenario] = useState(DEFAULT_SCENARIO);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState(false);

  const startSolo = (e: FormEvent) => {
    e.preventDefault();
    navigate(hrefOf({ name: 'solo', side, level, scenario: soloScenario }));
  };
  const startHotSeat = (e: FormEvent) => {
    e.preventDefault();
    navigate(hrefOf({ name: 'hotseat', scenario: seatScenario }));
  };
  const join = (e: FormEvent) => {
    e.preventDefault();
    const matchID = codeFrom(code);
    setCodeError(matchID === undefined);
    if (matchID) navigate(hrefOf({ name: 'join', matchID }));
  };

  return (
    <div className="home">
      <section className="intro">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p>{t('home.pitch')}</p>
      </section>

      <form className="panel" onSubmit={startSolo} aria-labelledby="solo-title">
        <h2 id="solo-title">{t('home.solo.title')}</h2>
        <p className="hint">{t('home.solo.about')}</p>
        <SideChoice
          name="solo-side"
          legend={t('home.side')}
          value={side}
          onChange={setSide}
        />
        <Choice
          name="solo-level"
          legend={t('home.strength')}
          value={level}
          onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: t(`home.level.${l}` as const) }))}
        />
        <ScenarioSelect id="solo-scenario" value={soloScenario} onChange={setSoloScenario} />
        <button type="submit" className="btn btn--primary">
          {t('home.solo.start')}
        </button>
      </form>

      <form className="panel" onSubmit={startHotSeat} aria-labelledby="hotseat-title">
        <h2 id="hotseat-title">{t('home.hotseat.title')}</h2>
        <p className="hint">{t('home.hotseat.about')}</p>
        <ScenarioSelect id="hotseat-scenario" value={seatScenario} onChange={setSeatScenario} />
        <button type="submit" className="btn btn--primary">
          {t('home.hotseat.start')}
        </button>
      </form>

      <section className="panel" aria-labelledby="online-title">
        <h2 id="online-title">{t('home.online.title')}</h2>
        <p className="hint">{t('home.online.about')}</p>
        <p className="actions">
          <Link href="/create" className="btn btn--primary">
            {t('home.online.create')}
          </Link>
          <Link href="/matches" className="btn btn--secondary">
            {t('home.online.browse')}
          </Link>
        </p>
        <form onSubmit={join} className="join-code">
          <label htmlFor="join-code">{t('home.join.label')}</label>
          <div className="row">
            <input
              id="join-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={codeError}
              aria-describedby={codeError ? 'join-code-error' : undefined}
            />
            <button type="submit" className="btn btn--secondary">{t('home.join.go')}</button>
          </div>
          {codeError && (
            <p id="join-code-error" className="error" role="alert">
              {t('home.join.invalid')}
            </p>
          )}
        </form>
      </section>

      <section className="panel" aria-labelledby="learn-title">
        <h2 id="learn-title">{t('home.learn.title')}</h2>
        <p>{t('home.learn.about')}</p>
        <p>
          <Link href="/rules" className="btn btn--secondary">
            {t('home.learn.rules')}
          </Link>
        </p>
      </section>
    </div>
  );
};
