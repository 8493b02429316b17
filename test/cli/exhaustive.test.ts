// The exhaustive reply search (src/cli/exploit/exhaustive.ts): every legal
// action of the searcher is played to the end against the exact policy.
import { describe, expect, it } from 'vitest';
import { legalActions } from '../../game/legal';
import { scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import { makePlayer } from '../../src/bot/players';
import { seededRng, seededShuffler } from '../../src/bot/rng';
import { enumerateReplies } from '../../src/cli/exploit/exhaustive';
import { playerSeed } from '../../src/cli/sim/seeds';

const setupOf = (seed: number) => createInitialState(scenarioById('2025-pause'), seededShuffler(seededRng(seed)));

describe('every reply against an exact policy', () => {
  it('plays one game per legal action in round 1, and finds no reply above zero against the hawk', () => {
    const setup = setupOf(1);
    const r = enumerateReplies(setup, { me: 'us', opponent: () => makePlayer('hawk', playerSeed(1, 'jp')), rounds: 1, signals: false });
    expect(r.games).toBe(legalActions(setup, 'us').length);
    expect(r.aboveZero).toBe(0);
    expect(r.wins).toBe(0);
  });

  it('finds the replies that beat doing nothing against a dove, and counts signals as replies too', () => {
    const setup = setupOf(1);
    const opponent = () => makePlayer('dove', playerSeed(1, 'jp'));
    const plain = enumerateReplies(setup, { me: 'us', opponent, rounds: 1, signals: false });
    const signalled = enumerateReplies(setup, { me: 'us', opponent, rounds: 1, signals: true });
    expect(plain.aboveZero).toBeGreaterThan(0);
    expect(signalled.games).toBeGreaterThan(plain.games);
    expect(signalled.best.total).toBeGreaterThanOrEqual(plain.best.total);
  });
});
