// Every public indicator with its value, its change since the last round (an
// arrow and a sign, never colour alone; blank when nothing moved) and a small chart of its history whose
// text alternative states the trend.
import type { GameState, IndicatorId, Indicators as Board } from '../../../game/state';
import { Sparkline } from '../charts/Sparkline';
import { boards, series, trendOf } from '../charts/series';
import { isNoChange, useFormat } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Panel, VisuallyHidden } from '../ui';
import { GROUPS, NAME_KEY } from './indicator-groups';

const ARROW = { up: '▲', down: '▼' } as const;

type RowProps = { readonly id: IndicatorId; readonly rows: ReadonlyArray<Board> };

const IndicatorRow = ({ id, rows }: RowProps) => {
  const t = useT();
  const f = useFormat();
  const points = series(rows, id);
  const now = points[points.length - 1]?.value ?? 0;
  const before = points[points.length - 2]?.value ?? now;
  const first = points[0]?.value ?? now;
  const delta = isNoChange(id, now - before) ? 0 : now - before;
  const overall = isNoChange(id, now - first) ? 0 : now - first;
  const name = t(NAME_KEY[id]);
  const trend = t('chart.trend', {
    name,
    from: f.value(id, first),
    to: f.value(id, now),
    direction: trendOf(overall, 0),
    change: f.change(id, overall),
  });
  const step = trendOf(delta, 0);
  return (
    <li className="ind" data-indicator={id}>
      <span className="ind__name">{name}</span>
      <span className="ind__value">{f.value(id, now)}</span>
      <span className={`ind__change ind__change--${step}`}>
        {step === 'flat' ? (
          // Most rows do not move in a round: a blank reads calmer than a column of "– 0".
          <VisuallyHidden>{t('board.unchanged')}</VisuallyHidden>
        ) : (
          <>
            <span aria-hidden="true">{ARROW[step]} </span>
            {f.change(id, delta)}
            <VisuallyHidden> {t('board.sinceLastRound')}</VisuallyHidden>
          </>
        )}
      </span>
      <span className="ind__chart" role="img" aria-label={trend}>
        <Sparkline points={points} />
      </span>
    </li>
  );
};

type Props = {
  readonly G: GameState;
  /** The label and hedge lines: the state keeps only today's, so a replay of an earlier round leaves them out. */
  readonly flags?: boolean;
};

export const Indicators = ({ G, flags = true }: Props) => {
  const t = useT();
  const rows = boards(G);
  return (
    <Panel title={t('board.indicators')} className="indicators">
      {GROUPS.map((group) => (
        <div key={group.title} className="ind-group">
          <h3 className="ind-group__title">{t(group.title)}</h3>
          <ul className="ind-list">
            {group.ids.map((id) => (
              <IndicatorRow key={id} id={id} rows={rows} />
            ))}
          </ul>
        </div>
      ))}
      {flags && (
        <p className="ind-flags">
          {G.markets.manipulatorLabel && <span>{t('board.flag.labelled')} </span>}
          {t('board.flag.hedge', { level: G.markets.chinaHedge })}
        </p>
      )}
    </Panel>
  );
};
