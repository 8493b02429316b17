// Traps 15 and 16, proved both ways. A control: the same attack over a real
// socket against a bare boardgame.io Server running the same game succeeds
// (the hole exists). Ours refuses it. And because ours closes each hole twice
// (defence in depth), each layer is shown to stop the attack on its own:
//   trap 15 (raw GAME_EVENT): the socket guard (checkUpdate: only MAKE_MOVE
//     passes, rebuilt from its fields), and the engine (applyMove plays only
//     names that are moves of the current step; events never are).
//   trap 16 (payload.playerID of the other seat): the socket guard (the
//     payload's seat must be the synced seat), and the engine (credentials are
//     checked against the seat the move is applied as, the payload's, where
//     boardgame.io's Master checks the socket's playerID argument instead).
import type { AddressInfo } from 'node:net';
import type { State } from 'boardgame.io';
import { Server } from 'boardgame.io/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../game/state';
import { applyMove } from '../../src/server/engine';
import type { MoveAction } from '../../src/server/engine';
import { SERVER_GAME } from '../../src/server/game';
import { checkUpdate } from '../../src/server/guards';
import { CARD_RULES } from '../../src/server/rules';
import { connect, newMatch, playOut, rejections, startServer } from './helpers';
import type { Running, TestClient } from './helpers';

type Target = { readonly base: string; readonly stored: (matchID: string) => Promise<State<GameState>> };

let ours: Running;
let bare: ReturnType<typeof Server>;
let bareServers: Awaited<ReturnType<ReturnType<typeof Server>['run']>>;
const targets: Record<'bare' | 'ours', Target> = {} as Record<'bare' | 'ours', Target>;

beforeAll(async () => {
  ours = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000' } });
  targets.ours = { base: ours.base, stored: async (id) => (await ours.storage.fetch(id, { state: true })).state as State<GameState> };
  bare = Server({ games: [SERVER_GAME] });
  bareServers = await bare.run(0);
  const port = (bareServers.appServer.address() as AddressInfo).port;
  targets.bare = { base: `http://127.0.0.1:${port}`, stored: async (id) => (await bare.db.fetch(id, { state: true })).state as State<GameState> };
});
afterAll(async () => {
  bare.kill(bareServers);
  await ours.stop();
});

/** A match on `target` in its talks step (both sides owe), both seats connected. */
const inTalks = async (target: Target): Promise<{ matchID: string; us: TestClient; credentials: Record<string, string> }> => {
  const { matchID, credentials } = await newMatch(target.base, { scenario: '1985-plaza' });
  const us = await connect(target.base, matchID, '0', credentials['0']);
  const jp = await connect(target.base, matchID, '1', credentials['1']);
  await playOut({ '0': us, '1': jp }, (s) => s.ctx.phase === 'talks' && Object.keys(s.ctx.activePlayers ?? {}).length === 2);
  jp.close();
  return { matchID, us, credentials };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const endGame = (credentials: string) => ({ type: 'GAME_EVENT', payload: { type: 'endGame', args: { winner: '0' }, playerID: '0', credentials } });
const asOtherSeat = (credentials: string) => ({ type: 'MAKE_MOVE', payload: { type: 'endTalks', args: [], playerID: '1', credentials } });

describe('trap 15: a raw GAME_EVENT from a seated player', () => {
  it('control: a bare boardgame.io Server applies endGame with the invented winner', async () => {
    const { matchID, us, credentials } = await inTalks(targets.bare);
    const before = await targets.bare.stored(matchID);
    us.socket.emit('update', endGame(credentials['0'] ?? ''), before._stateID, matchID, '0');
    await settle();
    expect((await targets.bare.stored(matchID)).ctx.gameover).toEqual({ winner: '0' });
  });

  it('ours refuses it with a reason and stores nothing', async () => {
    const { matchID, us, credentials } = await inTalks(targets.ours);
    const before = await targets.ours.stored(matchID);
    us.socket.emit('update', endGame(credentials['0'] ?? ''), before._stateID, matchID, '0');
    await us.waitFor(() => rejections(us).length > 0);
    expect(rejections(us)[0]).toMatchObject({ code: 'malformed', reason: 'Only moves are accepted (no game events)' });
    expect(await targets.ours.stored(matchID)).toEqual(before);
  });

  it('each layer alone stops it: the guard refuses the event, and the engine refuses an event name passed as a move', async () => {
    const { matchID, credentials } = await inTalks(targets.ours);
    const synced = { matchID, playerID: '0' };
    const before = await targets.ours.stored(matchID);
    expect(checkUpdate([endGame(credentials['0'] ?? ''), before._stateID, matchID, '0'], synced)).toEqual({ ok: false, code: 'malformed', reason: 'Only moves are accepted (no game events)' });
    // Without the guard, an event reaching the engine (as the guard would have rebuilt it, or raw) is no move of the step.
    for (const type of ['MAKE_MOVE', 'GAME_EVENT']) {
      const action = { type, payload: { type: 'endGame', args: [{ winner: '0' }], playerID: '0', credentials: credentials['0'] ?? '' } } as unknown as MoveAction;
      const outcome = await applyMove(CARD_RULES.processed, ours.storage, matchID, action, before._stateID);
      expect(outcome).toEqual({ ok: false, code: 'noSuchMove', reason: 'There is no move "endGame" in this step', stale: false });
    }
    expect(await targets.ours.stored(matchID)).toEqual(before);
  });
});

describe("trap 16: a seat moving as the other seat (payload.playerID) with its own credentials", () => {
  it("control: a bare boardgame.io Server applies the move as the other seat", async () => {
    const { matchID, us, credentials } = await inTalks(targets.bare);
    const before = await targets.bare.stored(matchID);
    expect(before.G.talks.done.jp).toBe(false);
    us.socket.emit('update', asOtherSeat(credentials['0'] ?? ''), before._stateID, matchID, '0');
    await settle();
    const after = await targets.bare.stored(matchID);
    expect(after.G.talks.done.jp).toBe(true); // Japan left the talks, decided by the US player
    expect(after.G.talks.done.us).toBe(false);
  });

  it('ours refuses it with a reason and stores nothing', async () => {
    const { matchID, us, credentials } = await inTalks(targets.ours);
    const before = await targets.ours.stored(matchID);
    us.socket.emit('update', asOtherSeat(credentials['0'] ?? ''), before._stateID, matchID, '0');
    await us.waitFor(() => rejections(us).length > 0);
    expect(rejections(us)[0]).toMatchObject({ code: 'notYourSeat', reason: 'You can only move for your own seat' });
    expect(await targets.ours.stored(matchID)).toEqual(before);
  });

  it('each layer alone stops it: the guard refuses the seat, and the engine checks the credentials against the seat moved for', async () => {
    const { matchID, credentials } = await inTalks(targets.ours);
    const before = await targets.ours.stored(matchID);
    expect(checkUpdate([asOtherSeat(credentials['0'] ?? ''), before._stateID, matchID, '0'], { matchID, playerID: '0' })).toEqual({ ok: false, code: 'notYourSeat', reason: 'You can only move for your own seat' });
    // Without the guard: the forged action reaches the engine as it was sent.
    const outcome = await applyMove(CARD_RULES.processed, ours.storage, matchID, asOtherSeat(credentials['0'] ?? '') as MoveAction, before._stateID);
    expect(outcome).toEqual({ ok: false, code: 'unauthorized', reason: 'Unauthorized: wrong credentials for this seat', stale: false });
    expect(await targets.ours.stored(matchID)).toEqual(before);
  });
});
