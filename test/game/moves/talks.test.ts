// Talks step: proposals, counters, answers, the per-round limit, and deals
// that take effect at once or (comprehensive) end the war.
import { describe, expect, it } from 'vitest';
import { owes } from '../../../game/flow';
import { accept, counter, endTalks, propose, reject, withdraw } from '../../../game/moves/talks';
import { scenarioById } from '../../../game/scenarios';
import type { GameState, Terms } from '../../../game/state';
import { GARBAGE, advanceTo, edit, expectInvalid, expectRefused, expectValid, play, quietMatch } from '../helpers';

const talking = (scenario = '2025-pause'): GameState => advanceTo(quietMatch(scenario), 'talks').G;

const AUTOS: Terms = { usAutoTariff: 15, investment: 400 };

describe('talks: propose', () => {
  it('opens a proposal from the proposer, counts it and numbers it', () => {
    const G = talking();
    const after = expectValid(propose, G, 'us', [AUTOS, false]);
    expect(after.talks.open).toEqual({ id: G.talks.nextId, from: 'us', terms: AUTOS, comprehensive: false });
    expect(after.talks.made).toEqual({ us: 1, jp: 0 });
    expect(after.talks.nextId).toBe(G.talks.nextId + 1);
    // Nothing takes effect before it is accepted.
    expect(after.board).toEqual(G.board);
    expect(after.commitments).toEqual(G.commitments);
  });

  it('copies the terms: the proposal keeps no reference to the caller’s object', () => {
    const G = talking();
    const terms = { usAutoTariff: 15 };
    const after = expectValid(propose, G, 'jp', [terms, true]);
    terms.usAutoTariff = 0;
    expect(after.talks.open?.terms).toEqual({ usAutoTariff: 15 });
  });

  it('rejects malformed terms', () => {
    const G = talking();
    const badTerms: unknown[] = [
      ...GARBAGE,
      {},
      { unknownTerm: 1 },
      { usAutoTariff: 15, unknownTerm: 1 },
      { usAutoTariff: Number.NaN },
      { usAutoTariff: Number.POSITIVE_INFINITY },
      { usAutoTariff: -5 },
      { usAutoTariff: 15.5 },
      { usAutoTariff: '15' },
      { usAutoTariff: null },
      { investment: 1e9 },
      { investment: 75 }, // off the $50B grid
      { investment: 0 },
      { purchases: -10 },
      { noSaleRounds: 0 },
      { noSaleRounds: 2.5 },
      { yenAccord: 7 },
      { riceOpening: false },
      { riceOpening: 'true' },
      { extendPause: 1 },
      [{ usAutoTariff: 15 }],
      JSON.parse('{"__proto__": {"usAutoTariff": 15}}') as unknown,
      JSON.parse('{"usAutoTariff": 15, "__proto__": {"investment": 400}}') as unknown,
      JSON.parse('{"toString": 5}') as unknown,
      JSON.parse('{"constructor": 5}') as unknown,
      Object.assign(Object.create({ usAutoTariff: 15 }) as object, {}),
    ];
    for (const terms of badTerms) {
      expectInvalid(propose, G, 'us', [terms, false]);
      expectInvalid(propose, G, 'jp', [terms, true]);
    }
  });

  it('rejects terms that are not a concession the board allows now', () => {
    const G = talking();
    const tooFar: Terms[] = [
      { usAutoTariff: G.board.usAutoTariff }, // not a cut
      { usAutoTariff: G.board.usAutoTariff + 5 }, // a rise
      { usBaselineTariff: G.board.usBaselineTariff },
      { dropCurrencyComplaint: true }, // no complaint was made
      { noSaleRounds: G.rounds + 1 },
    ];
    for (const terms of tooFar) expectInvalid(propose, G, 'us', [terms, false]);
    // The 1985 scenario starts with the pause over: it cannot be extended.
    expectInvalid(propose, talking('1985-plaza'), 'jp', [{ extendPause: true }, false]);
    expectValid(propose, G, 'jp', [{ extendPause: true }, false]);
    // Once given, a one-off concession cannot be given again.
    const reassured = edit(G, (d) => {
      d.markets.reassured = true;
      d.markets.riceOpened = true;
      d.markets.investment = 1000;
    });
    expectInvalid(propose, reassured, 'jp', [{ securityReassurance: true }, false]);
    expectInvalid(propose, reassured, 'jp', [{ riceOpening: true }, false]);
    expectInvalid(propose, reassured, 'jp', [{ investment: 50 }, false]);
  });

  it('rejects a non-boolean comprehensive flag and the wrong number of arguments', () => {
    const G = talking();
    for (const flag of [...GARBAGE.filter((v) => typeof v !== 'boolean'), 'true', 1, 0]) expectInvalid(propose, G, 'us', [AUTOS, flag]);
    expectInvalid(propose, G, 'us', []);
    expectInvalid(propose, G, 'us', [AUTOS]);
    expectInvalid(propose, G, 'us', [AUTOS, false, 'extra']);
  });

  it('allows one open proposal at a time', () => {
    const G = expectValid(propose, talking(), 'us', [AUTOS, false]);
    expectInvalid(propose, G, 'us', [{ usAutoTariff: 20 }, false]);
    expectInvalid(propose, G, 'jp', [{ usAutoTariff: 20 }, false]);
  });

  it('limits each side to the scenario’s proposals per round, counters included, and resets the count next round', () => {
    const match = advanceTo(quietMatch(), 'talks');
    const limit = scenarioById(match.G.rules.scenario).proposalsPerRound;
    expect(limit).toBeGreaterThan(1);
    for (let i = 0; i < limit; i++) {
      const id = match.G.talks.nextId;
      play(match, 'us', 'propose', { usAutoTariff: 20 - i }, false);
      play(match, 'us', 'withdraw', id);
    }
    expect(match.G.talks.made.us).toBe(limit);
    expectRefused(match, 'us', 'propose', [{ usAutoTariff: 10 }, false]);
    // Japan still has its own allowance; a counter spends it too.
    const usId = match.G.talks.nextId;
    play(match, 'jp', 'propose', { usAutoTariff: 20 }, false);
    expectRefused(match, 'us', 'counter', [usId, { usAutoTariff: 22 }, false]);
    play(match, 'us', 'reject', usId);
    for (let i = 1; i < limit; i++) {
      const id = match.G.talks.nextId;
      play(match, 'jp', 'propose', { usAutoTariff: 20 - i }, false);
      play(match, 'jp', 'withdraw', id);
    }
    expectRefused(match, 'jp', 'propose', [{ usAutoTariff: 10 }, false]);
    // Next round the allowance is whole again.
    advanceTo(match, 'talks', 2);
    expect(match.G.talks.made).toEqual({ us: 0, jp: 0 });
    play(match, 'us', 'propose', { usAutoTariff: 20 }, false);
  });

  it('a side that has left the talks cannot propose; a proposal to it reopens its talks', () => {
    const G = expectValid(endTalks, talking(), 'jp', []);
    expectInvalid(propose, G, 'jp', [AUTOS, false]);
    expect(owes(G, 'talks', 'jp')).toBe(false);
    const reopened = expectValid(propose, G, 'us', [AUTOS, false]);
    expect(reopened.talks.done.jp).toBe(false);
    expect(owes(reopened, 'talks', 'jp')).toBe(true);
  });

  it('the side that speaks second can always answer and counter, whoever finished first', () => {
    // The US proposes and leaves; Japan can still counter, which brings the US back to answer.
    const offered = expectValid(propose, talking(), 'us', [AUTOS, false]);
    const usDone = expectValid(endTalks, offered, 'us', []);
    const countered = expectValid(counter, usDone, 'jp', [offered.talks.open?.id, { usAutoTariff: 20, investment: 200 }, false]);
    expect(owes(countered, 'talks', 'us')).toBe(true);
    expectInvalid(endTalks, countered, 'us', []); // must answer first
  });
});

describe('talks: answering a proposal', () => {
  const withOffer = (comprehensive = false, terms: Terms = AUTOS): GameState =>
    expectValid(propose, talking(), 'us', [terms, comprehensive]);

  it('accept: only the receiver, only with the open id', () => {
    const G = withOffer();
    const id = G.talks.open?.id;
    expectInvalid(accept, G, 'us', [id]); // own proposal
    for (const bad of [...GARBAGE, String(id), (id ?? 0) + 1, 0]) expectInvalid(accept, G, 'jp', [bad]);
    expectInvalid(accept, G, 'jp', []);
    expectInvalid(accept, G, 'jp', [id, id]);
    expectInvalid(accept, talking(), 'jp', [1]); // nothing open
  });

  it('a non-comprehensive deal takes effect at once: tariffs change and pledges go on the board', () => {
    const terms: Terms = { usAutoTariff: 15, usBaselineTariff: 5, investment: 400, purchases: 20, noSaleRounds: 3, yenAccord: 10 };
    const G = withOffer(false, terms);
    const id = G.talks.open?.id;
    const after = expectValid(accept, G, 'jp', [id]);
    expect(after.outcome).toBeUndefined();
    expect(after.board.usAutoTariff).toBe(15);
    expect(after.board.usBaselineTariff).toBe(5);
    expect(after.board.usdjpy).toBeLessThan(G.board.usdjpy); // the yen strengthens
    expect(after.markets.investment).toBe(G.markets.investment + 400);
    expect(after.markets.purchases).toBe(G.markets.purchases + 20);
    expect(after.board.stress).toBeLessThan(G.board.stress);
    expect(after.board.trust).toBeGreaterThan(G.board.trust);
    expect(after.commitments).toEqual(
      expect.arrayContaining([
        { type: 'tariffCap', side: 'us', line: 'auto', max: 15 },
        { type: 'tariffCap', side: 'us', line: 'baseline', max: 5 },
        { type: 'noSale', side: 'jp', untilRound: G.round + 2 },
        { type: 'noYenSelling', side: 'jp' },
      ]),
    );
    expect(after.commitments).toHaveLength(4);
    expect(after.talks.open).toBeUndefined();
    expect(after.talks.deals).toEqual([{ round: G.round, proposal: G.talks.open }]);
    // Talks go on: both sides still owe their leave.
    expect(owes(after, 'talks', 'us')).toBe(true);
    expect(owes(after, 'talks', 'jp')).toBe(true);
  });

  it('a newer pledge of the same kind replaces the older one', () => {
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20, noSaleRounds: 2 }, false);
    play(match, 'jp', 'accept', 1);
    play(match, 'jp', 'propose', { usAutoTariff: 15, noSaleRounds: 5 }, false);
    play(match, 'us', 'accept', 2);
    expect(match.G.commitments).toEqual([
      { type: 'tariffCap', side: 'us', line: 'auto', max: 15 },
      { type: 'noSale', side: 'jp', untilRound: 5 },
    ]);
  });

  it('dropping the currency complaint lifts the label and its lasting push on the yen, and pledges no new label', () => {
    const labelled = edit(talking(), (d) => {
      d.markets.manipulatorLabel = true;
    });
    const proposed = expectValid(propose, labelled, 'jp', [{ dropCurrencyComplaint: true, purchases: 10 }, false]);
    const after = expectValid(accept, proposed, 'us', [proposed.talks.open?.id]);
    const params = scenarioById('2025-pause').params;
    expect(after.markets.manipulatorLabel).toBe(false);
    expect(after.board.usdjpy).toBeCloseTo(labelled.board.usdjpy - params.fx.manipulatorLabelYen);
    expect(after.commitments).toContainEqual({ type: 'noCurrencyLabel', side: 'us' });
  });

  it('a comprehensive deal ends the game with reason "deal", projected and scored', () => {
    const match = advanceTo(quietMatch(), 'talks');
    const id = match.G.talks.nextId;
    play(match, 'jp', 'propose', AUTOS, true);
    play(match, 'us', 'accept', id);
    const outcome = match.G.outcome;
    expect(outcome?.reason).toBe('deal');
    expect(outcome?.tippedBy).toBeUndefined();
    expect(outcome?.round).toBe(1);
    expect(outcome?.joint).toBeCloseTo((outcome?.scores.us.total ?? 0) + (outcome?.scores.jp.total ?? 0));
    expect(match.G.board.usAutoTariff).toBe(15);
    // No snapback: the deal ends the war before the deadline.
    expect(match.G.board.usBaselineTariff).toBe(match.G.start.usBaselineTariff);
    // Nothing more is played.
    expectRefused(match, 'us', 'endTalks', []);
    expectRefused(match, 'jp', 'endTalks', []);
    expectRefused(match, 'us', 'chooseAction', [{ type: 'standPat' }]);
  });

  it('reject: only the receiver, only the open id; the proposal is gone and nothing takes effect', () => {
    const G = withOffer();
    const id = G.talks.open?.id;
    expectInvalid(reject, G, 'us', [id]);
    for (const bad of [...GARBAGE, String(id), (id ?? 0) + 1]) expectInvalid(reject, G, 'jp', [bad]);
    expectInvalid(reject, G, 'jp', [id, 'extra']);
    const after = expectValid(reject, G, 'jp', [id]);
    expect(after.talks.open).toBeUndefined();
    expect(after.board).toEqual(G.board);
    expect(after.commitments).toEqual([]);
    expect(after.talks.deals).toEqual([]);
  });

  it('withdraw: only the proposer, only the open id', () => {
    const G = withOffer();
    const id = G.talks.open?.id;
    expectInvalid(withdraw, G, 'jp', [id]);
    for (const bad of [...GARBAGE, String(id), (id ?? 0) + 1]) expectInvalid(withdraw, G, 'us', [bad]);
    expectInvalid(withdraw, G, 'us', []);
    expect(expectValid(withdraw, G, 'us', [id]).talks.open).toBeUndefined();
  });

  it('counter: the receiver replaces the open proposal with its own; a bad counter leaves the original open', () => {
    const G = withOffer();
    const id = G.talks.open?.id;
    const after = expectValid(counter, G, 'jp', [id, { usAutoTariff: 10 }, true]);
    expect(after.talks.open).toEqual({ id: G.talks.nextId, from: 'jp', terms: { usAutoTariff: 10 }, comprehensive: true });
    expect(after.talks.made).toEqual({ us: 1, jp: 1 });
    expectInvalid(counter, G, 'us', [id, { usAutoTariff: 10 }, false]); // own proposal
    expectInvalid(counter, G, 'jp', [(id ?? 0) + 1, { usAutoTariff: 10 }, false]);
    expectInvalid(counter, G, 'jp', [String(id), { usAutoTariff: 10 }, false]);
    expectInvalid(counter, G, 'jp', [id, { usAutoTariff: 10 }]);
    expectInvalid(counter, G, 'jp', [id, { usAutoTariff: 10 }, false, 'extra']);
    for (const bad of GARBAGE) expectInvalid(counter, G, 'jp', [id, bad, false]);
    expectInvalid(counter, G, 'jp', [id, { usAutoTariff: 10 }, 'yes']);
    expectInvalid(counter, talking(), 'jp', [1, { usAutoTariff: 10 }, false]); // nothing open
  });

  it('endTalks: not while a proposal awaits your answer; allowed with your own proposal open', () => {
    const G = withOffer();
    expectInvalid(endTalks, G, 'jp', []);
    const usDone = expectValid(endTalks, G, 'us', []);
    expect(owes(usDone, 'talks', 'us')).toBe(false);
    // Japan must still answer: accept, reject, or counter (which reopens the US's talks).
    expectValid(counter, usDone, 'jp', [G.talks.open?.id, { usAutoTariff: 10 }, false]);
    expectValid(accept, usDone, 'jp', [G.talks.open?.id]);
    expectInvalid(endTalks, usDone, 'us', []);
    expectInvalid(endTalks, talking(), 'us', ['now']);
  });

  it('talks end when both sides have left; the moves step begins', () => {
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'endTalks');
    expect(match.phase).toBe('talks');
    expectRefused(match, 'us', 'propose', [AUTOS, false]);
    play(match, 'jp', 'endTalks');
    expect(match.phase).toBe('moves');
  });
});
