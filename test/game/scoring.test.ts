// Scoring against the no-war path: who wins, who loses, the settled markets,
// and whose action a crisis is blamed on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGameover } from '../../game';
import { enumerateMoves } from '../../game/ai';
import { owingSides } from '../../game/flow';
import { applyHeadless, newHeadless } from '../../game/headless';
import { winnerOf } from '../../game/model/score';
import { noWarResults } from '../../game/no-war';
import type { Action, Outcome } from '../../game/state';
import { advanceTo, initialState, play, playRound, quietMatch } from './helpers';

const MARGIN = initialState().rules.params.scoring.drawMargin;

describe('the result: a win, a draw, or a trade war both sides lost', () => {
  it('winnerOf: above zero and ahead by more than the margin wins; nobody above zero is a mutual loss', () => {
    expect(winnerOf(5, 1, MARGIN)).toBe('us');
    expect(winnerOf(1, 5, MARGIN)).toBe('jp');
    expect(winnerOf(5, -20, MARGIN)).toBe('us');
    expect(winnerOf(5, 5 - MARGIN / 2, MARGIN)).toBe('draw');
    expect(winnerOf(-1, -30, MARGIN)).toBe('neither'); // hurting the other side more is not a win
    expect(winnerOf(0, 0, MARGIN)).toBe('neither');
    expect(winnerOf(0.1, -0.2, MARGIN)).toBe('draw');
  });

  it('boardgame.io sees a draw for a mutual loss, and a playerID for a win; our winner rides along', () => {
    const base = { scores: {}, reason: 'deadline' } as unknown as Outcome;
    expect(toGameover({ ...base, winner: 'neither' })).toMatchObject({ draw: true, result: 'neither' });
    expect(toGameover({ ...base, winner: 'draw' })).toMatchObject({ draw: true, result: 'draw' });
    expect(toGameover({ ...base, winner: 'jp' })).toMatchObject({ winner: '1', result: 'jp' });
  });

  it('in any game, each score is the result less the no-war result, and the winner follows the rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.nat(), { maxLength: 120 }), (seed, picks) => {
        const setup = initialState('2025-pause', seed);
        const expected = noWarResults(setup);
        const match = newHeadless(setup);
        for (let i = 0; !match.G.outcome && i < 400; i++) {
          const [side] = owingSides(match.G, match.phase);
          if (side === undefined) break;
          const moves = enumerateMoves(match.G, match.phase, side);
          const move = moves[(picks[i % Math.max(picks.length, 1)] ?? 0) % moves.length];
          if (move) applyHeadless(match, side, move);
        }
        const outcome = match.G.outcome;
        if (!outcome) return;
        for (const side of ['us', 'jp'] as const) {
          const s = outcome.scores[side];
          expect(s.noWar).toBeCloseTo(expected[side], 9);
          expect(s.total).toBeCloseTo(s.result - s.noWar, 9);
          expect(s.result).toBeCloseTo(s.economy + s.approval + s.fiscal + s.agendas + s.crisis, 9);
        }
        expect(outcome.winner).toBe(winnerOf(outcome.scores.us.total, outcome.scores.jp.total, MARGIN));
        expect(outcome.joint).toBeCloseTo(outcome.scores.us.total + outcome.scores.jp.total, 9);
      }),
      { numRuns: 40 },
    );
  });
});

describe('no gain whose cost comes after the game', () => {
  /** Japan's score when it ends the last round with `action`, everything else standing pat. */
  const lastRound = (action: Action): Outcome => {
    const match = quietMatch();
    const last = match.G.rounds;
    for (let round = 1; round < last; round++) playRound(match, [{ type: 'standPat' }], [{ type: 'standPat' }]);
    playRound(match, [{ type: 'standPat' }], [action]);
    const outcome = match.G.outcome;
    if (!outcome) throw new Error('the game did not end');
    return outcome;
  };

  it('selling $80B of yen in the last round scores no better than standing pat', () => {
    const pat = lastRound({ type: 'standPat' });
    const sold = lastRound({ type: 'intervene', direction: 'sellYen', amount: 80 });
    expect(sold.scores.jp.total).toBeLessThanOrEqual(pat.scores.jp.total);
  });

  it('the board stays as the game left it; the score is taken where the markets settle', () => {
    const sold = lastRound({ type: 'intervene', direction: 'sellYen', amount: 80 });
    const start = initialState().start.usdjpy;
    // The sale's push on the yen is still on the board, and has faded where the markets settle.
    expect(Math.abs(sold.settled.usdjpy - start)).toBeLessThan(1);
  });
});

describe('crisis blame follows causes', () => {
  const raise: Action = { type: 'raiseTariff', line: 'auto', step: 25 };
  const sell: Action = { type: 'sellTreasuries', amount: 100 };

  it('Stress from price moves is charged to the side whose action moved the price', () => {
    const both = quietMatch();
    playRound(both, [raise], [sell]);
    const usAlone = quietMatch();
    playRound(usAlone, [raise], [{ type: 'standPat' }]);
    const jpAlone = quietMatch();
    playRound(jpAlone, [{ type: 'standPat' }], [sell]);
    const stress = both.G.reports[0]?.stressBy;
    expect(stress?.us).toBeCloseTo(usAlone.G.reports[0]?.stressBy.us ?? NaN, 9);
    expect(stress?.jp).toBeCloseTo(jpAlone.G.reports[0]?.stressBy.jp ?? NaN, 9);
    expect(stress?.us).toBeGreaterThan(0);
    expect(stress?.jp).toBeGreaterThan(0);
  });

  it('when both push a market over the edge, the side that added more Stress is blamed, the US too', () => {
    const match = quietMatch();
    advanceTo(match, 'moves');
    match.G.board.stress = 99.5;
    play(match, 'us', 'chooseAction', { type: 'endPause' });
    play(match, 'jp', 'chooseAction', { type: 'retaliate', step: 10 });
    const report = match.G.reports[0];
    expect(match.G.outcome?.reason).toBe('crisis');
    expect(report?.stressBy.us).toBeGreaterThan(report?.stressBy.jp ?? Infinity);
    expect(match.G.outcome?.tippedBy).toBe('us');
  });
});
