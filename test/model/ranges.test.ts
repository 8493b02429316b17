// The economic model's headline effects against their published ranges.
// Each test runs the model itself (resolveMarkets, and the round functions
// where a rule is involved) from the 2025 scenario's starting board and checks
// one row of shared/design/CALIBRATION.md, named in the test. docs/model.md
// tabulates the same rows with the figures the model gives.
import { describe, expect, it } from 'vitest';
import { stressMultiplier } from '../../game/model/core';
import { resolveMarkets } from '../../game/model/markets';
import { resolveRound } from '../../game/round';
import { postSignals, settleSignals } from '../../game/signals';
import type { Choice, JpAction, Signal, UsAction } from '../../game/state';
import { STAND_PAT, bp, calm, newGame, opening, params, play, scenario, start, yen } from '../../src/cli/model/positions';
import type { Position } from '../../src/cli/model/positions';

describe('Treasury sales and US yields', () => {
  it('CAL Suggested magnitudes / "Japan sells $50B of Treasuries": 10Y +20 to +30 bp at once, fading toward about +10 bp', () => {
    const sold = play(opening(), STAND_PAT, { type: 'sellTreasuries', amount: 50 });
    expect(bp(sold)).toBeGreaterThanOrEqual(20);
    expect(bp(sold)).toBeLessThanOrEqual(30);
    // Five calm rounds of standing pat after the sale: the fading part has halved five times.
    const later = calm(sold, 5);
    expect(bp(later)).toBeGreaterThanOrEqual(5);
    expect(bp(later)).toBeLessThanOrEqual(15);
    expect(bp(later)).toBeLessThan(bp(sold));
    expect(later.board.holdings).toBe(start.holdings - 50);
  });

  it('CAL Treasury sales / Beltran et al. (halved for the 10Y, doubled for outright selling): $100B is +40 to +60 bp short run, about +20 bp long run', () => {
    const sold = play(opening(), STAND_PAT, { type: 'sellTreasuries', amount: 100 });
    expect(bp(sold)).toBeGreaterThanOrEqual(40);
    expect(bp(sold)).toBeLessThanOrEqual(60);
    const longRun = calm(sold, 8);
    expect(bp(longRun)).toBeGreaterThanOrEqual(15);
    expect(bp(longRun)).toBeLessThanOrEqual(25);
  });

  it('CAL Treasury sales / Hashimoto 1997 and Suggested magnitudes / "Japan only threatens to sell": 10Y +0 to +5 bp, less once a threat goes unexecuted', () => {
    const G = newGame();
    const threat: Signal = { trigger: 'raiseTariff', response: 'sellTreasuries' };
    const choices = (us: UsAction, jp: JpAction, signal?: Signal): { us: Choice; jp: Choice } => ({
      us: { action: us, signal: undefined },
      jp: { action: jp, signal },
    });

    // Round 1: Japan posts the threat; it moves the 10Y at once by Credibility x 5 bp.
    postSignals(G, choices(STAND_PAT, STAND_PAT, threat), params);
    const atOnce = (G.board.yield10y - start.yield10y) * 100;
    expect(atOnce).toBeGreaterThan(0);
    expect(atOnce).toBeLessThanOrEqual(5);
    expect(atOnce).toBeCloseTo((params.threats.saleThreatBp * start.jpCredibility) / 100, 10);
    // The markets step of the same round: the move is a market shock and starts to fade.
    const endOfRound = play({ board: G.board, markets: G.markets }, STAND_PAT, STAND_PAT);
    expect(bp(endOfRound)).toBeGreaterThanOrEqual(0);
    expect(bp(endOfRound)).toBeLessThanOrEqual(atOnce);
    // US stocks -2.5% once, read as US Approval at Japan's Credibility.
    expect(G.board.usApproval - start.usApproval).toBeCloseTo(params.threats.opponentApproval * (start.jpCredibility / 100), 10);

    // Round 2 the US raises the tariff (the trigger); rounds 2 and 3 Japan does not sell: the threat is broken.
    G.round = 2;
    settleSignals(G, choices({ type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT), params);
    G.round = 3;
    const settled = settleSignals(G, choices(STAND_PAT, STAND_PAT), params);
    expect(settled.broken).toEqual(['jp']);
    expect(G.board.jpCredibility).toBe(start.jpCredibility + params.credibility.broken);

    // The same threat made again moves the 10Y less.
    const before = G.board.yield10y;
    postSignals(G, choices(STAND_PAT, STAND_PAT, threat), params);
    const again = (G.board.yield10y - before) * 100;
    expect(again).toBeGreaterThan(0);
    expect(again).toBeLessThan(atOnce);
  });
});

describe('FX intervention', () => {
  it('CAL Suggested magnitudes / "Japan buys yen with about $40B" (2022, 2024 episodes): USD/JPY about -5 at once, half fades each round, reserves fall by the same', () => {
    const bought = play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 40 });
    expect(yen(bought)).toBeGreaterThanOrEqual(-6);
    expect(yen(bought)).toBeLessThanOrEqual(-4);
    expect(bought.board.reserves).toBe(start.reserves - 40);
    // One calm round later about half of the move has faded (40% to 60% of it is left).
    const next = calm(bought, 1);
    const left = yen(next) / yen(bought);
    expect(left).toBeGreaterThanOrEqual(0.4);
    expect(left).toBeLessThanOrEqual(0.6);
    // Unless fundamentals agree, almost all of it is gone within a few weeks.
    expect(Math.abs(yen(calm(bought, 4)))).toBeLessThan(0.5);
  });
});

describe('Tariffs', () => {
  it('CAL Suggested magnitudes / "US tariff +10 pp on Japan": exports of the goods the tariff covers -20% in value over a few rounds (-15% to -22% after 6 rounds)', () => {
    // Only the baseline line rises, and it does not cover autos and parts (CAL: $52.3B of $148.2B):
    // the fall in Japan's exports is measured against the goods the baseline line covers.
    const covered = start.jpExports * (1 - params.tariffs.autoShare);
    const raised = calm(play(opening(), { type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT), 5);
    const fall = (raised.board.jpExports - start.jpExports) / covered;
    expect(fall).toBeGreaterThanOrEqual(-0.22);
    expect(fall).toBeLessThanOrEqual(-0.15);
    // The auto line raised as well (the round after), so the whole $148.2B is covered: same range on the total.
    const both = calm(
      play(play(opening(), { type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT), { type: 'raiseTariff', line: 'auto', step: 10 }, STAND_PAT),
      4,
    );
    const totalFall = both.board.jpExports / start.jpExports - 1;
    expect(totalFall).toBeGreaterThanOrEqual(-0.22);
    expect(totalFall).toBeLessThanOrEqual(-0.15);
    // The bilateral balance improves for the US by the same dollars.
    expect(both.board.balance - start.balance).toBeCloseTo(start.jpExports - both.board.jpExports, 10);
  });

  it('CAL Suggested magnitudes / "US growth cost of that +10 pp" (Yale Budget Lab, scaled): about -0.02 of the output index', () => {
    const raised = calm(play(opening(), { type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT), 8);
    const change = raised.board.usEconomy - start.usEconomy;
    expect(change).toBeLessThan(-0.01);
    expect(change).toBeGreaterThan(-0.03);
  });
});

describe('US interest sensitivity', () => {
  it('CAL US interest sensitivity (CBO: +1 pp is +$1.3-1.9T over 10 years) and Suggested magnitudes / "10Y +10 bp sustained": only maturing debt reprices', () => {
    // A lasting +10 bp (nothing left to fade) held through the game's nine rounds:
    // 10% to 25% of the debt reprices within 90 days (bills are about a fifth of
    // marketable debt), so +$2.8B to +$7B a year of the $28B full repricing.
    const held = calm(opening({ yield10y: start.yield10y + 0.1 }), 9);
    expect(bp(held)).toBeCloseTo(10, 10);
    const within90Days = held.board.usInterestBill - start.usInterestBill;
    expect(within90Days).toBeGreaterThanOrEqual(0.1 * 28.2);
    expect(within90Days).toBeLessThanOrEqual(0.25 * 28.2);
    // +1 pp held for a year (36.5 rounds): above the third of the debt maturing
    // within a year ($93B), inside CBO's ten-year average of $130-190B a year.
    const year = calm(opening({ yield10y: start.yield10y + 1 }), 36);
    expect(year.board.usInterestBill - start.usInterestBill).toBeGreaterThanOrEqual(93);
    expect(year.board.usInterestBill - start.usInterestBill).toBeLessThanOrEqual(190);
    // The run-rate is never passed: in the long run the whole debt reprices at $280B per pp.
    const longRun = calm(opening({ yield10y: start.yield10y + 0.1 }), 2000);
    expect(longRun.board.usInterestBill - start.usInterestBill).toBeCloseTo(params.us.interestBillPerYieldPoint * 0.1, 6);
  });
});

describe('Market Stress: the non-linear channel', () => {
  it('GAME.md "calm markets absorb a $25B sale": a small sale barely moves Stress', () => {
    const sold = play(opening(), STAND_PAT, { type: 'sellTreasuries', amount: 25 });
    expect(bp(sold)).toBeLessThan(15);
    expect(sold.board.stress - start.stress).toBeLessThan(10);
  });

  it('GAME.md "a panicking one turns $100B into a crisis": $100B stays far from crisis in a calm market, breaks a stressed one', () => {
    const calmSale = play(opening(), STAND_PAT, { type: 'sellTreasuries', amount: 100 });
    expect(calmSale.board.stress).toBeLessThan(60);
    // The same sale with Market Stress at 80.
    const stressedSale = play(opening({ stress: 80 }), STAND_PAT, { type: 'sellTreasuries', amount: 100 });
    const calmMove = bp(calmSale);
    const stressedMove = (stressedSale.board.yield10y - start.yield10y) * 100;
    expect(stressedMove).toBeGreaterThan(2 * calmMove);
    expect(stressedSale.board.stress).toBeGreaterThanOrEqual(params.stress.crisisLevel);
    // Non-linear: Stress 50 amplifies less than halfway between Stress 20 and Stress 80.
    const mid = stressMultiplier(50, params);
    expect(mid).toBeLessThan((stressMultiplier(20, params) + stressMultiplier(80, params)) / 2);
    // Through the round rules: the sale ends the game in a crisis, tipped by Japan.
    const G = newGame();
    G.board.stress = 80;
    G.pending = { us: { action: STAND_PAT, signal: undefined }, jp: { action: { type: 'sellTreasuries', amount: 100 }, signal: undefined } };
    resolveRound(G);
    expect(G.outcome?.reason).toBe('crisis');
    expect(G.outcome?.tippedBy).toBe('jp');
  });
});

describe('Yen strength and Japan', () => {
  it('CAL Yen strength / Toyota "¥1 stronger: operating profit -¥45B", scaled to all exporters: about -0.06% of Japan\'s output per yen', () => {
    // A lasting 5-yen appreciation (nothing left to fade), held through calm rounds.
    const stronger = calm(opening({ usdjpy: start.usdjpy - 5 }), 10);
    const perYen = (stronger.board.jpEconomy - start.jpEconomy) / 5;
    // Eight Toyotas: 8 x ¥45B = ¥360B, at ¥145 about $2.5B, of a $4,000B economy.
    const derived = -((8 * 45) / start.usdjpy / 4000) * 100;
    expect(perYen).toBeCloseTo(derived, 2);
  });
});

describe('Tariff costs on each side (value added, buyers pay)', () => {
  it('CAL Japanese cars 2025 (value fell, volume held) and 2025 forecasts (NRI, Daiwa; secondary): the snapback to 24% costs Japan 0.3-0.45% of output', () => {
    // A lost export dollar is 0.85 value added x 0.6 volume of a dollar of output, not one.
    expect(params.jp.economyPerExportBillion).toBeLessThan(100 / params.jp.gdp);
    // NRI (Kiuchi, Apr 2025): the 24% reciprocal rate costs -0.59% within about a
    // year, scaled to the 14 points above the 10% start: -0.34%; Daiwa (Jul 2025):
    // 25% costs -0.8% in 2025, scaled 14/25: -0.45%.
    const snapped = calm(play(opening(), { type: 'endPause' }, STAND_PAT), 8);
    const change = snapped.board.jpEconomy - start.jpEconomy;
    expect(change).toBeLessThanOrEqual(-0.3);
    expect(change).toBeGreaterThanOrEqual(-0.45);
  });

  it('CAL Tariffs / Amiti et al., Fajgelbaum et al. (complete pass-through): US buyers pay about $15B a year for +10 pp; the price drag starts the round after', () => {
    const raised = play(play(opening(), { type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT), { type: 'raiseTariff', line: 'auto', step: 10 }, STAND_PAT);
    const buyersPay = (params.tariffs.autoShare * 10 + (1 - params.tariffs.autoShare) * 10) * (start.jpExports / 100);
    expect(buyersPay).toBeGreaterThanOrEqual(14);
    expect(buyersPay).toBeLessThanOrEqual(16);
    // The first round of a rise: the lift, no drag yet (prices take time).
    const first = play(opening(), { type: 'raiseTariff', line: 'baseline', step: 10 }, STAND_PAT);
    const lift = 10 * params.approval.usLiftPerTariffPoint;
    const outputPart = (first.board.usEconomy - start.usEconomy) * params.approval.perEconomyPoint;
    // (Within the soft ceiling's damping of a rise: at most a tenth of it.)
    expect(first.board.usApproval - start.usApproval).toBeGreaterThan(0.9 * (lift + outputPart));
    expect(first.board.usApproval - start.usApproval).toBeLessThanOrEqual(lift + outputPart);
    // From then on Approval pays for the prices: a calm round with the tariffs in force costs it.
    const next = calm(raised, 1);
    const drag = ((buyersPay * 100) / params.us.gdp) * params.approval.perBuyersCostPerRound;
    expect(drag).toBeLessThan(0);
    expect(next.board.usApproval).toBeLessThan(raised.board.usApproval);
    // Output: the Yale cost on all of Japan's goods, -0.02 for +10 pp on both lines.
    const settled = calm(raised, 8);
    expect(settled.board.usEconomy - start.usEconomy).toBeLessThan(-0.015);
    expect(settled.board.usEconomy - start.usEconomy).toBeGreaterThan(-0.025);
  });

  it("CAL Tariffs (complete pass-through), Japan's imports from the US ($87.7B): a 50% retaliatory tariff costs Japan 0.3% to 1.1% of output", () => {
    let position = opening();
    for (const step of [25, 25] as const) position = play(position, STAND_PAT, { type: 'retaliate', step });
    expect(position.board.jpRetaliatoryTariff).toBe(50);
    const settled = calm(position, 7);
    // Buyers pay 50% of $87.7B = $43.9B a year, 1.1% of output (the upper bound);
    // output loses 0.40 of it, the share Yale finds for the US (0.44%).
    const paid = (0.5 * start.usExports * 100) / params.jp.gdp;
    const change = settled.board.jpEconomy - start.jpEconomy;
    expect(change).toBeLessThanOrEqual(-0.3);
    expect(change).toBeGreaterThanOrEqual(-paid);
    // Japan's buyers pay in Approval too, from the round after.
    expect(settled.board.jpApproval).toBeLessThan(start.jpApproval);
  });
});

describe('The yen within its historical extremes', () => {
  it('CAL FX intervention / 22 Sep 2022 (about $20B: above 145 to the low 140s): the first small intervention moves the yen about 4-5; $40B about 5', () => {
    const small = play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 20 });
    expect(yen(small)).toBeLessThanOrEqual(-4);
    expect(yen(small)).toBeGreaterThanOrEqual(-5);
    // Concave: twice the money moves it less than twice as far.
    const large = play(opening(), STAND_PAT, { type: 'intervene', direction: 'buyYen', amount: 40 });
    expect(yen(large) / yen(small)).toBeLessThan(1.5);
  });

  it('Largest USD/JPY moves (secondary, press: Oct 1998 -14% in a week and about -18% in a month; Oct 2008 -14% in three weeks): the worst case stays inside', () => {
    // Japan sells $200B three rounds running, from a stressed market, while the US labels it a manipulator.
    const worst = (stress: number, label: boolean): Position[] => {
      const path: Position[] = [opening({ stress })];
      for (let round = 0; round < 3; round++) {
        const last = path[path.length - 1] as Position;
        path.push(play(last, label && round === 0 ? { type: 'labelManipulator' } : STAND_PAT, { type: 'sellTreasuries', amount: 200 }));
      }
      return path;
    };
    for (const path of [worst(20, false), worst(60, true), worst(80, true)]) {
      for (let round = 1; round < path.length; round++) {
        const before = (path[round - 1] as Position).board.usdjpy;
        const after = (path[round] as Position).board.usdjpy;
        expect(after / before - 1).toBeGreaterThanOrEqual(-0.14); // one round: within 1998's worst week
      }
      expect((path[3] as Position).board.usdjpy / start.usdjpy - 1).toBeGreaterThanOrEqual(-0.18); // 30 days: within Oct 1998
    }
  });

  it("The manipulator label's lasting yen move adds Stress (stress.perYenMoved), charged to the US: +4 in all", () => {
    const result = resolveMarkets({ board: start, start, markets: opening().markets, us: { type: 'labelManipulator' }, jp: STAND_PAT, reciprocalRate: scenario.reciprocalRate, params });
    expect(result.stressBy.us).toBeCloseTo(params.stress.labelManipulator - params.fx.manipulatorLabelYen * params.stress.perYenMoved, 10);
    expect(result.stressBy.us).toBeCloseTo(4, 1);
    expect(result.stressBy.jp).toBe(0);
  });
});

describe('Approval behaves as polls do', () => {
  it('Gallup lows (Truman 22%, Nixon 24%, G. W. Bush 25%) and Japanese cabinets in crisis below 20%: the markets step never takes a side below its soft floor', () => {
    // The worst the model can do to Approval for nine rounds: the 10Y up 3 pp and
    // held, every tariff at its ceiling, Japan labelled and pressed.
    let position = opening({ yield10y: start.yield10y + 3, usBaselineTariff: 60, usAutoTariff: 60, jpRetaliatoryTariff: 50 });
    for (let round = 0; round < 9; round++) {
      position = play(position, round === 0 ? { type: 'labelManipulator' } : { type: 'pressSecurity', level: 2 }, STAND_PAT);
      expect(position.board.usApproval).toBeGreaterThanOrEqual(params.approval.softFloor.us);
      expect(position.board.jpApproval).toBeGreaterThanOrEqual(params.approval.softFloor.jp);
    }
    // It nears the floor, as the worst polls do, but no side governs from 3%.
    expect(position.board.usApproval).toBeLessThan(30);
    expect(params.approval.softFloor.us).toBeGreaterThanOrEqual(20);
    // Small moves land almost whole: a news cycle still moves the polls.
    const calmRound = play(opening(), { type: 'raiseTariff', line: 'baseline', step: 5 }, STAND_PAT);
    expect(calmRound.board.usApproval - start.usApproval).toBeGreaterThan(0.9 * 5 * params.approval.usLiftPerTariffPoint);
  });
});
