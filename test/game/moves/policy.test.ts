// Moves step: choosing a secret action and signal, what Approval and the board
// allow, how the round resolves, pledges broken, and threats kept or not.
import { describe, expect, it } from 'vitest';
import { approvalCost } from '../../../game/actions';
import { owes } from '../../../game/flow';
import { actionProblem, legalActions, legalSignals } from '../../../game/legal';
import { chooseAction } from '../../../game/moves/policy';
import { scenarioById } from '../../../game/scenarios';
import type { Action, Commitment, GameState, JpAction, Side, Signal, UsAction } from '../../../game/state';
import { newHeadless } from '../../../game/headless';
import type { HeadlessMatch } from '../../../game/headless';
import {
  GARBAGE,
  advanceTo,
  credibility,
  edit,
  expectInvalid,
  expectRefused,
  expectValid,
  play,
  playRound,
  quietDeck,
  quietMatch,
  withDeck,
  initialState,
} from '../helpers';

const choosing = (scenario = '2025-pause'): GameState => advanceTo(quietMatch(scenario), 'moves').G;
const params = scenarioById('2025-pause').params;

const STAND: UsAction = { type: 'standPat' };
const US_THREAT: Signal = { trigger: 'sellTreasuries', response: 'raiseTariff' };
const RAISE_BASELINE_5: UsAction = { type: 'raiseTariff', line: 'baseline', step: 5 };
const SELL_25: JpAction = { type: 'sellTreasuries', amount: 25 };

describe('moves: chooseAction', () => {
  it('records the action and signal as the side’s pending choice', () => {
    const G = choosing();
    const after = expectValid(chooseAction, G, 'us', [RAISE_BASELINE_5, US_THREAT]);
    expect(after.pending.us).toEqual({ action: RAISE_BASELINE_5, signal: US_THREAT });
    expect(after.pending.jp).toBeUndefined();
    expect(after.board).toEqual(G.board); // nothing happens before both have chosen
    const jp = expectValid(chooseAction, G, 'jp', [SELL_25]);
    expect(jp.pending.jp).toEqual({ action: SELL_25, signal: undefined });
  });

  it('accepts every legal action and every legal signal', () => {
    const G = choosing();
    for (const side of ['us', 'jp'] as const) {
      const actions = legalActions(G, side);
      expect(actions.length).toBeGreaterThan(5);
      for (const action of actions) expectValid(chooseAction, G, side, [action]);
      for (const signal of legalSignals(side)) expectValid(chooseAction, G, side, [{ type: 'standPat' }, signal]);
    }
  });

  it('copies the action: the pending choice keeps no reference to the caller’s object', () => {
    const action = { type: 'raiseTariff', line: 'auto', step: 5 };
    const after = expectValid(chooseAction, choosing(), 'us', [action]);
    action.step = 25;
    expect(after.pending.us?.action).toEqual({ type: 'raiseTariff', line: 'auto', step: 5 });
  });

  it('rejects malformed actions', () => {
    const G = choosing();
    const badUs: unknown[] = [
      ...GARBAGE,
      {},
      { type: 'nuke' },
      { type: 'sellTreasuries', amount: 25 }, // Japan's action
      { type: 'standPat', extra: 1 },
      { type: 'raiseTariff', line: 'baseline' },
      { type: 'raiseTariff', line: 'baseline', step: 7 },
      { type: 'raiseTariff', line: 'baseline', step: '5' },
      { type: 'raiseTariff', line: 'baseline', step: Number.NaN },
      { type: 'raiseTariff', line: 'baseline', step: Number.POSITIVE_INFINITY },
      { type: 'raiseTariff', line: 'baseline', step: -5 },
      { type: 'raiseTariff', line: 'baseline', step: 1e308 },
      { type: 'raiseTariff', line: 'steel', step: 5 },
      { type: 'pressSecurity', level: 3 },
      { type: 'pressSecurity', level: 1.5 },
      JSON.parse('{"type": "standPat", "__proto__": {}}') as unknown,
      JSON.parse('{"__proto__": {"type": "standPat"}}') as unknown,
      Object.create({ type: 'standPat' }) as unknown,
      ['standPat'],
    ];
    for (const action of badUs) expectInvalid(chooseAction, G, 'us', [action]);
    const badJp: unknown[] = [
      ...GARBAGE,
      { type: 'raiseTariff', line: 'baseline', step: 5 }, // the US's action
      { type: 'sellTreasuries', amount: 30 },
      { type: 'sellTreasuries', amount: '25' },
      { type: 'sellTreasuries', amount: -25 },
      { type: 'sellTreasuries', amount: Number.NaN },
      { type: 'sellTreasuries', amount: 25, tranche: 2 },
      { type: 'intervene', direction: 'buyDollars', amount: 20 },
      { type: 'intervene', direction: 'buyYen' },
      { type: 'hedgeChina', level: 0 },
      JSON.parse('{"type": "sellTreasuries", "amount": 25, "__proto__": {"amount": 25}}') as unknown,
    ];
    for (const action of badJp) expectInvalid(chooseAction, G, 'jp', [action]);
  });

  it('rejects malformed signals and the wrong number of arguments', () => {
    const G = choosing();
    const badSignals: unknown[] = [
      ...GARBAGE.filter((v) => v !== undefined && v !== null),
      {},
      { trigger: 'sellTreasuries' },
      { trigger: 'sellTreasuries', response: 'raiseTariff', extra: 1 },
      { trigger: 'standPat', response: 'raiseTariff' },
      { trigger: 'sellTreasuries', response: 'standPat' },
      { trigger: 'raiseTariff', response: 'raiseTariff' }, // trigger must be the opponent's action
      { trigger: 'sellTreasuries', response: 'sellTreasuries' }, // response must be one's own
      JSON.parse('{"trigger": "sellTreasuries", "response": "raiseTariff", "__proto__": {}}') as unknown,
    ];
    for (const signal of badSignals) expectInvalid(chooseAction, G, 'us', [STAND, signal]);
    expectInvalid(chooseAction, G, 'us', []);
    expectInvalid(chooseAction, G, 'us', [STAND, US_THREAT, 'extra']);
  });

  it('takes a null signal as none: over the network an undefined argument arrives as null', () => {
    const after = expectValid(chooseAction, choosing(), 'us', [STAND, null]);
    expect(after.pending.us).toEqual({ action: STAND, signal: undefined });
  });

  it('rejects a second choice, and a choice from a side that has chosen', () => {
    const match = advanceTo(quietMatch(), 'moves');
    play(match, 'us', 'chooseAction', STAND);
    expectInvalid(chooseAction, match.G, 'us', [RAISE_BASELINE_5]);
    expectRefused(match, 'us', 'chooseAction', [RAISE_BASELINE_5]);
    expect(owes(match.G, 'moves', 'us')).toBe(false);
    expect(owes(match.G, 'moves', 'jp')).toBe(true);
  });

  it('is not taken outside the moves step', () => {
    const match = advanceTo(quietMatch(), 'talks');
    expectRefused(match, 'us', 'chooseAction', [STAND]);
    play(match, 'us', 'endTalks');
    play(match, 'jp', 'endTalks');
    play(match, 'us', 'chooseAction', STAND);
    play(match, 'jp', 'chooseAction', STAND);
    expect(match.phase).toBe('review');
    expectRefused(match, 'us', 'chooseAction', [STAND]);
    expectRefused(match, 'jp', 'chooseAction', [STAND]);
  });
});

describe('moves: what Approval and the board allow', () => {
  const bold: ReadonlyArray<readonly [Side, Action]> = [
    ['us', { type: 'raiseTariff', line: 'auto', step: 25 }],
    ['us', { type: 'endPause' }],
    ['jp', { type: 'sellTreasuries', amount: 200 }],
    ['jp', { type: 'retaliate', step: 25 }],
  ];

  for (const [side, action] of bold) {
    it(`${side} ${action.type}: too little Approval rejects it, just enough allows it`, () => {
      const cost = approvalCost(side, action, params);
      expect(cost).toBeGreaterThan(0);
      const key = side === 'us' ? 'usApproval' : 'jpApproval';
      const poor = edit(choosing(), (d) => {
        d.board[key] = cost - 0.01;
      });
      expectInvalid(chooseAction, poor, side, [action]);
      expect(legalActions(poor, side)).not.toContainEqual(action);
      expectValid(chooseAction, poor, side, [{ type: 'standPat' }]); // standing pat is always free
      const enough = edit(poor, (d) => {
        d.board[key] = cost;
      });
      expectValid(chooseAction, enough, side, [action]);
    });
  }

  it('spends the action’s Approval when the round resolves', () => {
    // Compare the same round with and without the bold move: the mover ends lower.
    const run = (jp: JpAction) => {
      const match = advanceTo(quietMatch(), 'moves');
      play(match, 'us', 'chooseAction', STAND);
      play(match, 'jp', 'chooseAction', jp);
      return match.G;
    };
    expect(run({ type: 'hedgeChina', level: 2 }).board.jpApproval).toBeLessThan(run({ type: 'standPat' }).board.jpApproval);
  });

  it('refuses what the board does not allow', () => {
    const G = choosing();
    const maxed = edit(G, (d) => {
      d.board.usBaselineTariff = params.tariffs.maxUs - 4;
      d.board.usAutoTariff = 4;
      d.board.jpRetaliatoryTariff = params.tariffs.maxJp - 4;
      d.board.holdings = 24;
      d.board.reserves = 19;
      d.markets.chinaHedge = 3;
      d.markets.manipulatorLabel = true;
      d.markets.pause = 'extended';
    });
    const refused: ReadonlyArray<readonly [Side, Action]> = [
      ['us', { type: 'raiseTariff', line: 'baseline', step: 5 }],
      ['us', { type: 'cutTariff', line: 'auto', step: 5 }],
      ['us', { type: 'endPause' }],
      ['us', { type: 'extendPause' }],
      ['us', { type: 'labelManipulator' }],
      ['jp', { type: 'retaliate', step: 5 }],
      ['jp', { type: 'sellTreasuries', amount: 25 }],
      ['jp', { type: 'buyTreasuries', amount: 25 }],
      ['jp', { type: 'intervene', direction: 'buyYen', amount: 20 }],
      ['jp', { type: 'hedgeChina', level: 2 }],
    ];
    for (const [side, action] of refused) {
      expect(actionProblem(maxed, side, action), JSON.stringify(action)).toBeDefined();
      expect(actionProblem(G, side, action), JSON.stringify(action)).toBeUndefined();
      expectInvalid(chooseAction, maxed, side, [action]);
    }
    // Selling yen needs no reserves; one more hedge level still fits.
    expectValid(chooseAction, maxed, 'jp', [{ type: 'intervene', direction: 'sellYen', amount: 80 }]);
    expectValid(chooseAction, maxed, 'jp', [{ type: 'hedgeChina', level: 1 }]);
  });

  it('the pause can be extended once', () => {
    const match = advanceTo(quietMatch(), 'moves');
    playRound(match, [{ type: 'extendPause' }], [{ type: 'standPat' }]);
    expect(match.G.markets.pause).toBe('extended');
    advanceTo(match, 'moves', 2);
    expectRefused(match, 'us', 'chooseAction', [{ type: 'extendPause' }]);
    expectRefused(match, 'us', 'chooseAction', [{ type: 'endPause' }]);
  });
});

describe('moves: resolution', () => {
  it('reveals both choices in the round report and applies them to the board', () => {
    const match = advanceTo(quietMatch(), 'moves');
    const before = structuredClone(match.G);
    playRound(match, [RAISE_BASELINE_5, US_THREAT], [SELL_25]);
    expect(match.phase).toBe('review');
    expect(match.G.reports).toHaveLength(1);
    expect(match.G.reports[0]?.choices).toEqual({
      us: { action: RAISE_BASELINE_5, signal: US_THREAT },
      jp: { action: SELL_25, signal: undefined },
    });
    expect(match.G.pending).toEqual({ us: undefined, jp: undefined });
    expect(match.G.board.usBaselineTariff).toBe(before.board.usBaselineTariff + 5);
    expect(match.G.board.holdings).toBe(before.board.holdings - 25);
    expect(match.G.board.yield10y).toBeGreaterThan(before.board.yield10y);
    expect(match.G.history).toEqual([match.G.board]);
    expect(match.G.day).toBe(scenarioById(match.G.rules.scenario).daysPerRound);
    expect(match.G.signals.us).toEqual([{ ...US_THREAT, madeRound: 1, dueRound: undefined, repeats: 0 }]);
  });

  it('a sale that pushes Stress to 100 ends the game in a crisis tipped by Japan, who pays more', () => {
    const G = edit(choosing(), (d) => {
      d.board.stress = 95;
    });
    const match: HeadlessMatch = { G: structuredClone(G) as HeadlessMatch['G'], phase: 'moves' };
    play(match, 'us', 'chooseAction', STAND);
    play(match, 'jp', 'chooseAction', { type: 'sellTreasuries', amount: 200 });
    const outcome = match.G.outcome;
    expect(outcome?.reason).toBe('crisis');
    expect(match.G.board.stress).toBeGreaterThanOrEqual(params.stress.crisisLevel);
    expect(outcome?.tippedBy).toBe('jp');
    expect(outcome?.scores.us.crisis).toBeLessThan(0);
    expect(outcome?.scores.jp.crisis).toBeLessThan(outcome?.scores.us.crisis ?? 0);
    expectRefused(match, 'us', 'acknowledge', []);
  });
});

describe('moves: breaking a pledge', () => {
  /** Two matches alike but for one pledge on the board; both sides then play the same round. */
  const compare = (pledge: Commitment, us: UsAction, jp: JpAction) => {
    const run = (commitments: Commitment[]) => {
      const match = newHeadless(
        edit(withDeck(initialState(), quietDeck()), (d) => {
          d.commitments = commitments;
        }),
      );
      playRound(match, [us], [jp]);
      return match.G;
    };
    return { pledged: run([pledge]), free: run([]) };
  };

  it('selling Treasuries under a no-sale pledge costs Japan Credibility, Trust and Stress', () => {
    const pledge: Commitment = { type: 'noSale', side: 'jp', untilRound: 3 };
    const { pledged, free } = compare(pledge, STAND, SELL_25);
    expect(pledged.reports[0]?.breaches).toEqual([pledge]);
    expect(free.reports[0]?.breaches).toEqual([]);
    expect(pledged.board.jpCredibility).toBeLessThan(free.board.jpCredibility);
    expect(pledged.board.usCredibility).toBe(free.board.usCredibility);
    expect(pledged.board.trust).toBeLessThan(free.board.trust);
    expect(pledged.board.stress).toBeGreaterThan(free.board.stress);
    expect(pledged.commitments).toEqual([]); // a broken pledge is gone
  });

  it('raising a capped tariff costs the US Credibility, Trust and Stress', () => {
    const pledge: Commitment = { type: 'tariffCap', side: 'us', line: 'baseline', max: 10 };
    const { pledged, free } = compare(pledge, RAISE_BASELINE_5, { type: 'standPat' });
    expect(pledged.reports[0]?.breaches).toEqual([pledge]);
    // The breach's Stress is charged to the breaker, for a crisis's blame.
    expect((pledged.reports[0]?.stressBy.us ?? 0) - (free.reports[0]?.stressBy.us ?? 0)).toBeCloseTo(params.stress.breach);
    expect(pledged.board.usCredibility).toBeLessThan(free.board.usCredibility);
    expect(pledged.board.trust).toBeLessThan(free.board.trust);
    expect(pledged.board.stress).toBeGreaterThan(free.board.stress);
  });

  it('raising a capped tariff that stays within its cap breaks nothing', () => {
    const pledge: Commitment = { type: 'tariffCap', side: 'us', line: 'baseline', max: 15 };
    const { pledged } = compare(pledge, RAISE_BASELINE_5, { type: 'standPat' });
    expect(pledged.reports[0]?.breaches).toEqual([]);
    expect(pledged.commitments).toEqual([pledge]);
  });

  it('selling yen after a yen accord, and labelling after dropping the complaint, are breaches', () => {
    const yen = compare({ type: 'noYenSelling', side: 'jp' }, STAND, { type: 'intervene', direction: 'sellYen', amount: 20 });
    expect(yen.pledged.reports[0]?.breaches).toHaveLength(1);
    expect(yen.pledged.board.jpCredibility).toBeLessThan(yen.free.board.jpCredibility);
    const label = compare({ type: 'noCurrencyLabel', side: 'us' }, { type: 'labelManipulator' }, { type: 'standPat' });
    expect(label.pledged.reports[0]?.breaches).toHaveLength(1);
    expect(label.pledged.board.usCredibility).toBeLessThan(label.free.board.usCredibility);
  });

  it('keeping a pledge costs nothing; a no-sale pledge expires after its last round', () => {
    const pledge: Commitment = { type: 'noSale', side: 'jp', untilRound: 1 };
    const kept = compare(pledge, STAND, { type: 'buyTreasuries', amount: 25 });
    expect(kept.pledged.reports[0]?.breaches).toEqual([]);
    expect(kept.pledged.board).toEqual(kept.free.board);
    expect(kept.pledged.commitments).toEqual([]); // expired at the end of round 1
    // In round 2 the same sale breaks nothing.
    const match = newHeadless(
      edit(withDeck(initialState(), quietDeck()), (d) => {
        d.commitments = [pledge];
      }),
    );
    playRound(match, [STAND], [STAND]);
    playRound(match, [STAND], [SELL_25]);
    expect(match.G.reports[1]?.breaches).toEqual([]);
  });

  it('a pledge made in talks is enforced in the same round’s moves', () => {
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20, noSaleRounds: 1 }, false);
    play(match, 'jp', 'accept', 1);
    playRound(match, [STAND], [SELL_25]);
    expect(match.G.reports[0]?.breaches).toEqual([{ type: 'noSale', side: 'jp', untilRound: 1 }]);
  });
});

describe('moves: signals', () => {
  /** Round 1: the US posts its threat. Round 2: Japan triggers it. Then `round3` for the US. */
  const threatTriggered = (round2Us: UsAction, round2UsSignal?: Signal) => {
    const match = quietMatch();
    playRound(match, [STAND, US_THREAT], [STAND]);
    playRound(match, round2UsSignal ? [round2Us, round2UsSignal] : [round2Us], [SELL_25]);
    return match;
  };

  it('a threat carried out in the round after its trigger gains Credibility', () => {
    const match = threatTriggered(STAND);
    expect(match.G.signals.us[0]?.dueRound).toBe(3);
    const before = credibility(match.G, 'us');
    playRound(match, [RAISE_BASELINE_5], [STAND]);
    expect(match.G.reports[2]?.signalsKept).toEqual(['us']);
    expect(credibility(match.G, 'us')).toBeGreaterThan(before);
    expect(match.G.signals.us).toEqual([]);
  });

  it('the promised action chosen in the same round as the trigger does not count: it was chosen blind', () => {
    const match = quietMatch();
    playRound(match, [STAND, US_THREAT], [STAND]);
    const before = credibility(match.G, 'us');
    playRound(match, [RAISE_BASELINE_5], [SELL_25]);
    expect(match.G.reports[1]?.signalsKept).toEqual([]);
    expect(credibility(match.G, 'us')).toBe(before);
    // It is now owed: the response must come in the round after the trigger was revealed.
    expect(match.G.signals.us[0]?.dueRound).toBe(3);
    playRound(match, [STAND], [STAND]);
    expect(match.G.reports[2]?.signalsBroken).toEqual(['us']);
  });

  it('each re-posting of an untested threat moves the markets less; testing it resets the count', () => {
    const match = quietMatch();
    const approvalHit: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const before = match.G.board.jpApproval;
      // Credibility is held fixed, so only the re-posting can change the threat's force.
      match.G.board.usCredibility = 60;
      playRound(match, [STAND, US_THREAT], [STAND]);
      advanceTo(match, 'review');
      approvalHit.push(before - match.G.board.jpApproval);
      expect(match.G.signals.us.at(-1)?.repeats).toBe(round - 1);
    }
    // The threat's own push on Japan's Approval halves each time (the market drift is the same each round).
    expect(approvalHit[0]).toBeGreaterThan(approvalHit[1] ?? Infinity);
    expect(approvalHit[1]).toBeGreaterThan(approvalHit[2] ?? Infinity);
  });

  it('a threat whose trigger happens and is not followed through within a round loses Credibility', () => {
    const match = threatTriggered(STAND);
    const before = credibility(match.G, 'us');
    playRound(match, [STAND], [STAND]);
    expect(match.G.reports[2]?.signalsBroken).toEqual(['us']);
    expect(credibility(match.G, 'us')).toBeLessThan(before);
    expect(match.G.signals.us).toEqual([]);
  });

  it('a trigger in the round the threat is made does not count', () => {
    const match = quietMatch();
    playRound(match, [STAND, US_THREAT], [SELL_25]);
    expect(match.G.signals.us[0]?.dueRound).toBeUndefined();
    playRound(match, [STAND], [STAND]);
    playRound(match, [STAND], [STAND]);
    expect(match.G.reports.flatMap((r) => r.signalsBroken)).toEqual([]);
  });

  it('a threat never triggered costs nothing and lapses', () => {
    const match = quietMatch();
    playRound(match, [STAND, US_THREAT], [STAND]);
    const before = credibility(match.G, 'us');
    for (let i = 0; i < params.credibility.signalLifetime; i++) playRound(match, [STAND], [STAND]);
    expect(match.G.signals.us).toEqual([]);
    expect(credibility(match.G, 'us')).toBe(before);
  });

  it('Japan’s threats are settled the same way', () => {
    const match = quietMatch();
    playRound(match, [STAND], [STAND, { trigger: 'raiseTariff', response: 'retaliate' }]);
    playRound(match, [RAISE_BASELINE_5], [STAND]);
    const before = credibility(match.G, 'jp');
    playRound(match, [STAND], [STAND]);
    expect(match.G.reports[2]?.signalsBroken).toEqual(['jp']);
    expect(credibility(match.G, 'jp')).toBeLessThan(before);
  });

  it('a triggered threat cannot be escaped by posting a new signal', () => {
    const match = threatTriggered(STAND, US_THREAT);
    expect(match.G.signals.us.map((s) => s.dueRound)).toEqual([3, undefined]);
    const before = credibility(match.G, 'us');
    playRound(match, [STAND], [STAND]);
    expect(match.G.reports[2]?.signalsBroken).toEqual(['us']);
    expect(credibility(match.G, 'us')).toBeLessThan(before);
  });

  it('a new signal replaces an untriggered one', () => {
    const match = quietMatch();
    const other: Signal = { trigger: 'retaliate', response: 'labelManipulator' };
    playRound(match, [STAND, US_THREAT], [STAND]);
    playRound(match, [STAND, other], [STAND]);
    // Another threat over an untested one is a re-posting: it carries less force.
    expect(match.G.signals.us).toEqual([{ ...other, madeRound: 2, dueRound: undefined, repeats: 1 }]);
  });
});
