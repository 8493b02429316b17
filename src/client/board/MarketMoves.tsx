// What a round did to the markets: the board before and after, side by side,
// with each change signed and arrowed (never colour alone). On a phone the
// "before" column gives way, so names and changes need not wrap.
import type { IndicatorId, Indicators } from '../../../game/state';
import { trendOf } from '../charts/series';
import { isNoChange, useFormat } from '../format';
import { useT } from '../i18n/I18nProvider';
import { NAME_KEY } from './indicator-groups';

const SHOWN: ReadonlyArray<IndicatorId> = [
  'yield10y', 'usdjpy', 'stress', 'trust', 'usBaselineTariff', 'usAutoTariff', 'jpRetaliatoryTariff',
  'usEconomy', 'usApproval', 'usCredibility', 'jpEconomy', 'jpApproval', 'jpCredibility', 'holdings', 'reserves',
];
const ARROW = { up: '▲', down: '▼', flat: '' } as const;

type Props = { readonly before: Indicators; readonly after: Indicators; readonly caption: string };

export const MarketMoves = ({ before, after, caption }: Props) => {
  const t = useT();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="moves-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.reveal.indicator')}</th>
            <th scope="col" className="moves-table__before">
              {t('board.reveal.before')}
            </th>
            <th scope="col">{t('board.reveal.after')}</th>
            <th scope="col">{t('board.reveal.change')}</th>
          </tr>
        </thead>
        <tbody>
          {SHOWN.map((id) => {
            const delta = after[id] - before[id];
            const dir = isNoChange(id, delta) ? 'flat' : trendOf(delta, 0);
            return (
              <tr key={id} className={dir === 'flat' ? 'is-flat' : undefined}>
                <th scope="row">{t(NAME_KEY[id])}</th>
                <td className="moves-table__before">{f.value(id, before[id])}</td>
                <td>{f.value(id, after[id])}</td>
                <td className={`ind__change--${dir}`}>
                  <span aria-hidden="true">{ARROW[dir]} </span>
                  {f.change(id, delta)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
