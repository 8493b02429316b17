// The end of the match: the result (a win, a draw, or a trade war both sides
// lost), both scores against the no-war path, both sides' agendas revealed,
// the bots' reasons, charts of the whole game, rematch, the replay and leave.
import type { GameState, Outcome, Side } from '../../../game/state';
import { SIDES } from '../../../game/state';
import { ChartsPanel } from '../charts/ChartsPanel';
import { useFormat } from '../format';
import { useT } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';
import { Button, Panel } from '../ui';
import { AgendaItem } from './Agendas';
import { BotLog } from './BotLog';
import type { BotNote } from './types';
import { useDescribe } from './describe';

type Props = {
  readonly G: GameState;
  readonly outcome: Outcome;
  readonly viewer: Side | undefined;
  /** The bots' reasons for the whole match: solo's own log, or online the bot seats' notes from the chat. */
  readonly botLog?: ReadonlyArray<BotNote> | undefined;
  readonly onRematch?: () => void;
  readonly onReplay?: () => void;
  readonly onLeave?: () => void;
};

const headline = (outcome: Outcome, viewer: Side | undefined): MessageId => {
  switch (outcome.winner) {
    case 'draw':
      return 'board.end.draw';
    case 'neither':
      return 'board.end.neither';
    default:
      if (viewer === undefined) return outcome.winner === 'us' ? 'board.end.usWins' : 'board.end.jpWins';
      return outcome.winner === viewer ? 'board.end.youWin' : 'board.end.youLose';
  }
};

const REASON: { readonly [R in Outcome['reason']]: MessageId } = {
  deadline: 'board.end.reason.deadline',
  deal: 'board.end.reason.deal',
  crisis: 'board.end.reason.crisis',
};

export const EndScreen = ({ G, outcome, viewer, botLog, onRematch, onReplay, onLeave }: Props) => {
  const t = useT();
  const f = useFormat();
  const d = useDescribe();
  return (
    <Panel title={t('board.end.title')} className="end">
      <p className={`end__headline end__headline--${outcome.winner}`} role="status">
        {t(headline(outcome, viewer), { side: outcome.winner === 'us' || outcome.winner === 'jp' ? d.side(outcome.winner) : '' })}
      </p>
      <p>
        {t(REASON[outcome.reason], { round: outcome.round })}
        {outcome.reason === 'crisis' && outcome.tippedBy && <> {t('board.end.tippedBy', { side: d.side(outcome.tippedBy) })}</>}
      </p>
      <div className="table-wrap">
        <table className="score-table">
          <caption>{t('board.end.scores')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.end.side')}</th>
              <th scope="col">{t('board.end.result')}</th>
              <th scope="col">{t('board.end.noWar')}</th>
              <th scope="col">{t('board.end.score')}</th>
            </tr>
          </thead>
          <tbody>
            {SIDES.map((side) => {
              const s = outcome.scores[side];
              return (
                <tr key={side}>
                  <th scope="row">
                    {d.side(side)}
                    {side === viewer && <span className="muted"> ({t('board.you')})</span>}
                  </th>
                  <td>{f.score(s.result)}</td>
                  <td>{f.score(s.noWar)}</td>
                  <td>
                    <strong>{f.score(s.total)}</strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="end__joint">{t('board.end.joint', { joint: f.score(outcome.joint) })}</p>
      <p className="muted">{t('board.end.explain')}</p>
      <h3 className="sub">{t('board.end.agendas')}</h3>
      <div className="end__agendas">
        {SIDES.map((side) => (
          <div key={side}>
            <h4>{d.side(side)}</h4>
            <ul className="agenda-list">
              {G.agendas[side].map((id) => (
                <AgendaItem key={id} id={id} met={outcome.agendasMet[side].includes(id)} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div className="end__actions">
        {onRematch && (
          <Button variant="primary" onClick={onRematch}>
            {t('board.end.rematch')}
          </Button>
        )}
        {onReplay && <Button onClick={onReplay}>{t('board.end.replay')}</Button>}
        {onLeave && <Button onClick={onLeave}>{t('board.end.leave')}</Button>}
      </div>
      {/* After the actions: a whole match's reasons are long, and rematch should not scroll away. */}
      {botLog && botLog.length > 0 && <BotLog notes={botLog} />}
      <h3 className="sub">{t('board.end.charts')}</h3>
      <ChartsPanel G={G} />
    </Panel>
  );
};
