// Bot notes (issue 8): which reasons are posted at once, which are held until
// the round is revealed, and what a held note becomes once it is.
import { describe, expect, it } from 'vitest';
import { advanceTo, playRound, quietMatch } from '../game/helpers';
import { botNote, revealed, settleNotes } from '../../src/server/bot-notes';
import { tableOf } from '../../src/server/table';
import type { GameState } from '../../game/state';

const WHY = { en: 'I sold $50B because you raised the auto tariff twice.', ja: '自動車関税を二度引き上げたので、50兆円を売った。' };
const EMPTY = tableOf(undefined);
const STAND_PAT = [{ type: 'standPat' }];

describe('bot notes', () => {
  // Round 1's moves step, nobody has chosen yet (a copy: the headless engine changes its match in place).
  const G1 = structuredClone(advanceTo(quietMatch(), 'moves', 1).G) as GameState;

  it('posts a public reason at once, and holds a secret choice’s reason until its round resolves', () => {
    const answer = settleNotes(EMPTY, G1, botNote('1', { move: 'endTalks', why: WHY }, 1, 7, 100), 200);
    expect(answer?.posted.map((n) => n.move)).toEqual(['endTalks']);
    expect(answer?.table.chat).toEqual(answer?.posted);
    expect(answer?.table.held).toEqual([]);

    const choice = botNote('1', { move: 'chooseAction', why: WHY }, 1, 8, 100);
    const held = settleNotes(EMPTY, G1, choice, 200);
    expect(held?.posted).toEqual([]);
    expect(held?.table.chat).toEqual([]);
    expect(held?.table.held).toEqual([choice]);
    // Another move in the same round (the other side's talk, its own choice not made yet) reveals nothing.
    expect(settleNotes(held?.table ?? EMPTY, G1, undefined, 300)).toBeUndefined();

    const match = advanceTo(quietMatch(), 'moves', 1);
    playRound(match, STAND_PAT, STAND_PAT);
    const resolved = match.G as GameState;
    expect(revealed(G1, 1)).toBe(false);
    expect(revealed(resolved, 1)).toBe(true);
    const posted = settleNotes(held?.table ?? EMPTY, resolved, undefined, 300);
    expect(posted?.posted).toEqual([{ ...choice, at: 300 }]);
    expect(posted?.table.chat).toEqual([{ ...choice, at: 300 }]);
    expect(posted?.table.held).toEqual([]);
  });

  it('posts a secret choice’s reason at once when the bot chose last (its move resolved the round)', () => {
    const match = advanceTo(quietMatch(), 'moves', 1);
    playRound(match, STAND_PAT, STAND_PAT);
    const answer = settleNotes(EMPTY, match.G as GameState, botNote('1', { move: 'chooseAction', why: WHY }, 1, 9, 100), 100);
    expect(answer?.posted.map((n) => n.round)).toEqual([1]);
    expect(answer?.table.held).toEqual([]);
  });

  it('posts what it held when the game ends, and changes nothing when there is nothing to settle', () => {
    const choice = botNote('0', { move: 'chooseAction', why: WHY }, 1, 8, 100);
    if (!choice) throw new Error('a chosen action gets a note');
    const over = { ...G1, outcome: { winner: 'draw' } } as unknown as GameState;
    expect(settleNotes({ ...EMPTY, held: [choice] }, over, undefined, 5)?.posted).toEqual([{ ...choice, at: 5 }]);
    expect(settleNotes(EMPTY, G1, undefined, 5)).toBeUndefined();
  });

  it('gives acknowledging a round no note: it explains nothing', () => {
    expect(botNote('1', { move: 'acknowledge', why: WHY }, 1, 9, 100)).toBeUndefined();
    expect(botNote('1', { move: 'endTalks', why: WHY }, 1, 9, 100)?.move).toBe('endTalks');
  });
});
