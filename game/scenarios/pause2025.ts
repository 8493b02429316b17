// "2025: The 90-day pause": the default scenario. Starting values are the
// CALIBRATION.md "Starting values (2025 scenario)" rows.
import { EVENT_CARDS } from '../cards/events';
import { PARAMS } from '../model/params';
import type { Scenario } from './types';

const holdings = 1130.8; // CAL: TIC, Japan's Treasury holdings Mar 2025, $B
const jpExports = 148.2; // CAL: US goods imports from Japan 2024 (Census), $B a year
const surplus = 60.5; //    CAL: Japan's goods surplus with the US, calendar 2024 (Kyodo), $B

export const PAUSE_2025: Scenario = {
  id: '2025-pause',
  title: { en: '2025: The 90-day pause', ja: '2025年：90日間の一時停止' },
  description: {
    en: 'April 2025. A 24% "reciprocal" tariff on Japan is suspended for 90 days; autos pay 25%. Japan holds $1.13 trillion of US Treasuries.',
    ja: '2025年4月。日本への24%の「相互関税」は90日間停止中、自動車には25%。日本は1.13兆ドルの米国債を保有している。',
  },
  rounds: 9,
  daysPerRound: 10,
  start: {
    yield10y: 4.22, //        CAL: Fortune, 2 May 2025
    usdjpy: 145, //           Federal Reserve H.10, early May 2025 (about 145); not in CALIBRATION
    stress: 20, //            design: a tense but functioning market
    usBaselineTariff: 10, //  CAL: EO 14257, 10% baseline from 5 Apr 2025
    usAutoTariff: 25, //      CAL: Section 232, 25% on autos from 3 Apr 2025
    jpRetaliatoryTariff: 0, // Japan did not retaliate in 2025
    jpExports,
    usExports: jpExports - surplus, // derived: imports minus Japan's surplus
    balance: -surplus,
    holdings,
    reserves: 159.7, //       CAL: MOF, deposits within reserves end Mar 2025 (secondary)
    trust: 70, //             design
    usEconomy: 100,
    usApproval: 50, //        design: mid-range political capital
    usCredibility: 50, //     design: threats half believed
    usInterestBill: 881, //   CAL: CBO, net interest FY2024, $B
    jpEconomy: 100,
    jpApproval: 45, //        design: a minority government with an election ahead
    jpCredibility: 40, //     CAL: Hashimoto 1997 "a very empty threat": Japan starts less believed
    jpPortfolio: holdings,
  },
  pause: 'active',
  reciprocalRate: 24, // CAL: EO 14257
  events: EVENT_CARDS.map((card) => card.id),
  // Per side, three cards the status quo keeps and three that need a concession
  // from the other side (docs/model.md, "Agenda odds").
  agendas: {
    us: ['us-bond-vigilantes', 'us-rust-belt', 'us-deficit-hawk', 'us-midterm-headline', 'us-farm-states', 'us-shopping-list'],
    jp: ['jp-farm-lobby', 'jp-no-second-plaza', 'jp-pension-safety', 'jp-toyota', 'jp-security-guarantee', 'jp-tariff-relief'],
  },
  agendasPerSide: 2,
  proposalsPerRound: 3,
  params: PARAMS,
};
