// The review step: the round just resolved, side by side, and "Next round".
import type { GameState, Side, Text } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import { Button, Panel } from '../ui';
import { Reveal, boardsAround } from './Reveal';

type Props = {
  readonly G: GameState;
  readonly side: Side | undefined;
  readonly active: boolean; // the review step is on (not a finished game)
  readonly botWhy?: Text | undefined;
  readonly onAcknowledge: () => void;
};

export const Review = ({ G, side, active, botWhy, onAcknowledge }: Props) => {
  const t = useT();
  const index = G.reports.length - 1;
  const report = G.reports[index];
  if (!report) return null;
  const { before, after } = boardsAround(G, index);
  const read = side ? G.acknowledged[side] : true;
  return (
    <Panel title={t('board.reveal.title', { round: report.round })} className="review">
      <Reveal report={report} before={before} after={after} viewer={side} botWhy={botWhy} />
      {active && side && !read && (
        <Button variant="primary" onClick={onAcknowledge}>
          {t('board.reveal.next')}
        </Button>
      )}
      {active && side && read && (
        <p role="status" className="moves__waiting">
          {t('board.reveal.waiting')}
        </p>
      )}
    </Panel>
  );
};
