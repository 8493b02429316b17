// Which indicators the board shows, in which groups and order.
import type { IndicatorId } from '../../../game/state';
import type { MessageId } from '../i18n/messages';

export type Group = { readonly title: MessageId; readonly ids: ReadonlyArray<IndicatorId> };

export const GROUPS: ReadonlyArray<Group> = [
  { title: 'board.group.markets', ids: ['yield10y', 'usdjpy', 'stress', 'trust'] },
  { title: 'board.group.trade', ids: ['usBaselineTariff', 'usAutoTariff', 'jpRetaliatoryTariff', 'jpExports', 'usExports', 'balance'] },
  { title: 'board.group.us', ids: ['usEconomy', 'usApproval', 'usCredibility', 'usInterestBill'] },
  { title: 'board.group.jp', ids: ['jpEconomy', 'jpApproval', 'jpCredibility', 'holdings', 'reserves', 'jpPortfolio'] },
];

export const NAME_KEY: { readonly [K in IndicatorId]: MessageId } = {
  yield10y: 'chart.name.yield10y',
  usdjpy: 'chart.name.usdjpy',
  stress: 'chart.name.stress',
  usBaselineTariff: 'chart.name.usBaselineTariff',
  usAutoTariff: 'chart.name.usAutoTariff',
  jpRetaliatoryTariff: 'chart.name.jpRetaliatoryTariff',
  jpExports: 'chart.name.jpExports',
  usExports: 'chart.name.usExports',
  balance: 'chart.name.balance',
  holdings: 'chart.name.holdings',
  reserves: 'chart.name.reserves',
  trust: 'chart.name.trust',
  usEconomy: 'chart.name.usEconomy',
  usApproval: 'chart.name.usApproval',
  usCredibility: 'chart.name.usCredibility',
  usInterestBill: 'chart.name.usInterestBill',
  jpEconomy: 'chart.name.jpEconomy',
  jpApproval: 'chart.name.jpApproval',
  jpCredibility: 'chart.name.jpCredibility',
  jpPortfolio: 'chart.name.jpPortfolio',
};
