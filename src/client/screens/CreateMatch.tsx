// Lobby, create: scenario, your side, a person or the bot across the table,
// step timers, public or private, your name. Creating takes your seat and
// opens the waiting room with the link and code to share.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Side } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import { lobby } from '../net/lobby';
import type { MatchSetup } from '../net/lobby';
import { holdSeat, rememberName, rememberedName } from '../net/seats';
import { LEVELS, navigate } from '../routes';
import type { Level } from '../routes';
import { Choice, SideChoice } from './Choice';
import { ScenarioSelect } from './ScenarioSelect';
import { DEFAULT_SCENARIO_ID as DEFAULT_SCENARIO } from './scenarios';
import { useLobbyError } from './lobby-error';

const PACES = ['none', 'relaxed', 'brisk'] as const;
type Pace = (typeof PACES)[number];

/** Seconds per step for each pace; news and review are short reads, talks and moves the thinking. */
const TIMERS: { readonly [P in Pace]: MatchSetup['timers'] } = {
  none: undefined,
  relaxed: { news: 120, talks: 600, moves: 300, review: 120 },
  brisk: { news: 45, talks: 180, moves: 90, review: 45 },
};

type Opponent = 'person' | Level;

export const CreateMatch = () => {
  const t = useT();
  const [scenario, setScenario] = useState(DEFAULT_SCENARIO);
  const [side, setSide] = useState<Side>('us');
  const [opponent, setOpponent] = useState<Opponent>('person');
  const [pace, setPace] = useState<Pace>('none');
  const [visibility, setVisibility] = useState<'public' | 'private'>('private');
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [error, describe] = useLobbyError();

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    describe(undefined);
    const mine = side === 'us' ? '0' : '1';
    const timers = TIMERS[pace];
    const setup: MatchSetup = {
      scenario,
      ...(opponent !== 'person' ? { bot: { seat: mine === '0' ? '1' : '0', strength: opponent } } : {}),
      ...(timers ? { timers } : {}),
    };
    try {
      const matchID = await lobby.create(setup, visibility === 'private');
      const seat = await lobby.join(matchID, mine, name.trim());
      rememberName(name.trim());
      holdSeat(matchID, { ...seat, name: name.trim() });
      navigate(`/match/${matchID}`);
    } catch (err) {
      describe(err);
      setBusy(false);
    }
  };

  return (
    <form className="panel narrow" onSubmit={(e) => void create(e)} aria-labelledby="create-title">
      <h1 id="create-title">{t('lobby.create.title')}</h1>
      <div className="field">
        <label htmlFor="create-name">{t('lobby.name')}</label>
        <input id="create-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={40} autoComplete="nickname" />
      </div>
      <ScenarioSelect id="create-scenario" value={scenario} onChange={setScenario} />
      <SideChoice
        name="create-side"
        legend={t('lobby.create.side')}
        value={side}
        onChange={setSide}
      />
      <Choice
        name="create-opponent"
        legend={t('lobby.create.opponent')}
        value={opponent}
        onChange={setOpponent}
        options={[
          { value: 'person', label: t('lobby.create.person') },
          ...LEVELS.map((l) => ({ value: l, label: t('lobby.create.bot', { level: t(`home.level.${l}` as const) }) })),
        ]}
      />
      <Choice
        name="create-pace"
        legend={t('lobby.create.timers')}
        value={pace}
        onChange={setPace}
        options={PACES.map((p) => ({ value: p, label: t(`lobby.pace.${p}` as const) }))}
      />
      <Choice
        name="create-visibility"
        legend={t('lobby.create.visibility')}
        value={visibility}
        onChange={setVisibility}
        options={[
          { value: 'private', label: t('lobby.create.private') },
          { value: 'public', label: t('lobby.create.public') },
        ]}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {t('lobby.create.submit')}
      </button>
    </form>
  );
};
