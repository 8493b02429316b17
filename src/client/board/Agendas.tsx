// This seat's own secret agendas (never the other side's) and whether each
// would be met if the game ended on today's board (agendaMet).
import { agendaCard, agendaMet } from '../../../game/cards/agendas';
import type { GameState, Side } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { Badge, Panel } from '../ui';

export const Agendas = ({ G, side }: { readonly G: GameState; readonly side: Side }) => {
  const t = useT();
  const text = useText();
  const ids = G.agendas[side];
  if (ids.length === 0) return null;
  return (
    <Panel title={t('board.agendas.title')} className="agendas">
      <p className="agendas__hint">{t('board.agendas.hint')}</p>
      <ul className="agenda-list">
        {ids.map((id) => {
          const card = agendaCard(id);
          const met = agendaMet(card, G);
          return (
            <li key={id} className="agenda">
              <span className="agenda__title">{text(card.title)}</span>{' '}
              <Badge tone={met ? 'good' : 'bad'}>{met ? `✓ ${t('board.agendas.metNow')}` : `✗ ${t('board.agendas.notMetNow')}`}</Badge>
              <span className="agenda__text">{text(card.text)}</span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
};
