// The bot: deterministic, blind to secrets, legal in every step, and
// explaining every decision in English and Japanese.
import { describe, expect, it } from 'vitest';
import { applyHeadless, newHeadless, playHeadless } from '../../game/headless';
import type { Decider } from '../../game/headless';
import { owingSides } from '../../game/flow';
import type { GameState, Side } from '../../game/state';
import { decide, createBot, makeBot } from '../../src/bot/bot';
import type { BotDecision } from '../../src/bot/bot';
import { makePlayer } from '../../src/bot/players';
import { botDecision } from '../../src/bot/worker';
import { matchAt, setupOf, viewOf } from './helpers';

const BUDGET = 40;
const hard = { level: 'hard', seed: 7, budget: BUDGET } as const;

/** A bot Decider that records every decision it returns. */
const recording = (options: Parameters<typeof makeBot>[0], log: BotDecision[]): Decider => {
  const bot = makeBot(options);
  return (view, phase, side) => {
    const d = bot(view, phase, side) as BotDecision;
    log.push(d);
    return d;
  };
};

/** An array or object that throws when anything inside it is read: a secret the bot must not touch. */
const trap = <T extends object>(value: T): T =>
  new Proxy(value, {
    get: (target, key) => {
      if (key === Symbol.iterator || key === 'length' || typeof key === 'string') throw new Error(`the bot read a secret (${String(key)})`);
      return Reflect.get(target, key);
    },
  });

describe('the bot', () => {
  it('decides the same for the same view and seed', () => {
    const match = matchAt(3, 'moves');
    const view = viewOf(match.G, 'jp');
    expect(decide(view, 'moves', 'jp', hard)).toEqual(decide(view, 'moves', 'jp', hard));
    const talks = viewOf(matchAt(3, 'talks').G, 'us');
    expect(decide(talks, 'talks', 'us', hard)).toEqual(decide(talks, 'talks', 'us', hard));
  });

  it('decides on its own view only: two full states with the same view give the same decision, and secrets are never read', async () => {
    const a = matchAt(5, 'moves').G as GameState;
    // Another world with the same view: the deck reshuffled, other agendas for Japan, another no-war result.
    const b: GameState = { ...a, deck: [...a.deck].reverse(), agendas: { us: a.agendas.us, jp: ['jp-farm-lobby', 'jp-toyota'] }, noWar: { us: 99, jp: -99 } };
    expect(viewOf(a, 'us')).toEqual(viewOf(b, 'us'));
    const bot = createBot(hard);
    const ctx = { phase: 'moves' };
    const fromA = await bot.play({ G: a, ctx }, '0');
    expect(await bot.play({ G: b, ctx }, '0')).toEqual(fromA);
    // The secrets themselves as traps: play() filters them out before the search sees anything.
    const trapped: GameState = {
      ...a,
      deck: trap([...a.deck]),
      noWar: trap({ ...(a.noWar ?? { us: 0, jp: 0 }) }),
      agendas: { us: a.agendas.us, jp: trap([...a.agendas.jp]) },
    };
    expect(await bot.play({ G: trapped, ctx }, '0')).toEqual(fromA);
    expect(botDecision({ view: trapped, playerID: '0', phase: 'moves', level: 'hard', seed: 7, budget: BUDGET })).toEqual(
      decide(viewOf(a, 'us'), 'moves', 'us', hard),
    );
  });

  it('makes only legal moves, in every step, on both sides, over many seeded games', () => {
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['hard', 'random'],
      ['random', 'hard'],
      ['normal', 'hawk'],
      ['hawk', 'easy'],
      ['coercer', 'hard'],
      ['hard', 'coercer'],
      ['easy', 'normal'],
      ['hard', 'hard'],
    ];
    pairs.forEach(([us, jp], i) => {
      const G = playHeadless(newHeadless(setupOf(40 + i)), {
        us: makePlayer(us as 'hard', 100 + i, BUDGET),
        jp: makePlayer(jp as 'hard', 200 + i, BUDGET),
      });
      expect(G.outcome).toBeDefined();
    });
  });

  it('explains every kind of decision in English and Japanese', () => {
    const log: BotDecision[] = [];
    // Games with deals (bot against bot) and long wars (against a hawk, who never deals), so every step comes up.
    for (let i = 0; i < 4; i++) {
      const us = recording({ level: 'hard', seed: i, budget: BUDGET }, log);
      const jp = recording({ level: 'normal', seed: i, budget: BUDGET }, log);
      const players = [{ us, jp }, { us, jp: makePlayer('hawk', i) }, { us: makePlayer('hawk', i), jp }, { us, jp }][i] ?? { us, jp };
      playHeadless(newHeadless(setupOf(60 + i)), players);
    }
    // Answers to offers: a lopsided one and a generous one, put to the bot directly.
    const match = matchAt(9, 'talks');
    const side: Side = owingSides(match.G, 'talks')[0] ?? 'us';
    const other: Side = side === 'us' ? 'jp' : 'us';
    const greedy = other === 'us' ? { investment: 1000, purchases: 100, riceOpening: true as const } : { usAutoTariff: 0, usBaselineTariff: 0, extendPause: true as const };
    expect(applyHeadless(match, side, { move: 'endTalks', args: [] })).toBe(true);
    expect(applyHeadless(match, other, { move: 'propose', args: [greedy, true] })).toBe(true);
    log.push(decide(viewOf(match.G, side), 'talks', side, hard));
    const kinds = new Set(log.map((d) => d.move));
    for (const kind of ['respond', 'propose', 'chooseAction', 'acknowledge', 'endTalks']) expect(kinds).toContain(kind);
    expect([...kinds].some((k) => k === 'reject' || k === 'counter')).toBe(true);
    for (const d of log) {
      expect(d.why.en.length).toBeGreaterThan(10);
      expect(d.why.ja.length).toBeGreaterThan(5);
      expect(d.why.ja).not.toEqual(d.why.en);
    }
  });
});
