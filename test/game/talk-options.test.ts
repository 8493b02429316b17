// The legal proposal space in one place: what talkOptions offers is exactly
// what the talk moves accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propose } from '../../game/moves/talks';
import { FLAG_TERMS, TERM_INFO, TERM_RANGES, talkOptions, termsProblem } from '../../game/talk-options';
import type { AmountTerm } from '../../game/talk-options';
import type { GameState, Terms } from '../../game/state';
import { advanceTo, edit, expectInvalid, expectValid, quietMatch } from './helpers';

const talking = (): GameState => advanceTo(quietMatch(), 'talks').G;
const AMOUNTS = Object.keys(TERM_RANGES) as AmountTerm[];

/** A state somewhere in the space of boards talks can meet. */
const boards = fc.record({
  baseline: fc.integer({ min: 0, max: 60 }),
  auto: fc.integer({ min: 0, max: 60 }),
  investment: fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
  purchases: fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
  pause: fc.constantFrom('active', 'extended', 'ended'),
  label: fc.boolean(),
  rice: fc.boolean(),
  reassured: fc.boolean(),
});

/** Terms on each term's whole grid, some outside what the board allows now. */
const anyTerms = fc
  .record(
    Object.fromEntries([
      ...AMOUNTS.map((key) => {
        const r = TERM_RANGES[key];
        return [key, fc.integer({ min: 0, max: (r.max - r.min) / r.step }).map((k) => r.min + k * r.step)];
      }),
      ...FLAG_TERMS.map((key) => [key, fc.constant(true)]),
    ]) as { [K in keyof Terms]-?: fc.Arbitrary<NonNullable<Terms[K]>> },
    { requiredKeys: [] },
  )
  .filter((terms) => Object.keys(terms).length > 0);

describe('talk options', () => {
  it('lists every term with its giver and name in both languages', () => {
    const options = talkOptions(talking(), 'us');
    expect(options.amounts.map((o) => o.key).sort()).toEqual([...AMOUNTS].sort());
    expect(options.flags.map((o) => o.key).sort()).toEqual([...FLAG_TERMS].sort());
    for (const key of [...AMOUNTS, ...FLAG_TERMS]) {
      expect(TERM_INFO[key].name.en.length).toBeGreaterThan(3);
      expect(TERM_INFO[key].name.ja.length).toBeGreaterThan(1);
    }
  });

  it('follows the board: a tariff term only cuts, pledges stop at their totals, one-time concessions go once', () => {
    const G = edit(talking(), (d) => {
      d.board.usAutoTariff = 12;
      d.board.usBaselineTariff = 0;
      d.markets.investment = 900;
      d.markets.riceOpened = true;
    });
    const options = talkOptions(G, 'jp');
    const amount = (key: AmountTerm) => options.amounts.find((o) => o.key === key);
    expect(amount('usAutoTariff')).toMatchObject({ available: true, min: 0, max: 11, step: 1 });
    expect(amount('usBaselineTariff')).toMatchObject({ available: false, problem: 'notACut' });
    expect(amount('investment')).toMatchObject({ available: true, max: 100, step: 50 });
    expect(options.flags.find((o) => o.key === 'riceOpening')?.problem).toBe('alreadyGiven');
    expect(options.flags.find((o) => o.key === 'dropCurrencyComplaint')?.problem).toBe('noComplaint');
    expect(options.flags.find((o) => o.key === 'securityReassurance')?.problem).toBeUndefined();
  });

  it('terms are accepted by the talk moves exactly when every term is within what talkOptions offers', () => {
    fc.assert(
      fc.property(boards, anyTerms, (board, terms) => {
        const G = edit(talking(), (d) => {
          d.board.usBaselineTariff = board.baseline;
          d.board.usAutoTariff = board.auto;
          d.markets.investment = board.investment;
          d.markets.purchases = board.purchases;
          d.markets.pause = board.pause;
          d.markets.manipulatorLabel = board.label;
          d.markets.riceOpened = board.rice;
          d.markets.reassured = board.reassured;
        });
        const options = talkOptions(G, 'us');
        const offered = Object.entries(terms).every(([key, value]) => {
          const amount = options.amounts.find((o) => o.key === key);
          if (amount) return amount.available && typeof value === 'number' && value >= amount.min && value <= amount.max;
          return options.flags.find((o) => o.key === key)?.problem === undefined;
        });
        expect(termsProblem(G, terms) === undefined).toBe(offered);
        if (offered) expectValid(propose, G, 'us', [terms, false]);
        else expectInvalid(propose, G, 'us', [terms, false]);
      }),
      { numRuns: 300 },
    );
  });
});
