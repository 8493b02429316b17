// The round's news card; when this seat must answer it, its options (from
// legalResponses) as buttons named by what they do.
import newsIcon from '../../../assets/art/news.svg';
import { eventCard } from '../../../game/cards/events';
import { legalResponses } from '../../../game/legal';
import type { GameState, Side } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { Button, Panel } from '../ui';
import { BotWhy } from './BotWhy';
import { useDescribe } from './describe';
import type { BotNote } from './types';

type Props = {
  readonly G: GameState;
  readonly side: Side | undefined;
  readonly active: boolean;
  readonly onRespond: (optionId: string) => void;
  readonly botNote?: BotNote | undefined; // solo: the bot's reason for its answer this round
};

export const NewsCard = ({ G, side, active, onRespond, botNote }: Props) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  if (!G.news) return null;
  const card = eventCard(G.news.card);
  const options = side && active ? legalResponses(G, side) : [];
  const chosen = card.response?.options.find((o) => o.id === G.news?.response);
  return (
    <Panel title={t('board.news.title', { round: G.round })} className="news">
      <article className="news__card">
        <h3 className="news__headline">
          <img src={newsIcon} alt="" width="28" height="28" className="news__icon" />
          {text(card.title)}
        </h3>
        <p>{text(card.text)}</p>
        {card.response && options.length > 0 && (
          <div role="group" aria-label={t('board.news.respond')} className="news__options">
            <p>
              <strong>{t('board.news.yourAnswer')}</strong>
            </p>
            {card.response.options
              .filter((o) => options.includes(o.id))
              .map((o) => (
                <Button key={o.id} onClick={() => onRespond(o.id)}>
                  {text(o.label)}
                </Button>
              ))}
          </div>
        )}
        {card.response && options.length === 0 && G.news.awaiting && (
          <p className="news__waiting" role="status">
            {t('board.news.waitingFor', { side: d.side(G.news.awaiting) })}
          </p>
        )}
        {chosen && card.response && (
          <p className="news__answer">{t('board.news.answered', { side: d.side(card.response.side), answer: text(chosen.label) })}</p>
        )}
        {chosen && card.response && card.response.side !== side && botNote && <BotWhy why={botNote.why} />}
      </article>
    </Panel>
  );
};
