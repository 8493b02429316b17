// Solo: the bot is asked with its own player view only (STACK.md trap 19), and
// a match against it runs to the end through the Local master.
import { describe, expect, it } from 'vitest';
import { enumerateMoves } from '../../../game/ai';
import { PHASES } from '../../../game/flow';
import type { GameState } from '../../../game/state';
import type { BotNote } from '../../../src/client/board/types';
import type { BotAnswer, BotAsk } from '../../../src/client/modes/solo/bot-protocol';
import type { BotWorker } from '../../../src/client/modes/solo/solo-match';
import { startSoloMatch } from '../../../src/client/modes/solo/solo-match';
import { botDecision } from '../../../src/bot/worker';

/** A worker that answers in-process, like bot.worker.ts, and keeps what it was asked. */
const fakeWorker = (asks: BotAsk[]): BotWorker => {
  const worker: BotWorker = {
    onmessage: null,
    postMessage: (ask: BotAsk) => {
      asks.push(structuredClone(ask));
      const decision = botDecision({ view: ask.view, playerID: ask.playerID, phase: ask.phase, level: ask.level, seed: ask.seed, budget: 40 });
      const answer: BotAnswer = { id: ask.id, move: decision.move, args: decision.args, why: decision.why };
      setTimeout(() => worker.onmessage?.({ data: answer } as MessageEvent<BotAnswer>), 0);
    },
    terminate: () => undefined,
  };
  return worker;
};

const until = async (done: () => boolean, ms: number): Promise<void> => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('solo match', () => {
  it('asks the bot with its own view only, and plays to the end', async () => {
    const asks: BotAsk[] = [];
    const notes: BotNote[] = [];
    const match = startSoloMatch({ side: 'us', level: 'easy', scenario: undefined, worker: () => fakeWorker(asks), onNote: (n) => notes.push(n) });
    let movedAt = -1;
    try {
      // The human (the US) plays the first legal move of each step.
      await until(() => {
        const state = match.human.getState();
        if (!state) return false;
        if (state.ctx.gameover !== undefined) return true;
        if (state._stateID === movedAt) return false; // one move per state
        const phase = PHASES.find((p) => p === state.ctx.phase);
        // Never accept: a deal would end the match in round 1, before the bot has much to say.
        const next = phase ? enumerateMoves(state.G, phase, 'us').find((m) => m.move !== 'accept') : undefined;
        if (next) {
          movedAt = state._stateID;
          match.human.moves[next.move]?.(...next.args);
        }
        return false;
      }, 50_000);
    } finally {
      match.stop();
    }
    expect(asks.length).toBeGreaterThan(9);
    // Every kind of decision comes with its reason and round, not only the policy move.
    const kinds = new Set(notes.map((n) => n.move));
    expect(kinds.has('chooseAction')).toBe(true);
    expect([...kinds].some((m) => ['propose', 'counter', 'accept', 'reject', 'endTalks'].includes(m))).toBe(true);
    for (const note of notes) {
      expect(note.why.en.length).toBeGreaterThan(0);
      expect(note.why.ja.length).toBeGreaterThan(0);
      expect(note.round).toBeGreaterThanOrEqual(1);
    }
    for (const ask of asks) {
      const view: GameState = ask.view;
      expect(ask.playerID).toBe('1');
      if (view.outcome) continue;
      expect(view.deck).toEqual([]);
      expect(view.agendas.us).toEqual([]);
      expect(view.pending.us).toBeUndefined();
      expect(view.noWar).toBeUndefined();
    }
  });
});
