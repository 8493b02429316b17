// Each attack STACK.md found against a bare boardgame.io server, tried over a
// real socket against ours: it changes nothing and the server stays up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESSED_GAME } from '../../src/server/engine';
import { LOBBY, connect, get, newMatch, playOut, post, rejections, sleep, startServer } from './helpers';
import type { Running, TestClient } from './helpers';

let running: Running;
beforeAll(async () => {
  running = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000' } });
});
afterAll(async () => {
  await running.stop();
});

const healthy = async () => expect((await get(running.base, '/healthz')).status).toBe(200);

/** A fresh match in its talks step with both players connected. */
const seated = async (): Promise<{ matchID: string; us: TestClient; jp: TestClient; credentials: Record<string, string> }> => {
  const { matchID, credentials } = await newMatch(running.base, { scenario: '1985-plaza' });
  const us = await connect(running.base, matchID, '0', credentials['0']);
  const jp = await connect(running.base, matchID, '1', credentials['1']);
  return { matchID, us, jp, credentials };
};

const storedState = async (matchID: string) => {
  const { state } = await running.storage.fetch(matchID, { state: true });
  if (!state) throw new Error('no state');
  return state;
};

const emitRaw = (client: TestClient, action: unknown, stateID: number, matchID: string, playerID: unknown) =>
  client.socket.emit('update', action, stateID, matchID, playerID);

describe('attacks over the socket', () => {
  it('trap 15: a raw GAME_EVENT (endGame with a winner, endPhase, setActivePlayers) is refused', async () => {
    const { matchID, us, credentials } = await seated();
    const before = await storedState(matchID);
    for (const [type, args] of [['endGame', { winner: '0' }], ['endPhase', undefined], ['setActivePlayers', [{ all: 'x' }]], ['endStage', undefined]] as const) {
      emitRaw(us, { type: 'GAME_EVENT', payload: { type, args, playerID: '0', credentials: credentials['0'] } }, before._stateID, matchID, '0');
    }
    await us.waitFor(() => rejections(us).length >= 4);
    expect(rejections(us).every((r) => r.reason.includes('Only moves'))).toBe(true);
    const after = await storedState(matchID);
    expect(after._stateID).toBe(before._stateID);
    expect(after.ctx.gameover).toBeUndefined();
    await healthy();
  });

  it("trap 16: a seat cannot move as the other seat (payload.playerID), even with its own credentials", async () => {
    const { matchID, us, credentials } = await seated();
    const before = await storedState(matchID);
    emitRaw(us, { type: 'MAKE_MOVE', payload: { type: 'endTalks', args: [], playerID: '1', credentials: credentials['0'] } }, before._stateID, matchID, '0');
    emitRaw(us, { type: 'MAKE_MOVE', payload: { type: 'endTalks', args: [], playerID: '1', credentials: credentials['0'] } }, before._stateID, matchID, '1');
    await us.waitFor(() => rejections(us).length >= 2);
    const after = await storedState(matchID);
    expect(after._stateID).toBe(before._stateID);
    expect((after.G as { talks: { done: Record<string, boolean> } }).talks.done.jp).toBe(false);
  });

  it('trap 17: a move with 60k arguments, or too many, or too deep, is refused before boardgame.io; also through an invented matchID', async () => {
    const { matchID, us, credentials } = await seated();
    const before = await storedState(matchID);
    const huge = Array.from({ length: 60_000 }, () => 0);
    emitRaw(us, { type: 'MAKE_MOVE', payload: { type: 'endTalks', args: [1, 2, 3, 4, 5, 6, 7, 8, 9], playerID: '0', credentials: credentials['0'] } }, before._stateID, matchID, '0');
    let deep: unknown = 0;
    for (let i = 0; i < 50; i++) deep = [deep];
    emitRaw(us, { type: 'MAKE_MOVE', payload: { type: 'propose', args: [deep, true], playerID: '0', credentials: credentials['0'] } }, before._stateID, matchID, '0');
    await us.waitFor(() => rejections(us).length >= 2);
    expect(rejections(us).map((r) => r.reason)).toEqual(['At most 8 move arguments', 'Move arguments are too large or too deeply nested']);
    // 120 KB: over the packet limit, the connection is closed.
    emitRaw(us, { type: 'MAKE_MOVE', payload: { type: 'endTalks', args: huge, playerID: '0', credentials: credentials['0'] } }, before._stateID, matchID, '0');
    await us.waitFor(() => !us.socket.connected);
    // An invented matchID, no credentials.
    const stranger = await connect(running.base, 'inventedMatch1', '0', undefined);
    emitRaw(stranger, { type: 'MAKE_MOVE', payload: { type: 'endTalks', args: huge.slice(0, 3000), playerID: '0' } }, 0, 'inventedMatch1', '0');
    await stranger.waitFor(() => rejections(stranger).length >= 2);
    expect((await storedState(matchID))._stateID).toBe(before._stateID);
    expect(await running.storage.listMatches()).not.toContain('inventedMatch1');
    await healthy();
  });

  it('trap 8: a sync for an unknown matchID neither creates nor stores a match', async () => {
    const count = (await running.storage.listMatches()).length;
    const spy = await connect(running.base, 'noSuchMatch42', null);
    expect(rejections(spy)[0]?.reason).toBe('No such match');
    expect(spy.received.some((r) => r.event === 'sync')).toBe(false);
    expect((await running.storage.listMatches()).length).toBe(count);
    expect((await get(running.base, `${LOBBY}/noSuchMatch42`)).status).toBe(404);
  });

  it('a sync with wrong credentials is refused with a reason (boardgame.io leaves the client hanging)', async () => {
    const { matchID } = await newMatch(running.base);
    const impostor = await connect(running.base, matchID, '0', 'not-the-credentials');
    expect(rejections(impostor)[0]?.reason).toContain('Unauthorized');
    expect(impostor.received.some((r) => r.event === 'sync')).toBe(false);
  });

  it('trap 7: every match is seeded from node:crypto, not from the public creation time', async () => {
    const a = await newMatch(running.base);
    const b = await newMatch(running.base);
    const seeds = await Promise.all([a, b].map(async ({ matchID }) => String((await storedState(matchID)).plugins.random?.data?.seed)));
    expect(seeds[0]).not.toBe(seeds[1]);
    for (const seed of seeds) expect(seed).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 bits; boardgame.io's own is Date.now() in base 36
  });

  it('trap 6: the secret move is redacted in the log and never run on the client', () => {
    const move = PROCESSED_GAME.phases?.moves?.moves?.chooseAction;
    expect(move).toMatchObject({ redact: true, client: false });
    // The socket side of this (the other seat and a spectator get args: null) is in play.test.ts.
  });

  it('trap 5: moves both seats send at once on the same stateID both land', async () => {
    const { matchID, us, jp } = await seated();
    // The lead's scenarios may open with a news response: play up to the talks, where both sides owe.
    await playOut({ '0': us, '1': jp }, (s) => s.ctx.phase === 'talks' && Object.keys(s.ctx.activePlayers ?? {}).length === 2);
    const stateID = (await storedState(matchID))._stateID;
    us.move('endTalks', [], stateID);
    jp.move('endTalks', [], stateID);
    await us.waitFor(() => us.state()?.ctx.phase === 'moves');
    expect(rejections(us)).toEqual([]);
    expect(rejections(jp)).toEqual([]);
  });

  it('trap 18: a refused move gets a reason and the stored state again', async () => {
    const { us, jp } = await seated();
    // The opening step depends on the deal (a news response, or the talks): play up to the talks, where both sides owe.
    await playOut({ '0': us, '1': jp }, (s) => s.ctx.phase === 'talks' && Object.keys(s.ctx.activePlayers ?? {}).length === 2);
    const syncs = () => us.received.filter((r) => r.event === 'sync').length;
    const before = syncs();
    const already = rejections(us).length;
    us.move('chooseAction', [{ type: 'standPat' }]); // not a move of the talks
    us.move('propose', [{ nonsense: true }, true]); // the rules refuse it
    await us.waitFor(() => rejections(us).length >= already + 2 && syncs() >= before + 2);
    expect(rejections(us).slice(already).map((r) => r.reason)).toEqual(['There is no move "chooseAction" in this step', 'The rules refused this move']);
  });

  it('trap 10: joins for one seat race to a single winner; leaving revokes the credentials and drops the socket', async () => {
    const created = await post(running.base, `${LOBBY}/create`, {});
    const matchID = String(created.body.matchID);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(running.base, `${LOBBY}/${matchID}/join`, { playerID: '0', playerName: `racer ${i}` })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(7);
    const winner = answers.find((a) => a.status === 200);
    const credentials = String(winner?.body.playerCredentials);
    await post(running.base, `${LOBBY}/${matchID}/join`, { playerID: '1', playerName: 'other' });
    const client = await connect(running.base, matchID, '0', credentials);
    expect((await post(running.base, `${LOBBY}/${matchID}/leave`, { playerID: '0', credentials })).status).toBe(200);
    await client.waitFor(() => !client.socket.connected);
    const again = await connect(running.base, matchID, '0', credentials);
    expect(rejections(again)[0]?.reason).toContain('Unauthorized');
    const { metadata } = await running.storage.fetch(matchID, { metadata: true });
    expect(metadata?.players[0]?.credentials).toBeUndefined();
    await sleep(10);
  });
});
