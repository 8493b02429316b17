// Whole games through boardgame.io's Client: the deadline and the snapback, a
// crisis, moves out of their step, and setupData.
import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { CardOnTheTable, toGameover } from '../../game';
import { isEventCardId } from '../../game/cards/events';
import { legalActions } from '../../game/legal';
import { scenarioById } from '../../game/scenarios';
import type { Action, GameState, Side } from '../../game/state';
import type { Phase } from '../../game/flow';
import type { Decision } from '../../game/headless';
import { driveToEnd, localClient, playAs, raw } from './client-driver';
import { passiveMove } from './helpers';

const withAction =
  (pick: (G: GameState, side: Side) => Action | undefined) =>
  (G: GameState, phase: Phase, side: Side): Decision => {
    const action = phase === 'moves' ? pick(G, side) : undefined;
    return action ? { move: 'chooseAction', args: [action] } : passiveMove(G, phase, side);
  };

describe('a full game through the boardgame.io Client', () => {
  it('runs to the deadline; the suspended reciprocal rate snaps back when the pause is still active', () => {
    const client = localClient();
    const start = raw(client);
    expect(start.ctx.phase).toMatch(/^(news|talks)$/);
    expect(start.G.markets.pause).toBe('active');
    const end = driveToEnd(client, passiveMove);
    const scenario = scenarioById('2025-pause');
    expect(end.ctx.gameover).toEqual(end.G.outcome && toGameover(end.G.outcome));
    expect(end.G.outcome?.reason).toBe('deadline');
    expect(end.G.outcome?.round).toBe(scenario.rounds);
    expect(end.G.round).toBe(scenario.rounds);
    expect(end.G.day).toBe(scenario.rounds * scenario.daysPerRound);
    expect(end.G.reports).toHaveLength(scenario.rounds);
    expect(end.G.history).toHaveLength(scenario.rounds);
    // Every round began with a news card, each a different card of the deck.
    const cards = end.G.reports.map((r) => r.news?.card ?? 'none');
    for (const card of cards) expect(isEventCardId(card), card).toBe(true);
    expect(new Set(cards).size).toBe(scenario.rounds);
    expect(end.G.deck).toHaveLength(scenario.events.length - scenario.rounds);
    // GAME.md: a 24% "reciprocal" rate suspended until the deadline.
    expect(scenario.reciprocalRate).toBe(24);
    expect(end.G.markets.pause).toBe('ended');
    expect(end.G.board.usBaselineTariff).toBe(24);
    // The history keeps the board as the last round left it, before the snapback.
    expect(end.G.history.at(-1)?.usBaselineTariff).toBe(start.G.board.usBaselineTariff);
    // Default answers, no proposals, standing pat: this is the match's no-war
    // path, so each side scores exactly zero, and nobody won the trade war.
    const { us, jp } = end.G.outcome?.scores ?? {};
    expect(us?.result).toBeCloseTo(us?.noWar ?? NaN, 9);
    expect(jp?.result).toBeCloseTo(jp?.noWar ?? NaN, 9);
    expect(us?.total).toBeCloseTo(0, 9);
    expect(jp?.total).toBeCloseTo(0, 9);
    expect(end.G.outcome?.winner).toBe('neither');
    expect(end.ctx.gameover).toMatchObject({ draw: true, result: 'neither' });
    // After the game nothing more is taken.
    expect(playAs(client, '0', { move: 'acknowledge', args: [] })).toBe(false);
  });

  it('no snapback when the pause was extended', () => {
    const client = localClient();
    const end = driveToEnd(
      client,
      withAction((G, side) => (side === 'us' && G.markets.pause === 'active' ? { type: 'extendPause' } : undefined)),
    );
    expect(end.G.outcome?.reason).toBe('deadline');
    expect(end.G.markets.pause).toBe('extended');
    expect(end.G.board.usBaselineTariff).toBe(end.G.start.usBaselineTariff);
  });

  it('ends in a crisis when Japan keeps dumping Treasuries; Japan tipped it and pays more', () => {
    const client = localClient();
    const biggestSale = (G: GameState, side: Side): Action | undefined =>
      side === 'jp'
        ? legalActions(G, 'jp')
            .filter((a) => a.type === 'sellTreasuries')
            .sort((a, b) => (b.type === 'sellTreasuries' ? b.amount : 0) - (a.type === 'sellTreasuries' ? a.amount : 0))[0]
        : undefined;
    const end = driveToEnd(client, withAction(biggestSale));
    const outcome = end.G.outcome;
    expect(outcome?.reason).toBe('crisis');
    expect(end.G.board.stress).toBeGreaterThanOrEqual(scenarioById('2025-pause').params.stress.crisisLevel);
    expect(outcome?.tippedBy).toBe('jp');
    expect(outcome?.round).toBeLessThan(end.G.rounds);
    expect(outcome?.scores.jp.crisis).toBeLessThan(outcome?.scores.us.crisis ?? 0);
    expect(outcome?.scores.us.crisis).toBeLessThan(0);
    expect(end.ctx.gameover).toEqual(outcome && toGameover(outcome));
  });

  it('a comprehensive deal ends the game through the Client', () => {
    const client = localClient();
    let proposed = false;
    const end = driveToEnd(client, (G, phase, side) => {
      if (phase === 'talks' && side === 'us' && !proposed) {
        proposed = true;
        return { move: 'propose', args: [{ usAutoTariff: 15, investment: 550 }, true] };
      }
      const open = G.talks.open;
      if (phase === 'talks' && open && open.from !== side) return { move: 'accept', args: [open.id] };
      return passiveMove(G, phase, side);
    });
    expect(end.G.outcome?.reason).toBe('deal');
    expect(end.G.talks.deals).toHaveLength(1);
    expect(end.G.board.usAutoTariff).toBe(15);
  });
});

describe('moves out of their step or turn change nothing', () => {
  it('refuses moves of another step, moves by a player who has finished, and bad ids', () => {
    const client = localClient();
    // Play to the talks step.
    while (raw(client).ctx.phase === 'news') {
      const state = raw(client);
      const side = state.G.news?.awaiting;
      if (!side) throw new Error('news step with nobody to answer');
      playAs(client, side === 'us' ? '0' : '1', passiveMove(state.G, 'news', side));
    }
    expect(raw(client).ctx.phase).toBe('talks');
    const settled = () => {
      // What a refused move must leave alone: G, ctx and the state id.
      const { G, ctx, _stateID } = raw(client);
      return structuredClone({ G, ctx, _stateID });
    };
    const before = settled();
    const attempts: ReadonlyArray<readonly ['0' | '1', Decision]> = [
      ['0', { move: 'chooseAction', args: [{ type: 'standPat' }] }],
      ['1', { move: 'acknowledge', args: [] }],
      ['1', { move: 'respond', args: ['verbal-warning'] }],
      ['0', { move: 'accept', args: [1] }],
      ['0', { move: 'propose', args: [{ usAutoTariff: 99 }, false] }],
      ['1', { move: 'propose', args: [{ usAutoTariff: 15 }, 'yes'] }],
    ];
    for (const [playerID, decision] of attempts) {
      expect(playAs(client, playerID, decision), decision.move).toBe(false);
      expect(settled()).toStrictEqual(before);
    }
    // The US leaves the talks; it may not talk again this round.
    expect(playAs(client, '0', { move: 'endTalks', args: [] })).toBe(true);
    expect(Object.keys(raw(client).ctx.activePlayers ?? {})).toEqual(['1']);
    const afterLeaving = settled();
    expect(playAs(client, '0', { move: 'endTalks', args: [] })).toBe(false);
    expect(playAs(client, '0', { move: 'propose', args: [{ usAutoTariff: 15 }, false] })).toBe(false);
    expect(settled()).toStrictEqual(afterLeaving);
  });
});

describe('setupData', () => {
  it('validateSetupData explains what is wrong', () => {
    const validate = CardOnTheTable.validateSetupData;
    if (!validate) throw new Error('no validateSetupData');
    expect(validate(undefined, 2)).toBeUndefined();
    expect(validate({}, 2)).toBeUndefined();
    expect(validate({ scenario: '2025-pause' }, 2)).toBeUndefined();
    expect(validate({ scenario: '1985-plaza' }, 2)).toBeUndefined();
    expect(validate({ scenario: '2025-pause' }, 3)).toMatch(/two players/);
    expect(validate({ scenario: 'moon-landing' }, 2)).toMatch(/Unknown scenario "moon-landing".*2025-pause.*1985-plaza/);
    expect(validate({ scenario: 7 } as never, 2)).toMatch(/Unknown scenario 7/);
    expect(validate({ scenario: '2025-pause', rounds: 99 } as never, 2)).toMatch(/unknown key "rounds"/);
    expect(validate('2025-pause' as never, 2)).toMatch(/must be an object/);
    expect(validate(null as never, 2)).toMatch(/must be an object/);
    expect(validate([] as never, 2)).toMatch(/must be an object/);
    expect(validate(JSON.parse('{"__proto__": {"scenario": "x"}}') as never, 2)).toMatch(/unknown key "__proto__"/);
  });

  it('setup throws a clear error for invalid setupData', () => {
    for (const setupData of [{ scenario: 'nope' }, { scenario: '2025-pause', extra: true }, 'plaza']) {
      expect(() => InitializeGame({ game: CardOnTheTable, numPlayers: 2, setupData: setupData as never })).toThrow(
        /^Invalid setupData: /,
      );
    }
  });

  it('selects the scenario: the default is 2025, and 1985 Plaza plays to its own deadline', () => {
    const byDefault = InitializeGame({ game: CardOnTheTable, numPlayers: 2 });
    expect(byDefault.G.rules.scenario).toBe('2025-pause');
    const plaza = scenarioById('1985-plaza');
    const initial = InitializeGame({ game: CardOnTheTable, numPlayers: 2, setupData: { scenario: '1985-plaza' } });
    expect(initial.G.rules.scenario).toBe(plaza.id);
    expect(initial.G.rounds).toBe(plaza.rounds);
    expect(initial.G.start).toEqual(plaza.start);

    const client = localClient('fixed', { scenario: '1985-plaza' });
    const end = driveToEnd(client, passiveMove);
    expect(end.G.rules.scenario).toBe(plaza.id);
    expect(end.G.outcome?.reason).toBe('deadline');
    expect(end.G.reports).toHaveLength(plaza.rounds);
    expect(end.G.day).toBe(plaza.rounds * plaza.daysPerRound);
    // 1985 has no suspended rate to snap back.
    expect(end.G.board.usBaselineTariff).toBe(plaza.start.usBaselineTariff);
    for (const side of ['us', 'jp'] as const) {
      for (const id of end.G.agendas[side]) expect(plaza.agendas[side]).toContain(id);
    }
  });
});
