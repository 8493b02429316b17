// `npm run model:table`: the model's own figures for the headline effects that
// docs/model.md checks against published ranges (test/model/ranges.test.ts
// asserts the ranges). Every figure in that table's "model" column comes from here.
import { resolveRound } from '../../game/round';
import { postSignals } from '../../game/signals';
import { resolveMarkets } from '../../game/model/markets';
import { STAND_PAT, bp, calm, newGame, opening, params, play, scenario, start, yen } from './model/positions';
import type { Position } from './model/positions';

const bpText = (p: Position): string => `${bp(p).toFixed(1)} bp`;
const sell = (amount: 25 | 50 | 100 | 200, stress?: number): Position =>
  play(opening(stress === undefined ? {} : { stress }), STAND_PAT, { type: 'sellTreasuries', amount });
const raise = (from: Position, line: 'baseline' | 'auto'): Position => play(from, { type: 'raiseTariff', line, step: 10 }, STAND_PAT);

const threatBp = (): string => {
  const G = newGame();
  postSignals(G, { us: { action: STAND_PAT, signal: undefined }, jp: { action: STAND_PAT, signal: { trigger: 'raiseTariff', response: 'sellTreasuries' } } }, params);
  return `${((G.board.yield10y - start.yield10y) * 100).toFixed(2)} bp, US Approval ${(G.board.usApproval - start.usApproval).toFixed(2)}`;
};

const crisisFromStressedSale = (): string => {
  const G = newGame();
  G.board.stress = 80;
  G.pending = { us: { action: STAND_PAT, signal: undefined }, jp: { action: { type: 'sellTreasuries', amount: 100 }, signal: undefined } };
  resolveRound(G);
  return `${G.outcome?.reason ?? 'no end'}, tipped by ${G.outcome?.tippedBy ?? 'nobody'}`;
};

const intervened = play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 40 });
const covered = start.jpExports * (1 - params.tariffs.autoShare);
const baselineOnly = calm(raise(opening(), 'baseline'), 5);
const bothLines = calm(raise(raise(opening(), 'baseline'), 'auto'), 4);
const stronger = calm(opening({ usdjpy: start.usdjpy - 5 }), 10);
const heldYield = calm(opening({ yield10y: start.yield10y + 0.1 }), 9);
const heldYear = calm(opening({ yield10y: start.yield10y + 1 }), 36);
const snapback = calm(play(opening(), { type: 'endPause' }, STAND_PAT), 8);
const retaliated = calm(play(play(opening(), STAND_PAT, { type: 'retaliate', step: 25 }), STAND_PAT, { type: 'retaliate', step: 25 }), 7);
const bothRaised = raise(raise(opening(), 'baseline'), 'auto');

/** The largest one-round and three-round USD/JPY moves when Japan sells $200B three rounds running from this Stress. */
const worstYen = (stress: number): string => {
  let position = opening({ stress });
  let worstRound = 0;
  for (let round = 0; round < 3; round++) {
    const next = play(position, round === 0 ? { type: 'labelManipulator' } : STAND_PAT, { type: 'sellTreasuries', amount: 200 });
    worstRound = Math.min(worstRound, next.board.usdjpy / position.board.usdjpy - 1);
    position = next;
  }
  return `${(worstRound * 100).toFixed(1)}% / ${((position.board.usdjpy / start.usdjpy - 1) * 100).toFixed(1)}% (${position.board.usdjpy.toFixed(1)})`;
};

/** Approval after nine rounds of the worst the model can do: 10Y +3 pp held, every tariff at its ceiling, Japan labelled and pressed. */
const worstApproval = (): string => {
  let position = opening({ yield10y: start.yield10y + 3, usBaselineTariff: 60, usAutoTariff: 60, jpRetaliatoryTariff: 50 });
  for (let round = 0; round < 9; round++) {
    position = play(position, round === 0 ? { type: 'labelManipulator' } : { type: 'pressSecurity', level: 2 }, STAND_PAT);
  }
  return `US ${position.board.usApproval.toFixed(1)}, Japan ${position.board.jpApproval.toFixed(1)}`;
};

const labelStress = (): string => {
  const result = resolveMarkets({ board: start, start, markets: opening().markets, us: { type: 'labelManipulator' }, jp: STAND_PAT, reciprocalRate: scenario.reciprocalRate, params });
  return `US ${result.stressBy.us.toFixed(1)}, Japan ${result.stressBy.jp.toFixed(1)}`;
};

const rows: ReadonlyArray<readonly [string, string]> = [
  ['$50B sale, 10Y at once', bpText(sell(50))],
  ['$50B sale, after 5 calm rounds', bpText(calm(sell(50), 5))],
  ['$100B sale, 10Y at once / after 8 calm rounds', `${bpText(sell(100))} / ${bpText(calm(sell(100), 8))}`],
  ['threat to sell (Credibility 40), 10Y and US Approval at once', threatBp()],
  ['$40B yen buying, USD/JPY at once', yen(intervened).toFixed(2)],
  ['$40B yen buying, share left after 1 round / yen left after 4', `${((yen(calm(intervened, 1)) / yen(intervened)) * 100).toFixed(0)}% / ${yen(calm(intervened, 4)).toFixed(2)}`],
  ['$40B yen buying, reserves', `${(intervened.board.reserves - start.reserves).toFixed(1)} $B`],
  ['US tariff +10 pp (baseline), covered exports after 6 rounds', `${(((baselineOnly.board.jpExports - start.jpExports) / covered) * 100).toFixed(1)}%`],
  ['US tariff +10 pp (both lines), all exports after 6 rounds', `${((bothLines.board.jpExports / start.jpExports - 1) * 100).toFixed(1)}%`],
  ['US output after +10 pp (baseline), 9 rounds', (calm(raise(opening(), 'baseline'), 8).board.usEconomy - start.usEconomy).toFixed(4)],
  [
    '10Y +10 bp sustained 9 rounds / +1 pp for 36 rounds, US interest bill',
    `+${(heldYield.board.usInterestBill - start.usInterestBill).toFixed(1)} / +${(heldYear.board.usInterestBill - start.usInterestBill).toFixed(1)} $B a year`,
  ],
  ['snapback to 24% in round 1, Japan output after 9 rounds', `${(snapback.board.jpEconomy - start.jpEconomy).toFixed(3)}%`],
  [
    'US tariff +10 pp (both lines): US output after 9 rounds, US Approval in the next calm round',
    `${(calm(bothRaised, 7).board.usEconomy - start.usEconomy).toFixed(4)}, ${(calm(bothRaised, 1).board.usApproval - bothRaised.board.usApproval).toFixed(2)} ` +
      `(price drag ${(((params.tariffs.autoShare * 10 + (1 - params.tariffs.autoShare) * 10) * start.jpExports * params.approval.perBuyersCostPerRound) / params.us.gdp).toFixed(3)}, the rest the drift home)`,
  ],
  ['Japan retaliates to 50%: Japan output / Approval after 9 rounds', `${(retaliated.board.jpEconomy - start.jpEconomy).toFixed(3)}% / ${(retaliated.board.jpApproval - start.jpApproval).toFixed(1)}`],
  ['$200B sales x3 with a label, worst round / 3 rounds (USD/JPY): Stress 60', worstYen(60)],
  ['$200B sales x3 with a label, worst round / 3 rounds (USD/JPY): Stress 80', worstYen(80)],
  ['manipulator label, Stress by side', labelStress()],
  ['Approval after 9 worst rounds (soft floors 20 / 15)', worstApproval()],
  ['$25B sale in calm markets: 10Y, Stress', `${bpText(sell(25))}, Stress ${sell(25).board.stress.toFixed(1)}`],
  ['$100B sale: calm vs Stress 80 (10Y, Stress)', `${bpText(sell(100))}, ${sell(100).board.stress.toFixed(1)} vs ${bpText(sell(100, 80))}, ${sell(100, 80).board.stress.toFixed(1)}`],
  ['$100B sale at Stress 80, through the round rules', crisisFromStressedSale()],
  ['$200B sale in calm markets (10Y, Stress)', `${bpText(sell(200))}, ${sell(200).board.stress.toFixed(1)}`],
  ['$100B sale at Stress 60 / $50B at Stress 80: Stress', `${sell(100, 60).board.stress.toFixed(1)} / ${sell(50, 80).board.stress.toFixed(1)}`],
  [
    '$20B / $80B of yen buying, USD/JPY at once',
    `${yen(play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 20 })).toFixed(2)} / ` +
      `${yen(play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 80 })).toFixed(2)}`,
  ],
  ['yen 1 stronger, Japan output per yen', `${((stronger.board.jpEconomy - start.jpEconomy) / 5).toFixed(3)}%`],
];

console.log('| effect | model |\n|---|---|');
for (const [effect, value] of rows) console.log(`| ${effect} | ${value} |`);
