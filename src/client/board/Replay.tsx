// Replay of a finished match, round by round, with both sides' secrets shown
// (a finished match's playerView reveals everything): each round's news and
// answer, both moves and signals, what they did to the markets, the board as
// it stood, both agendas; the last step is the result.
import { useState } from 'react';
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

export const Replay = ({ G, onLeave }: Props) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  const last = G.reports.length; // the step after the last round: the result
  const [step, setStep] = useState(0);
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
          <Button onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
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
          <Button onClick={() => setStep((s) => Math.min(last, s + 1))} disabled={step >= last}>
            {t('board.replay.next')}
          </Button>
          {onLeave && <Button onClick={onLeave}>{t('board.end.leave')}</Button>}
        </nav>
      </header>
      <div className="board__grid">
        <main className="board__play" aria-live="polite">
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
        </main>
        <div className="board__indicators">
          <Indicators G={asOf} />
        </div>
        <aside className="board__aside" aria-label={t('board.aside')}>
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
        </aside>
      </div>
    </div>
  );
};
