// The round's flow as boardgame.io runs it: who speaks first, who is active
// after each move, which moves never run on a client, and the rules a match
// carries with it.
import { describe, expect, it } from 'vitest';
import type { LongFormMove } from 'boardgame.io';
import { CardOnTheTable } from '../../game';
import { copyPlain } from '../../game/copy';
import { INVALID_MOVE } from '../../game/moves/result';
import { withdraw } from '../../game/moves/talks';
import { owingSides } from '../../game/flow';
import { newHeadless, playHeadless } from '../../game/headless';
import { otherSide } from '../../game/state';
import type { GameState } from '../../game/state';
import { activePlayers, localClient, playAs, raw } from './client-driver';
import { advanceTo, initialState, passiveMove, play, playRound, quietMatch } from './helpers';

describe('talks: who speaks first', () => {
  it('is seeded in round 1 (either side, by seed) and alternates every round', () => {
    const firsts = new Set(Array.from({ length: 20 }, (_, seed) => initialState('2025-pause', seed).talks.first));
    expect(firsts).toEqual(new Set(['us', 'jp']));
    const match = quietMatch('2025-pause', 4);
    const first = match.G.talks.first;
    for (let round = 1; round <= 4; round++) {
      advanceTo(match, 'talks', round);
      expect(match.G.talks.first).toBe(round % 2 === 1 ? first : otherSide(first));
      expect(owingSides(match.G, 'talks')[0]).toBe(match.G.talks.first);
      playRound(match, [{ type: 'standPat' }], [{ type: 'standPat' }]);
    }
  });
});

describe('boardgame.io glue', () => {
  it('active players are recomputed after every move: a proposal brings back a side that had left the talks', () => {
    const client = localClient();
    for (let i = 0; i < 10 && raw(client).ctx.phase !== 'talks'; i++) {
      const [playerID] = activePlayers(raw(client).ctx);
      if (!playerID) break;
      playAs(client, playerID, passiveMove(raw(client).G, 'news', playerID === '0' ? 'us' : 'jp'));
    }
    expect(raw(client).ctx.phase).toBe('talks');
    expect(playAs(client, '1', { move: 'endTalks', args: [] })).toBe(true);
    expect(activePlayers(raw(client).ctx)).toEqual(['0']);
    expect(playAs(client, '0', { move: 'propose', args: [{ usAutoTariff: 20, investment: 100 }, false] })).toBe(true);
    expect(activePlayers(raw(client).ctx).sort()).toEqual(['0', '1']);
    // Japan is back in the talks until it leaves them again.
    expect(playAs(client, '1', { move: 'reject', args: [1] })).toBe(true);
    expect(activePlayers(raw(client).ctx).sort()).toEqual(['0', '1']);
    expect(playAs(client, '1', { move: 'endTalks', args: [] })).toBe(true);
    expect(activePlayers(raw(client).ctx)).toEqual(['0']);
  });

  it('a side that owes nothing cannot move, even when the rule alone would let it (boardgame.io may not stop it)', () => {
    // The US proposes, then leaves the talks with its proposal still open.
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20, investment: 100 }, false);
    play(match, 'us', 'endTalks');
    const G = match.G;
    expect(owingSides(G, 'talks')).toEqual(['jp']);
    const id = G.talks.open?.id;
    // The withdraw rule itself accepts it: only the proposer is checked ...
    expect(withdraw(copyPlain(G), 'us', [id])).toBeUndefined();
    // ... but the move boardgame.io runs refuses a side that owes nothing.
    const move = CardOnTheTable.phases?.talks?.moves?.withdraw;
    if (!move || typeof move === 'function') throw new Error('withdraw is not a long-form move');
    const events = { setActivePlayers: () => undefined };
    const context = { G: copyPlain(G), playerID: '0', events } as unknown as Parameters<typeof move.move>[0];
    expect(move.move(context, id)).toBe(INVALID_MOVE);
  });

  it('moves that read secrets or can end the game never run on a client; the secret one is redacted', () => {
    const moveConfig = (phase: string, name: string): LongFormMove<GameState> => {
      const move = CardOnTheTable.phases?.[phase]?.moves?.[name];
      if (!move || typeof move === 'function') throw new Error(`${phase}.${name} is not a long-form move`);
      return move as LongFormMove<GameState>;
    };
    for (const [phase, name] of [
      ['moves', 'chooseAction'],
      ['talks', 'accept'],
      ['news', 'respond'],
      ['review', 'acknowledge'],
    ] as const) {
      expect(moveConfig(phase, name).client, name).toBe(false);
    }
    expect(moveConfig('moves', 'chooseAction').redact).toBe(true);
    expect(moveConfig('talks', 'propose').redact).toBeFalsy();
    for (const phase of ['news', 'talks', 'moves', 'review']) {
      for (const name of Object.keys(CardOnTheTable.phases?.[phase]?.moves ?? {})) {
        expect(moveConfig(phase, name).ignoreStaleStateID, `${phase}.${name}`).toBe(true);
      }
    }
  });
});

describe('a match carries its rules', () => {
  const saleYieldMove = (G: GameState): number => {
    const match = newHeadless(G);
    advanceTo(match, 'moves');
    const before = match.G.board.yield10y;
    play(match, 'us', 'chooseAction', { type: 'standPat' });
    play(match, 'jp', 'chooseAction', { type: 'sellTreasuries', amount: 50 });
    return match.G.board.yield10y - before;
  };

  it('it resolves with the parameters it began with, not today’s parameter file', () => {
    const G = quietMatch().G;
    const normal = saleYieldMove(initialState());
    const params = G.rules.params;
    const retuned: GameState = {
      ...initialState(),
      rules: { ...G.rules, params: { ...params, treasurySales: { ...params.treasurySales, bpPerBillion: params.treasurySales.bpPerBillion * 2 } } },
    };
    expect(saleYieldMove(retuned)).toBeGreaterThan(normal * 1.5);
  });

  it('a match whose scenario no longer exists plays on to the end', () => {
    const G = initialState();
    const orphan: GameState = { ...G, rules: { ...G.rules, scenario: 'a-scenario-since-removed' } };
    const end = playHeadless(newHeadless(orphan), { us: passiveMove, jp: passiveMove });
    expect(end.outcome?.reason).toBe('deadline');
  });
});
