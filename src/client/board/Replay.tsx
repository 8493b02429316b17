// Replay of a finished match, round by round, with both sides' secrets shown
// (a finished match's playerView reveals everything): each round's news and
// answer, both moves and signals, what they did to the markets, the board as
// it stood, both agendas; the last step is the result. Stepped by buttons,
// the round list, or the arrow keys (Home and End for the ends).
import { useEffect, useState } from 'react';
import { agendaCard } from '../../../game/cards/agendas';
import { eventCard } from '../../../game/cards/events';
import type { GameState } from '../../../game/state';
import { SIDES } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { Button, Panel } from '../ui';
import '../ui';
import './board.css';
import { useDescribe } from './describe';
import { EndScreen } from './EndScreen';
import { Indicators } from './Indicators';
import { Reveal, boardsAround } from './Reveal';

type Props = { readonly G: GameState; readonly onLeave?: () => void };

/** Form fields keep their own arrow keys (the round list, a text box). */
const ownsArrows = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** The arrow keys step through the replay wherever the focus is (but in a field). */
const useStepKeys = (last: number, setStep: (update: (step: number) => number) => void) => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsArrows(event.target)) return;
      const to: { readonly [key: string]: (s: number) => number } = {
        ArrowLeft: (s) => Math.max(0, s - 1),
        ArrowRight: (s) => Math.min(last, s + 1),
        Home: () => 0,
        End: () => last,
      };
      const move = to[event.key];
      if (!move) return;
      event.preventDefault();
      setStep(move);
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, [last, setStep]);
};

export const Replay = ({ G, onLeave }: Props) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  const last = G.reports.length; // the step after the last round: the result
  const [step, setStep] = useState(0);
  useStepKeys(last, setStep);
  const report = G.reports[step];
  // The board as it stood at the end of this step's round.
  const asOf: GameState = report ? { ...G, history: G.history.slice(0, step + 1), board: G.history[step] ?? G.board } : G;
  const card = report?.news ? eventCard(report.news.card) : undefined;
  const answer = card?.response?.options.find((o) => o.id === report?.news?.response);
  return (
    <div className="board replay">
      <header className="board__header">
        <h1 className="board__title">{t('board.replay.title')}</h1>
        <nav className="replay__nav" aria-label={t('board.replay.nav')}>
          <Button onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0} aria-keyshortcuts="ArrowLeft">
            {t('board.replay.previous')}
          </Button>
          <label>
            <span className="vh">{t('board.replay.step')}</span>
            <select value={step} onChange={(e) => setStep(Number(e.target.value))}>
              {G.reports.map((r, i) => (
                <option key={r.round} value={i}>
                  {t('chart.round', { round: r.round })}
                </option>
              ))}
              <option value={last}>{t('board.replay.result')}</option>
            </select>
          </label>
          <Button onClick={() => setStep((s) => Math.min(last, s + 1))} disabled={step >= last} aria-keyshortcuts="ArrowRight">
            {t('board.replay.next')}
          </Button>
          {onLeave && <Button onClick={onLeave}>{t('board.end.leave')}</Button>}
        </nav>
        <p className="replay__keys muted">{t('board.replay.keys')}</p>
        {/* Says where the replay stands after each step, without rereading the whole round. */}
        <p className="vh" role="status">
          {report ? t('board.replay.at', { round: report.round, rounds: G.reports.length }) : t('board.replay.result')}
        </p>
      </header>
      <div className="board__grid">
        <div className="board__play">
          {report ? (
            <>
              <Panel title={t('board.reveal.title', { round: report.round })}>
                {card && (
                  <article className="news__card">
                    <h3 className="news__headline">{text(card.title)}</h3>
                    <p>{text(card.text)}</p>
                    {answer && card.response && <p>{t('board.news.answered', { side: d.side(card.response.side), answer: text(answer.label) })}</p>}
                  </article>
                )}
                {G.talks.deals
                  .filter((deal) => deal.round === report.round)
                  .map((deal) => (
                    <p key={deal.proposal.id}>
                      {t('board.pledges.deal', { round: deal.round, side: d.side(deal.proposal.from) })} {d.terms(deal.proposal.terms).join('; ')}
                    </p>
                  ))}
                <Reveal report={report} viewer={undefined} {...boardsAround(G, step)} />
              </Panel>
            </>
          ) : (
            G.outcome && <EndScreen G={G} outcome={G.outcome} viewer={undefined} />
          )}
        </div>
        <div className="board__indicators">
          <Indicators G={asOf} flags={step >= last} />
        </div>
        <div className="board__aside">
          <Panel title={t('board.replay.agendas')}>
            {SIDES.map((side) => (
              <div key={side}>
                <h3 className="sub">{d.side(side)}</h3>
                <ul className="agenda-list">
                  {G.agendas[side].map((id) => (
                    <li key={id} className="agenda">
                      <span className="agenda__title">{text(agendaCard(id).title)}</span>
                      <span className="agenda__text">{text(agendaCard(id).text)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </Panel>
        </div>
      </div>
    </div>
  );
};
