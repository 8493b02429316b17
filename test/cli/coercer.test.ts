import { describe, expect, it } from 'vitest';
import type { Phase } from '../../game/flow';
import { isHostile } from '../../game/actions';
import { scenarioById, SCENARIOS } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import { termsProblem } from '../../game/talk-options';
import { otherSide, SIDES } from '../../game/state';
import type { GameState, Outcome, Side, Terms } from '../../game/state';
import type { Decision } from '../../game/headless';
import { atLeastAsGood, coercerDemand } from '../../src/bot/deal-terms';
import { seededRng, seededShuffler } from '../../src/bot/rng';
import { makeStrategy } from '../../src/bot/strategies';
import type { StrategyName } from '../../src/bot/strategies';
import { playHeadlessMatch } from '../../src/cli/sim/engine';
import type { Seat } from '../../src/cli/sim/engine';
import { playerSeed } from '../../src/cli/sim/seeds';

type Seen = { readonly side: Side; readonly round: number; readonly phase: Phase; readonly decision: Decision; readonly view: GameState };

const setup = (seed: number, scenario = '2025-pause'): GameState => createInitialState(scenarioById(scenario), seededShuffler(seededRng(seed)));

/**
 * Plays one match through the simulator's engine and keeps every move each
 * side made with the view it made it on: the record of a played game.
 */
const playRecorded = async (players: { readonly [S in Side]: StrategyName }, seed: number): Promise<{ outcome: Outcome; seen: Seen[] }> => {
  const seen: Seen[] = [];
  const seat = (side: Side): Seat => {
    const decide = makeStrategy(players[side], playerSeed(seed, side));
    return {
      label: players[side],
      player: {
        decide: ({ view, phase }) => {
          const decision = decide(view, phase, side);
          // A copy: the view shares objects with the match, which changes in place.
          seen.push({ side, round: view.round, phase, decision, view: structuredClone(view) });
          return decision;
        },
      },
    };
  };
  const { outcome } = await playHeadlessMatch(setup(seed), { us: seat('us'), jp: seat('jp') }, { scenario: '2025-pause', seed, gameNumber: 1 });
  return { outcome, seen };
};

const proposals = (seen: ReadonlyArray<Seen>, side: Side): Seen[] =>
  seen.filter((s) => s.side === side && (s.decision.move === 'propose' || s.decision.move === 'counter'));

/** The terms and comprehensive flag of a propose(terms, c) or counter(id, terms, c) decision. */
const offered = (decision: Decision): { terms: Terms; comprehensive: unknown } => {
  const [terms, comprehensive] = decision.move === 'counter' ? decision.args.slice(1) : decision.args;
  return { terms: terms as Terms, comprehensive };
};

describe('coercer', () => {
  for (const side of SIDES) {
    it(`as ${side}: escalates in rounds 1 and 2, then demands a comprehensive deal the dove accepts`, async () => {
      const players = side === 'us' ? ({ us: 'coercer', jp: 'dove' } as const) : ({ us: 'dove', jp: 'coercer' } as const);
      const { outcome, seen } = await playRecorded(players, 21);
      // The reports both sides saw: the coercer's action in each resolved round.
      const last = seen[seen.length - 1];
      if (!last) throw new Error('no move was made');
      const early = last.view.reports.filter((r) => r.round <= 2);
      expect(early.map((r) => r.round)).toEqual([1, 2]);
      for (const report of early) expect(isHostile(side, report.choices[side].action), JSON.stringify(report.choices[side])).toBe(true);

      const made = proposals(seen, side);
      expect(made.length).toBeGreaterThan(0);
      expect(Math.min(...made.map((p) => p.round))).toBe(3);
      const first = made[0];
      if (!first) throw new Error('no proposal');
      const { terms, comprehensive } = offered(first.decision);
      expect(comprehensive).toBe(true);
      expect(termsProblem(first.view, terms)).toBeUndefined();
      // The dove accepts: the war ends by that deal in round 3.
      expect(outcome).toMatchObject({ reason: 'deal', round: 3 });
      const accepted = seen.find((s) => s.side === otherSide(side) && s.decision.move === 'accept');
      expect(accepted?.view.talks.open).toMatchObject({ from: side, terms, comprehensive: true });
    });
  }

  it('keeps escalating and demanding against grim, which never accepts', async () => {
    const { seen } = await playRecorded({ us: 'coercer', jp: 'grim' }, 5);
    const reports = seen[seen.length - 1]?.view.reports ?? [];
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const report of reports) expect(isHostile('us', report.choices.us.action)).toBe(true);
    const rounds = [...new Set(proposals(seen, 'us').map((p) => p.round))];
    const talkedFrom3 = [...new Set(seen.filter((s) => s.side === 'us' && s.phase === 'talks' && s.round >= 3).map((s) => s.round))];
    expect(talkedFrom3.length).toBeGreaterThan(0);
    expect(rounds).toEqual(talkedFrom3);
    expect(seen.some((s) => s.side === 'jp' && s.decision.move === 'accept')).toBe(false);
  });

  it('plays the same game from the same seed', async () => {
    const a = await playRecorded({ us: 'random', jp: 'coercer' }, 8);
    const b = await playRecorded({ us: 'random', jp: 'coercer' }, 8);
    expect(b.outcome).toEqual(a.outcome);
    expect(b.seen.map((s) => s.decision)).toEqual(a.seen.map((s) => s.decision));
  });

  it('demands terms that are legal now in every scenario, asking a lot for a little', () => {
    for (const scenario of SCENARIOS) {
      const G = setup(1, scenario.id);
      const us = coercerDemand(G, 'us');
      const jp = coercerDemand(G, 'jp');
      expect(us && termsProblem(G, us), scenario.id).toBeUndefined();
      expect(jp && termsProblem(G, jp), scenario.id).toBeUndefined();
      expect(us).toMatchObject({ investment: expect.any(Number), purchases: expect.any(Number), noSaleRounds: expect.any(Number) });
      expect(jp).toMatchObject({ investment: 100 });
    }
  });

  it('accepts only offers at least as good for itself, term by term', () => {
    const demand: Terms = { usAutoTariff: 20, investment: 550, purchases: 30, riceOpening: true, noSaleRounds: 4 };
    expect(atLeastAsGood('us', demand, demand)).toBe(true);
    expect(atLeastAsGood('us', { ...demand, usAutoTariff: 22, investment: 600 }, demand)).toBe(true);
    expect(atLeastAsGood('us', { ...demand, usAutoTariff: 15 }, demand)).toBe(false);
    expect(atLeastAsGood('us', { ...demand, extendPause: true }, demand)).toBe(false);
    expect(atLeastAsGood('us', { usAutoTariff: 15, investment: 400, purchases: 15, noSaleRounds: 3 }, demand)).toBe(false);
    const jpDemand: Terms = { usAutoTariff: 10, usBaselineTariff: 5, extendPause: true, investment: 100 };
    expect(atLeastAsGood('jp', { ...jpDemand, usAutoTariff: 5, investment: 50 }, jpDemand)).toBe(true);
    expect(atLeastAsGood('jp', { ...jpDemand, purchases: 5 }, jpDemand)).toBe(false);
    expect(atLeastAsGood('jp', { usAutoTariff: 15, investment: 300, purchases: 10 }, jpDemand)).toBe(false);
  });
});
