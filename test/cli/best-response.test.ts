// The best-response search (src/cli/exploit/search.ts) as a best response is
// defined in a game of hidden information: it may know the opponent's exact
// policy, and in 'seat' mode nothing of the opponent's secrets beyond what
// that policy's moves give away.
import { describe, expect, it } from 'vitest';
import { owingSides } from '../../game/flow';
import { applyHeadless, newHeadless } from '../../game/headless';
import type { HeadlessMatch } from '../../game/headless';
import { passiveMove, withNoWar } from '../../game/no-war';
import { scenarioById } from '../../game/scenarios';
import { createInitialState } from '../../game/setup';
import { playerOf } from '../../game/state';
import type { Action, GameState, Side } from '../../game/state';
import { playerView } from '../../game/view';
import { makePlayer } from '../../src/bot/players';
import { seededRng, seededShuffler } from '../../src/bot/rng';
import { agendaDraws, bestMove, consistentDraws, priorDraws, rolloutOpponent, worldsOf } from '../../src/cli/exploit/search';
import type { BestResponseOptions, Information } from '../../src/cli/exploit/search';
import { playerSeed } from '../../src/cli/sim/seeds';

const setupOf = (seed: number): GameState => createInitialState(scenarioById('2025-pause'), seededShuffler(seededRng(seed)));
const BUDGET = 8; // rollouts a decision: enough for the bot's choices to depend on its agendas, quick enough for a test

/** The same match but for Japan's agendas (and the no-war path, which reflects them). */
const withJapanAgendas = (setup: GameState, agendas: ReadonlyArray<string>): GameState =>
  withNoWar({ ...setup, agendas: { ...setup.agendas, jp: agendas } });

/** The match at the US's first decision, Japan doing nothing until then. */
const atFirstUsDecision = (setup: GameState): HeadlessMatch => {
  const m = newHeadless(setup);
  for (let side = owingSides(m.G, m.phase)[0]; side !== 'us'; side = owingSides(m.G, m.phase)[0]) {
    if (side === undefined) throw new Error('nobody to move');
    applyHeadless(m, side, passiveMove(m.G, m.phase, side));
  }
  return m;
};

/** The match at round 1's moves step, both sides having done nothing until then. */
const atFirstMoves = (setup: GameState): HeadlessMatch => {
  const m = newHeadless(setup);
  while (m.phase !== 'moves') {
    const side = owingSides(m.G, m.phase)[0];
    if (side === undefined) throw new Error('nobody to move');
    applyHeadless(m, side, passiveMove(m.G, m.phase, side));
  }
  return m;
};

const options = (seed: number, information: Information, opponent: 'hard' | 'dove' | 'random'): BestResponseOptions => ({
  me: 'us',
  opponent: (dice) => makePlayer(opponent, dice, BUDGET),
  dice: playerSeed(seed, 'jp'),
  stateful: false,
  base: () => makePlayer('hard', playerSeed(seed, 'us'), BUDGET),
  depth: 1,
  winBonus: 20,
  information,
  worlds: 2,
  seed,
});

describe('the best-response search knows the policy, not the secrets', () => {
  it('believes every ordered draw of agendas the deck allows, each once', () => {
    const draws = agendaDraws(['a', 'b', 'c', 'd'], 2);
    expect(draws).toHaveLength(12);
    expect(new Set(draws.map((d) => d.join('+'))).size).toBe(12);
    expect(draws.every(([x, y]) => x !== y)).toBe(true);
    expect(priorDraws(setupOf(1), 'us')).toHaveLength(30); // Japan's 2025 deck: 6 cards, 2 each
  });

  it("narrows its belief from the opponent's moves and never rules out the truth", () => {
    const setup = setupOf(3);
    const japan = makePlayer('hard', playerSeed(3, 'jp'), BUDGET);
    const us = makePlayer('hard', playerSeed(3, 'us'), BUDGET);
    const m = newHeadless(setup);
    let draws = priorDraws(setup, 'us');
    const truth = setup.agendas.jp.join('+');
    while (!m.G.outcome) {
      const side: Side | undefined = owingSides(m.G, m.phase)[0];
      if (side === undefined) throw new Error('nobody to move');
      const view = playerView({ G: m.G, playerID: playerOf(side) });
      const d = (side === 'jp' ? japan : us)(view, m.phase, side);
      if (side === 'jp') {
        draws = consistentDraws(draws, japan, view, m.phase, side, d);
        expect(draws.map((draw) => draw.join('+'))).toContain(truth);
      }
      applyHeadless(m, side, d);
    }
    expect(draws.length).toBeLessThan(30);
  });

  it("values its moves in worlds that do not depend on the opponent's secrets, unless told to look ('full')", () => {
    const setup = setupOf(2);
    const twin = withJapanAgendas(setup, setup.rules.agendaDecks.jp.filter((card) => !setup.agendas.jp.includes(card)).slice(0, 2));
    const worlds = (s: GameState, information: Information) => worldsOf(atFirstUsDecision(s), options(2, information, 'hard'), priorDraws(s, 'us'), 0);
    expect(worlds(twin, 'seat')).toEqual(worlds(setup, 'seat'));
    expect(worlds(setup, 'seat')).toHaveLength(2);
    // The same comparison fails when the secrets are in sight.
    expect(worlds(twin, 'full')).not.toEqual(worlds(setup, 'full'));
    expect(worlds(setup, 'full')[0]?.G.agendas.jp).toEqual(setup.agendas.jp);
  });

  it("values its moves in worlds where the opponent's move this round is not yet made, whatever it is", () => {
    // Japan moves first in the round-1 moves step: once with a Treasury sale, once standing pat.
    const afterJapanMoves = (action: Action): HeadlessMatch => {
      const m = atFirstMoves(setupOf(4));
      expect(applyHeadless(m, 'jp', { move: 'chooseAction', args: [action] })).toBe(true);
      return m;
    };
    const sold = afterJapanMoves({ type: 'sellTreasuries', amount: 25 });
    const waited = afterJapanMoves({ type: 'standPat' });
    const worlds = (m: HeadlessMatch, information: Information) => worldsOf(m, options(4, information, 'hard'), priorDraws(m.G, 'us'), 0);
    expect(worlds(sold, 'seat')).toEqual(worlds(waited, 'seat'));
    expect(worlds(sold, 'seat')[0]?.G.pending.jp).toBeUndefined();
    expect(worlds(sold, 'full')).not.toEqual(worlds(waited, 'full'));
  });

  it("plays the worlds out against an opponent with dice of its own, unless told its seed ('dice')", () => {
    const m = atFirstMoves(setupOf(5));
    const view = playerView({ G: m.G, playerID: playerOf('jp') });
    const opponentWith = (information: Information, dice: number) => ({ ...options(5, information, 'random'), dice, stateful: true });
    // Random's first move from the same view, in eight worlds, for the opponent's real seed 1 and 2.
    const moves = (information: Information, dice: number) =>
      JSON.stringify([...Array(8).keys()].map((k) => rolloutOpponent(opponentWith(information, dice), [], 0, k)(view, 'moves', 'jp')));
    expect(moves('seat', 1)).toBe(moves('seat', 2));
    expect(moves('dice', 1)).not.toBe(moves('dice', 2));
  });

  it("decides the same whatever the opponent's hidden agendas are", () => {
    for (const seed of [1, 3]) {
      const setup = setupOf(seed);
      const twin = withJapanAgendas(setup, setup.rules.agendaDecks.jp.filter((card) => !setup.agendas.jp.includes(card)).slice(0, 2));
      const o = options(seed, 'seat', 'dove');
      const decide = (s: GameState) => bestMove(atFirstUsDecision(s), o, priorDraws(s, 'us'), 0, () => o.opponent(o.dice)); // a fresh dove each time: the same moves, as a stateless policy makes
      expect(decide(twin)).toEqual(decide(setup));
    }
  });
});
