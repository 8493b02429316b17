// The action registry: every action of both sides as data. Parsing, the
// legal intensities, hostility and the texts a player reads all come from it.
import { describe, expect, it } from 'vitest';
import { actionSpec, actionTypesOf, allActions, describeAction, isHostile, isThreat, parseAction, parseSignal } from '../../game/actions';
import { enumerateMoves } from '../../game/ai';
import { legalActions } from '../../game/legal';
import { SIDES, otherSide } from '../../game/state';
import { GARBAGE, advanceTo, quietMatch } from './helpers';

describe('the action registry', () => {
  it('every listed variant parses back to itself, for its own side only', () => {
    for (const side of SIDES) {
      for (const action of allActions(side)) {
        expect(parseAction(side, JSON.parse(JSON.stringify(action)))).toEqual(action);
        if (action.type !== 'standPat') expect(parseAction(otherSide(side), action)).toBeUndefined();
      }
    }
  });

  it('anything but a listed variant is rejected: other intensities, extra or missing keys, wrong types', () => {
    const bad: unknown[] = [
      ...GARBAGE,
      { type: 'raiseTariff', line: 'auto', step: 7 },
      { type: 'raiseTariff', line: 'auto', step: '10' },
      { type: 'raiseTariff', line: 'steel', step: 10 },
      { type: 'raiseTariff', line: 'auto' },
      { type: 'raiseTariff', line: 'auto', step: 10, extra: 1 },
      { type: 'standPat', level: 1 },
      { type: 'constructor' },
      { type: '__proto__' },
      Object.assign(Object.create({ type: 'standPat' }) as object, {}),
    ];
    for (const raw of bad) expect(parseAction('us', raw), JSON.stringify(raw)).toBeUndefined();
    expect(parseAction('jp', { type: 'sellTreasuries', amount: 75 })).toBeUndefined();
    expect(parseAction('jp', { type: 'intervene', direction: 'buyYen', amount: 40, note: '' })).toBeUndefined();
  });

  it('every entry has a name, an explanation and per-variant descriptions in English and Japanese', () => {
    for (const side of SIDES) {
      for (const type of actionTypesOf(side)) {
        const spec = actionSpec(side, type);
        expect(spec?.type).toBe(type);
        for (const text of [spec?.name, spec?.explain]) {
          expect(text?.en.length).toBeGreaterThan(3);
          expect(text?.ja.length).toBeGreaterThan(1);
        }
      }
      for (const action of allActions(side)) {
        const text = describeAction(side, action);
        expect(text.en).not.toMatch(/undefined|NaN/);
        expect(text.ja).not.toMatch(/undefined|NaN/);
      }
    }
    // Distinct intensities read differently.
    const sales = allActions('jp').filter((a) => a.type === 'sellTreasuries');
    expect(new Set(sales.map((a) => describeAction('jp', a).en)).size).toBe(sales.length);
  });

  it('one hostility: a threat is a response type with a hostile intensity; standing pat and concessions are not', () => {
    expect(isHostile('us', { type: 'raiseTariff', line: 'auto', step: 10 })).toBe(true);
    expect(isHostile('us', { type: 'cutTariff', line: 'auto', step: 10 })).toBe(false);
    expect(isHostile('jp', { type: 'intervene', direction: 'sellYen', amount: 20 })).toBe(true);
    expect(isHostile('jp', { type: 'intervene', direction: 'buyYen', amount: 20 })).toBe(false);
    for (const side of SIDES) {
      expect(isHostile(side, { type: 'standPat' })).toBe(false);
      for (const type of actionTypesOf(side)) {
        const hostileVariant = allActions(side).some((a) => a.type === type && isHostile(side, a));
        expect(isThreat(side, type), type).toBe(hostileVariant);
      }
    }
  });

  it('signals: exactly an opponent action type and one of the maker’s own, neither standing pat', () => {
    expect(parseSignal('us', { trigger: 'sellTreasuries', response: 'raiseTariff' })).toEqual({
      trigger: 'sellTreasuries',
      response: 'raiseTariff',
    });
    for (const raw of [
      { trigger: 'raiseTariff', response: 'sellTreasuries' },
      { trigger: 'standPat', response: 'raiseTariff' },
      { trigger: 'sellTreasuries', response: 'standPat' },
      { trigger: 'sellTreasuries', response: 'raiseTariff', extra: true },
      { trigger: 'sellTreasuries' },
      { trigger: 'toString', response: 'raiseTariff' },
      ...GARBAGE,
    ]) {
      expect(parseSignal('us', raw), JSON.stringify(raw)).toBeUndefined();
    }
  });

  it('ai.enumerate offers every legal action, and signals too (a bounded set)', () => {
    const match = advanceTo(quietMatch(), 'moves');
    for (const side of SIDES) {
      const moves = enumerateMoves(match.G, 'moves', side);
      const actions = moves.filter((m) => m.args.length === 1).map((m) => m.args[0]);
      expect(actions).toEqual(legalActions(match.G, side));
      const withSignal = moves.filter((m) => m.args.length === 2);
      expect(withSignal.length).toBeGreaterThan(2);
      expect(moves.length).toBeLessThan(60);
      for (const m of withSignal) expect(parseSignal(side, m.args[1])).toEqual(m.args[1]);
    }
  });
});
