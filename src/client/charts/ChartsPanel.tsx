// Charts of the whole match so far, one per area, for the board (on demand),
// the end screen and the replay. Each chart carries its own data table.
import { useCallback, useMemo } from 'react';
import type { GameState, IndicatorId } from '../../../game/state';
import { useFormat } from '../format';
import { useT } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';
import { NAME_KEY } from '../board/indicator-groups';
import { HistoryChart } from './HistoryChart';
import { boards } from './series';

type Spec = { readonly title: MessageId; readonly ids: ReadonlyArray<IndicatorId> };

// Pairs share a unit, so one axis serves both lines.
const CHARTS: ReadonlyArray<Spec> = [
  { title: 'chart.name.yield10y', ids: ['yield10y'] },
  { title: 'chart.name.usdjpy', ids: ['usdjpy'] },
  { title: 'chart.title.stressTrust', ids: ['stress', 'trust'] },
  { title: 'chart.title.economy', ids: ['usEconomy', 'jpEconomy'] },
  { title: 'chart.title.approval', ids: ['usApproval', 'jpApproval'] },
  { title: 'chart.title.credibility', ids: ['usCredibility', 'jpCredibility'] },
  { title: 'chart.title.tariffs', ids: ['usBaselineTariff', 'usAutoTariff'] },
  { title: 'chart.name.holdings', ids: ['holdings'] },
];

const COLORS = ['#1f4e8c', '#b3261e'];

const Chart = ({ G, spec }: { readonly G: Pick<GameState, 'start' | 'history' | 'board' | 'outcome'>; readonly spec: Spec }) => {
  const t = useT();
  const f = useFormat();
  const first = spec.ids[0] ?? 'yield10y';
  const rows = useMemo(() => boards(G), [G]);
  const lines = useMemo(
    () => spec.ids.map((id, i) => ({ label: t(NAME_KEY[id]), values: rows.map((r) => r[id]), color: COLORS[i] ?? '#333' })),
    [spec, rows, t],
  );
  const format = useCallback((v: number) => f.value(first, v), [f, first]);
  // A point after the last round's end is the board now (news, a deal moved it) or, once over, the final board: not a round of its own.
  const played = G.history.length;
  const extra = G.outcome ? t('chart.final') : t('chart.now');
  const roundLabel = useCallback((i: number) => (i === 0 ? t('chart.start') : i > played ? extra : t('chart.round', { round: i })), [t, played, extra]);
  return <HistoryChart title={t(spec.title)} roundHeader={t('chart.roundHeader')} roundLabel={roundLabel} lines={lines} format={format} />;
};

export const ChartsPanel = ({ G }: { readonly G: Pick<GameState, 'start' | 'history' | 'board' | 'outcome'> }) => (
  <div className="charts-grid">
    {CHARTS.map((spec) => (
      <Chart key={spec.title} G={G} spec={spec} />
    ))}
  </div>
);
