// This seat's own secret agendas (never the other side's) and whether each
// would be met if the game ended on today's board (agendaMet).
import { agendaCard, agendaMet } from '../../../game/cards/agendas';
import type { GameState, Side } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { Badge, Panel } from '../ui';

/** One agenda card and whether it is met: "right now" on today's board, or at the end. */
export const AgendaItem = ({ id, met, now = false }: { readonly id: string; readonly met: boolean; readonly now?: boolean }) => {
  const t = useT();
  const text = useText();
  const card = agendaCard(id);
  const label = met ? t(now ? 'board.agendas.metNow' : 'board.agendas.met') : t(now ? 'board.agendas.notMetNow' : 'board.agendas.notMet');
  return (
    <li className="agenda">
      <span className="agenda__title">{text(card.title)}</span>{' '}
      <Badge tone={met ? 'good' : 'bad'}>{`${met ? '✓' : '✗'} ${label}`}</Badge>
      <span className="agenda__text">{text(card.text)}</span>
    </li>
  );
};

export const Agendas = ({ G, side }: { readonly G: GameState; readonly side: Side }) => {
  const t = useT();
  const ids = G.agendas[side];
  if (ids.length === 0) return null;
  return (
    <Panel title={t('board.agendas.title')} className="agendas">
      <p className="agendas__hint">{t('board.agendas.hint')}</p>
      <ul className="agenda-list">
        {ids.map((id) => (
          <AgendaItem key={id} id={id} met={agendaMet(agendaCard(id), G)} now />
        ))}
      </ul>
    </Panel>
  );
};
