// Hidden information through boardgame.io's Local multiplayer: each client
// holds only what its player may see, and the log does not carry secrets.
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../game/headless';
import { rulesFor } from '../../game/rules';
import { scenarioById } from '../../game/scenarios';
import { sideOf } from '../../game/state';
import type { Choice, GameState, PlayerID } from '../../game/state';
import { activePlayers, localClient, phaseOf, raw, seededGame } from './client-driver';
import type { GameClient } from './client-driver';
import { passiveMove } from './helpers';

/** Lets the local master process queued actions and send out updates. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const view = (client: GameClient): GameState => {
  const state = client.getState();
  if (!state) throw new Error('client has no state');
  return state.G;
};

/**
 * Everything a client holds, as text: its state and its log, but for the rules
 * the match was created with, which list every card of the scenario's decks
 * (public, as the rules page is). The test checks separately that those are
 * the scenario's own rules, the same for every match, so they cannot carry a
 * match's secret.
 */
const everything = (client: GameClient): string => {
  const state = client.getState();
  return JSON.stringify({ state: state && { ...state, G: { ...state.G, rules: undefined } }, log: client.log });
};

// Round 1's US choice, and how it reads in JSON: text that appears nowhere else
// in a round-1 state (the parameter file has keys of these names, not values).
const SECRET: Choice = {
  action: { type: 'cutTariff', line: 'auto', step: 25 },
  signal: { trigger: 'hedgeChina', response: 'pressSecurity' },
};
const SECRET_WORDS = ['"type":"cutTariff"', '"trigger":"hedgeChina"', '"response":"pressSecurity"'];

describe('secrecy with Local multiplayer', () => {
  it('hides the pending choice, agendas and deck; reveals choices in the report and everything at the end', async () => {
    const multiplayer = Local();
    const game = seededGame('fixed');
    const players: Record<PlayerID, GameClient> = {
      '0': Client<GameState>({ game, multiplayer, playerID: '0', numPlayers: 2 }),
      '1': Client<GameState>({ game, multiplayer, playerID: '1', numPlayers: 2 }),
    };
    const us = players['0'];
    const jp = players['1'];
    const spectator = Client<GameState>({ game, multiplayer, numPlayers: 2 });
    for (const client of [us, jp, spectator]) client.start();
    await settle();

    // The same seed in a local client shows the server's secrets, to look for them.
    const truth = raw(localClient('fixed')).G;
    expect(truth.deck.length).toBeGreaterThan(0);

    /** Plays passively (each player deciding from its own view) until `until` holds. */
    const playUntil = async (until: () => boolean, decide = passiveMove): Promise<void> => {
      for (let guard = 0; guard < 200 && !until(); guard++) {
        const state = spectator.getState();
        if (!state) throw new Error('no state');
        const [playerID] = activePlayers(state.ctx);
        if (playerID === undefined) throw new Error('nobody active');
        const decision: Decision = decide(view(players[playerID]), phaseOf(state.ctx), sideOf(playerID));
        const move = players[playerID].moves[decision.move];
        if (!move) throw new Error(`no move ${decision.move}`);
        move(...decision.args);
        await settle();
        if (spectator.getState()?._stateID === state._stateID) throw new Error(`${decision.move} by ${playerID} was refused`);
      }
      if (!until()) throw new Error('condition never reached');
    };

    await playUntil(() => spectator.getState()?.ctx.phase === 'moves');

    // The rules every client holds are the scenario's, the same for every match.
    for (const client of [us, jp, spectator]) expect(view(client).rules).toEqual(rulesFor(scenarioById('2025-pause')));
    // Agendas: each side sees its own two, nobody sees the other's; the deck is nobody's.
    expect(view(us).agendas).toEqual({ us: truth.agendas.us, jp: [] });
    expect(view(jp).agendas).toEqual({ us: [], jp: truth.agendas.jp });
    expect(view(spectator).agendas).toEqual({ us: [], jp: [] });
    for (const client of [us, jp, spectator]) expect(view(client).deck).toEqual([]);
    const [nextCard] = truth.deck; // the card the next round will draw
    if (nextCard === undefined) throw new Error('deck too short');
    for (const id of truth.agendas.us) expect(everything(jp)).not.toContain(id);
    for (const id of truth.agendas.us) expect(everything(spectator)).not.toContain(id);
    for (const id of truth.agendas.jp) expect(everything(us)).not.toContain(id);
    for (const client of [us, jp, spectator]) expect(everything(client)).not.toContain(`"${nextCard}"`);
    // No client holds boardgame.io's random seed, from which the deck could be rebuilt.
    for (const client of [us, jp, spectator]) expect(everything(client)).not.toMatch(/prngstate|"seed"/);

    // The US chooses its action and signal.
    const usMove = us.moves.chooseAction;
    if (!usMove) throw new Error('no chooseAction');
    usMove(SECRET.action, SECRET.signal);
    await settle();

    // The US client knows its own choice (so the checks below can fail) ...
    expect(view(us).pending.us).toEqual(SECRET);
    for (const word of SECRET_WORDS) expect(everything(us)).toContain(word);
    // ... the others know only that it has chosen.
    for (const other of [jp, spectator]) {
      expect(view(other).pending.us).toBeUndefined();
      expect(other.getState()?.ctx.activePlayers).toEqual({ '1': null });
      for (const word of SECRET_WORDS) expect(everything(other), word).not.toContain(word);
      const entry = (other.log ?? []).find((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.type === 'chooseAction');
      expect(entry?.action.payload.args).toBeNull();
    }

    // Japan chooses; the round resolves and the report shows both choices to all.
    const jpChoice: Choice = { action: { type: 'buyTreasuries', amount: 25 }, signal: undefined };
    const jpMove = jp.moves.chooseAction;
    if (!jpMove) throw new Error('no chooseAction');
    jpMove(jpChoice.action);
    await settle();
    for (const client of [us, jp, spectator]) {
      expect(client.getState()?.ctx.phase).toBe('review');
      expect(view(client).reports[0]?.choices).toEqual({ us: SECRET, jp: jpChoice });
      expect(view(client).pending).toEqual({ us: undefined, jp: undefined });
    }

    // Next round the US offers a comprehensive deal and Japan takes it: the game is over.
    let offered = false;
    await playUntil(
      () => spectator.getState()?.ctx.gameover !== undefined,
      (G, phase, side) => {
        if (phase === 'talks' && side === 'us' && !offered && !G.talks.done.jp) {
          offered = true;
          return { move: 'propose', args: [{ investment: 550, purchases: 20 }, true] };
        }
        const open = G.talks.open;
        if (phase === 'talks' && open && open.from !== side) return { move: 'accept', args: [open.id] };
        return passiveMove(G, phase, side);
      },
    );
    const final = view(spectator);
    expect(final.outcome?.reason).toBe('deal');
    // After the game everything is revealed, to players and spectators alike.
    expect(final.agendas).toEqual(truth.agendas);
    expect(final.deck.length).toBeGreaterThan(0);
    expect(truth.deck).toEqual(expect.arrayContaining([...final.deck]));
    expect(view(us)).toEqual(final);
    expect(view(jp)).toEqual(final);
    for (const client of [us, jp, spectator]) client.stop();
  });

  it('a client without a playerID sees the spectator view; the raw store keeps the secrets', () => {
    const client = localClient('fixed');
    const G = raw(client).G;
    expect(G.deck.length).toBeGreaterThan(0);
    expect(G.agendas.us).toHaveLength(2);
    expect(view(client).deck).toEqual([]);
    expect(view(client).agendas).toEqual({ us: [], jp: [] });
  });
});
