// "1985: Plaza": a second scenario, proving the format needs no code. The yen
// is weak, US deficits are the headline, and an accord is on the table.
// Starting values are approximate (CAL: Plaza Accord row, a weak source).
import { PARAMS } from '../model/params';
import type { Scenario } from './types';

const holdings = 120; // design: Japan's official dollar assets were far smaller in 1985

export const PLAZA_1985: Scenario = {
  id: '1985-plaza',
  title: { en: '1985: Plaza', ja: '1985年：プラザ合意' },
  description: {
    en: 'September 1985. The dollar buys ¥242; Congress threatens tariffs on Japanese goods. Sixty days to avert a trade war.',
    ja: '1985年9月。1ドル242円。米議会は日本製品への関税をちらつかせる。貿易戦争回避まで60日。',
  },
  rounds: 6,
  daysPerRound: 10,
  start: {
    yield10y: 10.3, //        approximate US 10Y, Sep 1985
    usdjpy: 242.5, //         CAL: Plaza Accord, 19 Sep 1985
    stress: 25,
    usBaselineTariff: 3, //   approximate average US tariff, 1985
    usAutoTariff: 3, //       2.5% passenger-car tariff, rounded (autos were under a voluntary restraint)
    jpRetaliatoryTariff: 0,
    jpExports: 65, //         approximate Japan exports to the US, 1985, $B
    usExports: 23, //         approximate US exports to Japan, 1985, $B
    balance: -42,
    holdings,
    reserves: 26, //          approximate Japan's reserves, 1985, $B
    trust: 75,
    usEconomy: 100,
    usApproval: 55,
    usCredibility: 55,
    usInterestBill: 130, //   approximate US net interest, FY1985, $B
    jpEconomy: 100,
    jpApproval: 50,
    jpCredibility: 45,
    jpPortfolio: holdings,
  },
  pause: 'ended',
  reciprocalRate: 3,
  events: [
    'g7-meeting',
    'boj-hike',
    'strong-jobs',
    'equity-selloff',
    'toyota-warning',
    'missile-test',
    'fed-holds',
    'quiet-week',
    'rice-prices',
    'detroit-rally',
    'auction-tails',
    'stray-remark',
  ],
  agendas: {
    // About half kept by the status quo, half needing a concession (docs/model.md,
    // "Agenda odds"); none met or out of reach by 1985's starting values alone
    // (a 10.3% yield rules out "Bond vigilantes"; 3% autos would hand Japan "Toyota").
    us: ['us-alliance-first', 'us-calm-bonds', 'us-farm-states', 'us-shopping-list', 'us-midterm-headline'],
    jp: ['jp-farm-lobby', 'jp-no-second-plaza', 'jp-pension-safety', 'jp-security-guarantee', 'jp-tariff-relief'],
  },
  agendasPerSide: 2,
  proposalsPerRound: 3,
  params: PARAMS,
};
