// boardgame.io's bots play through ai.enumerate: RandomBot plays whole games,
// every enumerated move is accepted, and MCTSBot can make a move.
import { MCTSBot, RandomBot, Step } from 'boardgame.io/ai';
import type { Ctx } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { CardOnTheTable, toGameover } from '../../game';
import { applyHeadless, resumeHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { isPlayerID, sideOf } from '../../game/state';
import type { GameState } from '../../game/state';
import { activePlayers, driveToEnd, localClient, phaseOf, playAs, raw } from './client-driver';
import { passiveMove } from '../../game/no-war';

type Enumerated = { move: string; args?: unknown[] };

const enumerate = (G: GameState, ctx: Ctx, playerID: string): Enumerated[] => {
  const list = CardOnTheTable.ai?.enumerate(G, ctx, playerID) ?? [];
  return list.map((item) => {
    if (!('move' in item)) throw new Error('enumerate returned an action, not a move');
    return { move: item.move, args: item.args as unknown[] | undefined };
  });
};

describe('boardgame.io bots', () => {
  for (const seed of ['bot-1', 'bot-2', 'bot-3']) {
    it(`RandomBot plays a complete game (${seed}), and every move it is offered is accepted`, async () => {
      const client = localClient(seed);
      const bot = new RandomBot({ enumerate: CardOnTheTable.ai?.enumerate ?? (() => []), seed });
      let steps = 0;
      for (; raw(client).ctx.gameover === undefined && steps < 2000; steps++) {
        const state = raw(client);
        const active = activePlayers(state.ctx);
        expect(active.length).toBeGreaterThan(0);
        // Every move offered to an active player is accepted, both headless and by boardgame.io.
        for (const playerID of active) {
          const moves = enumerate(state.G, state.ctx, playerID);
          expect(moves.length).toBeGreaterThan(0);
          for (const m of moves) {
            const trial: HeadlessMatch = resumeHeadless(state.G, phaseOf(state.ctx));
            expect(applyHeadless(trial, sideOf(playerID), { move: m.move, args: m.args ?? [] }), m.move).toBe(true);
          }
        }
        // A sample through boardgame.io itself, on a copy of the match.
        const [first] = active;
        if (first !== undefined && steps % 7 === 0) {
          for (const m of enumerate(state.G, state.ctx, first).slice(0, 3)) {
            const copy = localClient(seed);
            // boardgame.io's states are immutable: the copy may share this one.
            copy.store.dispatch({ type: 'SYNC', state } as unknown as Parameters<typeof copy.store.dispatch>[0]);
            expect(raw(copy).G).toBe(state.G);
            expect(playAs(copy, first, { move: m.move, args: m.args ?? [] }), m.move).toBe(true);
          }
        }
        const before = state._stateID;
        await Step(client, bot);
        expect(raw(client)._stateID).toBeGreaterThan(before);
      }
      const end = raw(client);
      expect(end.ctx.gameover).toBeDefined();
      expect(end.ctx.gameover).toEqual(end.G.outcome && toGameover(end.G.outcome));
      expect(end.G.round).toBeLessThanOrEqual(end.G.rounds);
    });
  }

  it('enumerate lists nothing for a player who owes nothing or for a spectator', () => {
    const client = localClient('bot-4');
    const state = raw(client);
    const active = new Set(activePlayers(state.ctx));
    for (const playerID of ['0', '1']) {
      if (!isPlayerID(playerID)) continue;
      expect(enumerate(state.G, state.ctx, playerID).length > 0).toBe(active.has(playerID));
    }
    expect(enumerate(state.G, state.ctx, 'spectator')).toEqual([]);
  });

  it('enumerate lists nothing once the game is over (boardgame.io then has no phase)', () => {
    const client = localClient('bot-5');
    const end = driveToEnd(client, (G, phase, side) => {
      const open = G.talks.open;
      if (phase === 'talks' && open && open.from !== side) return { move: 'accept', args: [open.id] };
      if (phase === 'talks' && !open && side === 'us') return { move: 'propose', args: [{ investment: 100 }, true] };
      return passiveMove(G, phase, side);
    });
    expect(end.ctx.gameover).toBeDefined();
    for (const playerID of ['0', '1']) expect(enumerate(end.G, end.ctx, playerID)).toEqual([]);
  });

  it('MCTSBot makes an accepted move (on the full state: it is not a fair opponent, STACK.md trap 11)', async () => {
    const client = localClient('mcts');
    const bot = new MCTSBot({
      game: CardOnTheTable,
      enumerate: CardOnTheTable.ai?.enumerate ?? (() => []),
      seed: 'mcts',
      iterations: 20,
      playoutDepth: 8,
    });
    for (let i = 0; i < 4 && raw(client).ctx.gameover === undefined; i++) {
      const before = raw(client)._stateID;
      await Step(client, bot);
      expect(raw(client)._stateID).toBeGreaterThan(before);
    }
  });
});
