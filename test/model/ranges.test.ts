// The economic model's headline effects against their published ranges.
// Each test runs the model itself (resolveMarkets, and the round functions
// where a rule is involved) from the 2025 scenario's starting board and checks
// one row of shared/design/CALIBRATION.md, named in the test. docs/model.md
// tabulates the same rows with the figures the model gives.
import { describe, expect, it } from 'vitest';
import { stressMultiplier } from '../../game/model/core';
import { resolveRound } from '../../game/round';
import { postSignals, settleSignals } from '../../game/signals';
import type { Choice, JpAction, Signal, UsAction } from '../../game/state';
import { STAND_PAT, bp, calm, newGame, opening, params, play, start, yen } from '../../src/cli/model/positions';

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
  it('CAL Suggested magnitudes / "10Y +10 bp sustained" (CBO arithmetic): US interest bill about +$28B a year', () => {
    // A lasting +10 bp (nothing left to fade) held through a calm round.
    const held = calm(opening({ yield10y: start.yield10y + 0.1 }), 1);
    expect(bp(held)).toBeCloseTo(10, 10);
    expect(held.board.usInterestBill - start.usInterestBill).toBeGreaterThanOrEqual(25);
    expect(held.board.usInterestBill - start.usInterestBill).toBeLessThanOrEqual(31);
    // The same arithmetic after a real sale: the bill follows the lasting part of the move.
    const sold = calm(play(opening(), STAND_PAT, { type: 'sellTreasuries', amount: 50 }), 8);
    expect((sold.board.usInterestBill - start.usInterestBill) / bp(sold)).toBeCloseTo(2.8, 10);
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
