// The proposal on the table: its terms, and what this seat may do with it
// (accept, counter or reject it when addressed to us; withdraw it when ours).
import type { GameState, Proposal, Side, Text } from '../../../../game/state';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui';
import { BotWhy } from '../BotWhy';
import { useDescribe } from '../describe';

type Props = {
  readonly G: GameState;
  readonly proposal: Proposal;
  readonly side: Side | undefined; // undefined: a spectator, who only reads it
  readonly canCounter: boolean;
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onCounter: () => void;
  readonly onWithdraw: () => void;
  readonly botWhy?: Text | undefined; // solo: the bot's reason for this proposal
};

export const OpenProposal = ({ proposal, side, canCounter, onAccept, onReject, onCounter, onWithdraw, botWhy }: Props) => {
  const t = useT();
  const d = useDescribe();
  const ours = side === proposal.from;
  const toUs = side !== undefined && !ours;
  return (
    <div className={`proposal proposal--${proposal.from}`} role="group" aria-label={t('board.talks.openFrom', { side: d.side(proposal.from) })}>
      <p className="proposal__from">
        <strong>{t(ours ? 'board.talks.yourProposal' : 'board.talks.openFrom', { side: d.side(proposal.from) })}</strong>
        {proposal.comprehensive && <span className="proposal__tag"> · {t('board.talks.comprehensiveTag')}</span>}
      </p>
      <ul className="proposal__terms">
        {d.terms(proposal.terms).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {proposal.comprehensive && <p className="proposal__note">{t('board.talks.comprehensiveHint')}</p>}
      {botWhy && <BotWhy why={botWhy} />}
      {toUs && (
        <div className="proposal__actions">
          <Button variant="primary" onClick={onAccept}>
            {t('board.talks.accept')}
          </Button>
          <Button onClick={onCounter} disabled={!canCounter}>
            {t('board.talks.counter')}
          </Button>
          <Button variant="danger" onClick={onReject}>
            {t('board.talks.reject')}
          </Button>
        </div>
      )}
      {ours && (
        <div className="proposal__actions">
          <p className="proposal__waiting">{t('board.talks.awaitingAnswer')}</p>
          <Button onClick={onWithdraw}>{t('board.talks.withdraw')}</Button>
        </div>
      )}
    </div>
  );
};
