// Property tests: random mixes of legal and garbage moves through the headless
// engine keep the board's invariants, never change state when rejected, and
// replay identically from the same seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumerateMoves } from '../../game/ai';
import { RULES, owingSides } from '../../game/flow';
import { applyHeadless, newHeadless, playHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { SCENARIOS, scenarioById } from '../../game/scenarios';
import { PLAYER_IDS, SIDES } from '../../game/state';
import type { GameState } from '../../game/state';
import { playerView } from '../../game/view';
import { makeStrategy } from '../../src/bot/strategies';
import { initialState, nonFinitePath } from './helpers';

const MOVE_NAMES: ReadonlyArray<string> = Object.values(RULES).flatMap((moves) => Object.keys(moves));

type Step =
  | { readonly kind: 'legal'; readonly who: number; readonly pick: number }
  | { readonly kind: 'garbage'; readonly who: number; readonly move: string; readonly args: unknown[] }
  | { readonly kind: 'mutant'; readonly who: number; readonly pick: number; readonly how: Mutation; readonly junk: unknown };

type Mutation = 'append' | 'drop' | 'replaceArg' | 'replaceField' | 'addField' | 'otherSide';

const junk = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withDate: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1e308, '25', 25, 200, null, undefined),
  fc.constant(JSON.parse('{"__proto__": {"type": "standPat"}}') as unknown),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('legal' as const), who: fc.nat(), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      who: fc.nat(),
      move: fc.oneof(fc.constantFrom(...MOVE_NAMES), fc.constantFrom('nonsense', '__proto__', 'constructor', 'toString')),
      args: fc.array(junk, { maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('mutant' as const),
      who: fc.nat(),
      pick: fc.nat(),
      how: fc.constantFrom<Mutation>('append', 'drop', 'replaceArg', 'replaceField', 'addField', 'otherSide'),
      junk,
    }),
  },
);

/** A legal move made (probably) illegal: an argument too many or too few, a field replaced or added, or the wrong side. */
const mutate = (args: ReadonlyArray<unknown>, how: Mutation, value: unknown, pick: number): unknown[] => {
  const copy = structuredClone([...args]);
  const i = copy.length === 0 ? 0 : pick % copy.length;
  const target = copy[i];
  switch (how) {
    case 'append':
      return [...copy, value];
    case 'drop':
      return copy.slice(0, -1);
    case 'replaceArg':
      copy[i] = value;
      return copy;
    case 'replaceField':
    case 'addField': {
      if (typeof target !== 'object' || target === null) return [...copy, value];
      const fields = Object.keys(target);
      const key = how === 'addField' || fields.length === 0 ? 'extra' : (fields[pick % fields.length] ?? 'extra');
      copy[i] = { ...target, [key]: value };
      return copy;
    }
    case 'otherSide':
      return copy;
  }
};

/** The invariants every reachable state keeps. */
const checkInvariants = (G: GameState): void => {
  const scenario = scenarioById(G.rules.scenario);
  const p = scenario.params;
  const b = G.board;
  expect(nonFinitePath(G)).toBeUndefined();
  expect(b.holdings).toBeGreaterThanOrEqual(0);
  expect(b.reserves).toBeGreaterThanOrEqual(0);
  expect(b.yield10y).toBeGreaterThanOrEqual(0);
  for (const tariff of [b.usBaselineTariff, b.usAutoTariff]) {
    expect(tariff).toBeGreaterThanOrEqual(0);
    expect(tariff).toBeLessThanOrEqual(p.tariffs.maxUs);
  }
  expect(b.jpRetaliatoryTariff).toBeGreaterThanOrEqual(0);
  expect(b.jpRetaliatoryTariff).toBeLessThanOrEqual(p.tariffs.maxJp);
  for (const track of [b.stress, b.trust, b.usApproval, b.jpApproval, b.usCredibility, b.jpCredibility]) {
    expect(track).toBeGreaterThanOrEqual(0);
    expect(track).toBeLessThanOrEqual(100);
  }
  expect(b.usdjpy).toBeGreaterThanOrEqual(p.fx.min);
  expect(b.usdjpy).toBeLessThanOrEqual(p.fx.max);
  expect(G.start).toEqual(scenario.start); // the no-war baseline never moves
  // One history row and one report per round resolved, in order.
  expect(G.history).toHaveLength(G.reports.length);
  G.reports.forEach((report, i) => expect(report.round).toBe(i + 1));
  expect(G.round).toBeGreaterThanOrEqual(1);
  expect(G.round).toBeLessThanOrEqual(G.rounds);
  expect([G.round - 1, G.round]).toContain(G.reports.length);
  expect(G.day).toBe(G.reports.length * scenario.daysPerRound);
  for (const side of SIDES) expect(G.talks.made[side]).toBeLessThanOrEqual(scenario.proposalsPerRound);
  // A side's secrets never reach the other side's view while the game runs.
  if (!G.outcome) {
    expect(playerView({ G, playerID: '1' }).pending.us).toBeUndefined();
    expect(playerView({ G, playerID: '0' }).agendas.jp).toEqual([]);
  }
};

/** Plays the steps, checking every move, then finishes the game with seeded random players. */
const run = (scenario: string, seed: number, steps: ReadonlyArray<Step>): { G: GameState; accepted: number } => {
  const match: HeadlessMatch = newHeadless(initialState(scenario, seed));
  let accepted = 0;
  for (const s of steps) {
    if (match.G.outcome) break;
    const owing = owingSides(match.G, match.phase);
    const before = structuredClone(match.G);
    const phase = match.phase;
    if (s.kind === 'legal') {
      const side = owing[s.who % owing.length];
      if (side === undefined) throw new Error('nobody owes a move in a running game');
      const moves = enumerateMoves(match.G, match.phase, side);
      const move = moves[s.pick % moves.length];
      if (move === undefined) throw new Error(`no legal move for ${side} who owes one in ${match.phase}`);
      expect(applyHeadless(match, side, move), `${side} ${move.move} in ${phase}`).toBe(true);
      accepted++;
    } else {
      const side = SIDES[s.who % 2] ?? 'us';
      let ok: boolean;
      if (s.kind === 'garbage') {
        ok = applyHeadless(match, side, { move: s.move, args: s.args });
      } else {
        const mover = s.how === 'otherSide' ? (SIDES.find((x) => x !== side) ?? 'jp') : side;
        const moves = enumerateMoves(match.G, match.phase, side);
        const base = moves[s.pick % Math.max(1, moves.length)] ?? { move: 'acknowledge', args: [] };
        ok = applyHeadless(match, mover, { move: base.move, args: mutate(base.args, s.how, s.junk, s.pick) });
      }
      if (ok) accepted++;
      else {
        expect(match.G).toStrictEqual(before);
        expect(match.phase).toBe(phase);
      }
    }
    checkInvariants(match.G);
  }
  playHeadless(match, { us: makeStrategy('random', seed), jp: makeStrategy('random', seed + 1) });
  checkInvariants(match.G);
  expect(match.G.outcome).toBeDefined();
  return { G: match.G, accepted };
};

const scenarioId = fc.constantFrom(...SCENARIOS.map((s) => s.id));

describe('properties of the headless engine', () => {
  it('random legal and illegal moves keep the invariants; rejected moves change nothing; games end', () => {
    fc.assert(
      fc.property(scenarioId, fc.integer({ min: 0, max: 2 ** 31 }), fc.array(step, { maxLength: 150 }), (scenario, seed, steps) => {
        run(scenario, seed, steps);
      }),
      { numRuns: 200 },
    );
  });

  it('same seed and same moves give the same game', () => {
    fc.assert(
      fc.property(scenarioId, fc.integer({ min: 0, max: 2 ** 31 }), fc.array(step, { maxLength: 80 }), (scenario, seed, steps) => {
        expect(JSON.stringify(run(scenario, seed, steps).G)).toBe(JSON.stringify(run(scenario, seed, steps).G));
      }),
      { numRuns: 50 },
    );
  });

  it('every enumerated move is accepted, for every side that owes one, all game long', () => {
    fc.assert(
      fc.property(scenarioId, fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (scenario, seed, picks) => {
        const match = newHeadless(initialState(scenario, seed));
        for (const pick of picks) {
          if (match.G.outcome) break;
          for (const side of SIDES) {
            const moves = enumerateMoves(match.G, match.phase, side);
            expect(moves.length > 0).toBe(owingSides(match.G, match.phase).includes(side));
            for (const move of moves) {
              const trial: HeadlessMatch = { G: structuredClone(match.G), phase: match.phase };
              expect(applyHeadless(trial, side, move), `${side} ${move.move} ${JSON.stringify(move.args)}`).toBe(true);
            }
          }
          const [side] = owingSides(match.G, match.phase);
          if (side === undefined) throw new Error('stuck');
          const moves = enumerateMoves(match.G, match.phase, side);
          const move = moves[pick % moves.length];
          if (!move) throw new Error('no move');
          applyHeadless(match, side, move);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('a player’s view of any reached state hides exactly the opponent’s secrets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.nat(), { maxLength: 60 }), (seed, picks) => {
        const match = newHeadless(initialState('2025-pause', seed));
        for (const pick of picks) {
          if (match.G.outcome) break;
          const [side] = owingSides(match.G, match.phase);
          if (side === undefined) break;
          const moves = enumerateMoves(match.G, match.phase, side);
          const move = moves[pick % moves.length];
          if (move) applyHeadless(match, side, move);
        }
        for (const playerID of [...PLAYER_IDS, null]) {
          const v = playerView({ G: match.G, playerID });
          if (match.G.outcome) {
            expect(v).toEqual(match.G);
            continue;
          }
          const mine = playerID === '0' ? 'us' : playerID === '1' ? 'jp' : undefined;
          for (const s of SIDES) {
            expect(v.pending[s]).toEqual(s === mine ? match.G.pending[s] : undefined);
            expect(v.agendas[s]).toEqual(s === mine ? match.G.agendas[s] : []);
          }
          expect(v.deck).toEqual([]);
          expect(v.noWar).toBeUndefined();
          expect({ ...v, deck: match.G.deck, pending: match.G.pending, agendas: match.G.agendas, noWar: match.G.noWar }).toEqual(match.G);
        }
      }),
      { numRuns: 30 },
    );
  });
});
