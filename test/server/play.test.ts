// Two socket.io clients play a whole match through the Lobby API against the
// real server; neither they nor a spectator ever receive the other side's
// pending choice or agendas, or the deck order, in any raw payload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry, State } from 'boardgame.io';
import { otherSide, sideOf } from '../../game/state';
import type { GameState, PlayerID, Side } from '../../game/state';
import { connect, newMatch, playOut, rejections, startServer } from './helpers';
import type { Running, TestClient } from './helpers';

let running: Running;
beforeAll(async () => {
  running = await startServer();
});
afterAll(async () => {
  await running.stop();
});

type Payload = { state: State<GameState>; log: ReadonlyArray<LogEntry>; text: string };

/** A payload's raw text, less the public rules (which list every card a scenario may deal). */
const textOf = (args: ReadonlyArray<unknown>): string => JSON.stringify(args, (key, value: unknown) => (key === 'rules' ? undefined : value));

/** Every state and log a client received, with the payload's raw text. */
const payloads = (client: TestClient): Payload[] =>
  client.received.flatMap((r): Payload[] => {
    if (r.event === 'sync') {
      const info = r.args[1] as { state: State<GameState>; log: LogEntry[] };
      return [{ state: info.state, log: info.log, text: textOf(r.args) }];
    }
    if (r.event === 'update') return [{ state: r.args[1] as State<GameState>, log: (r.args[2] as LogEntry[]) ?? [], text: textOf(r.args) }];
    return [];
  });

/** Checks that a viewer (a side, or a spectator) never got what it may not see before the end. */
const expectNoSecrets = (client: TestClient, viewer: Side | undefined, finalState: GameState, seed: string): number => {
  let checked = 0;
  const hidden: Side[] = viewer ? [otherSide(viewer)] : ['us', 'jp'];
  const ownAgendas = viewer ? finalState.agendas[viewer] : [];
  for (const { state, log, text } of payloads(client)) {
    if (state.G.outcome) continue; // after the game everything is revealed
    checked++;
    expect(state.G.deck).toEqual([]);
    expect(text).not.toContain(seed); // the random seed would let a client replay the deck
    for (const side of hidden) {
      expect(state.G.pending[side]).toBeUndefined();
      expect(state.G.agendas[side]).toEqual([]);
      for (const id of finalState.agendas[side]) if (!ownAgendas.includes(id)) expect(text).not.toContain(`"${id}"`);
    }
    for (const entry of log) {
      const hiddenSeat = entry.action.payload.playerID !== undefined && hidden.includes(sideOf(entry.action.payload.playerID as PlayerID));
      if (hiddenSeat && entry.action.payload.type === 'chooseAction') expect(entry.action.payload.args).toBeNull();
    }
  }
  return checked;
};

describe('a whole match over the socket', () => {
  it('two clients play to the end through the Lobby API; secrets never reach the other seat or a spectator', async () => {
    const { matchID, credentials } = await newMatch(running.base);
    const players = {
      '0': await connect(running.base, matchID, '0', credentials['0']),
      '1': await connect(running.base, matchID, '1', credentials['1']),
    };
    const spectator = await connect(running.base, matchID, null);
    await playOut(players);
    await spectator.waitFor(() => spectator.state()?.ctx.gameover !== undefined);
    const { state: stored } = await running.storage.fetch(matchID, { state: true });
    const seed = String((stored?.plugins.random?.data as { seed?: unknown } | undefined)?.seed);
    expect(seed.length).toBeGreaterThan(10);
    const final = players['0'].state()?.G;
    if (!final) throw new Error('no final state');
    expect(final.outcome).toBeDefined();
    expect(final.round).toBeGreaterThanOrEqual(8);
    // Both players' views agree at the end, and every move they sent landed.
    expect(players['1'].state()?.G).toEqual(final);
    // Moves sent at the same time (both sides in every step) both land (trap 5, ignoreStaleStateID).
    expect(rejections(players['0']).filter((r) => r.reason === 'Your view was out of date')).toEqual([]);
    expect(rejections(players['1']).filter((r) => r.reason === 'Your view was out of date')).toEqual([]);
    expect(expectNoSecrets(players['0'], 'us', final, seed)).toBeGreaterThan(10);
    expect(expectNoSecrets(players['1'], 'jp', final, seed)).toBeGreaterThan(10);
    expect(expectNoSecrets(spectator, undefined, final, seed)).toBeGreaterThan(10);
    // The chooseAction log entries the other seat sees are redacted (redact: true), so the test above could fail:
    const theirMoves = payloads(players['1']).flatMap((p) => p.log).filter((e) => e.action.payload.playerID === '0' && e.action.payload.type === 'chooseAction');
    expect(theirMoves.length).toBeGreaterThan(0);
    // ...while a seat sees its own arguments.
    const ownMoves = payloads(players['0']).flatMap((p) => p.log).filter((e) => e.action.payload.playerID === '0' && e.action.payload.type === 'chooseAction');
    expect(ownMoves.some((e) => Array.isArray(e.action.payload.args))).toBe(true);
    for (const client of [...Object.values(players), spectator]) client.close();
  });
});
