// The clock: day x of 90, round x of N, the step of the round, and what
// happens at the deadline (the snapback, or not).
import type { Phase } from '../../../game/flow';
import { PHASES } from '../../../game/flow';
import type { GameState } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';
import { useFormat } from '../format';

const STEP_KEY: { readonly [P in Phase]: MessageId } = {
  news: 'board.step.news',
  talks: 'board.step.talks',
  moves: 'board.step.moves',
  review: 'board.step.review',
};

const deadlineKey = (G: GameState): MessageId => {
  if (G.outcome) return 'board.deadline.over';
  if (G.rules.pause === 'ended') return 'board.deadline.noPause';
  switch (G.markets.pause) {
    case 'active':
      return 'board.deadline.snapback';
    case 'extended':
      return 'board.deadline.extended';
    case 'ended':
      return 'board.deadline.ended';
  }
};

export const Clock = ({ G, phase }: { readonly G: GameState; readonly phase: Phase | undefined }) => {
  const t = useT();
  const f = useFormat();
  const days = G.rounds * G.rules.daysPerRound;
  return (
    <div className="clock">
      <p className="clock__day">
        <strong>{t('board.clock.day', { day: G.day, days })}</strong>{' '}
        <span className="clock__round">{t('board.clock.round', { round: G.round, rounds: G.rounds })}</span>
      </p>
      <progress className="clock__bar" max={days} value={G.day} aria-label={t('board.clock.progress', { day: G.day, days })} />
      {phase && (
        <ol className="clock__steps" aria-label={t('board.clock.steps')}>
          {PHASES.map((p) => (
            <li key={p} aria-current={p === phase ? 'step' : undefined} className={p === phase ? 'is-current' : undefined}>
              {t(STEP_KEY[p])}
            </li>
          ))}
        </ol>
      )}
      <p className="clock__deadline">{t(deadlineKey(G), { days, rate: f.value('usBaselineTariff', G.rules.reciprocalRate) })}</p>
    </div>
  );
};
