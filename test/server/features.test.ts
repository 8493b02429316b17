// Bot seats, step timers and chat, over the socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phase } from '../../game/flow';
import { makeStrategy } from '../../src/bot/strategies';
import { connect, newMatch, startServer } from './helpers';
import type { Running } from './helpers';

let running: Running;
beforeAll(async () => {
  running = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000' } });
});
afterAll(async () => {
  await running.stop();
});

describe('server features', () => {
  it('a bot seat answers the steps it owes', async () => {
    const { matchID, credentials } = await newMatch(running.base, { bot: { seat: '1', strength: 'hard' } }, ['0']);
    const us = await connect(running.base, matchID, '0', credentials['0']);
    const dove = makeStrategy('dove', 3);
    for (let step = 0; step < 6; step++) {
      await us.waitFor(() => us.state()?.ctx.activePlayers?.['0'] !== undefined || us.state()?.ctx.gameover !== undefined);
      const state = us.state();
      if (!state || state.ctx.gameover !== undefined) break;
      const decision = dove(state.G, state.ctx.phase as Phase, 'us');
      us.move(decision.move, decision.args);
      await us.waitFor(() => (us.state()?._stateID ?? 0) > state._stateID || us.received.some((r) => r.event === 'rejected'));
    }
    const { log } = await running.storage.fetch(matchID, { log: true });
    expect(log?.some((e) => e.action.payload.playerID === '1' && e.action.type === 'MAKE_MOVE')).toBe(true);
  });

  it('when a step times out the server plays the absent side\'s default', async () => {
    const { matchID, credentials } = await newMatch(running.base, { scenario: '1985-plaza', timers: { talks: 5, moves: 5, review: 5, news: 5 }, botTakeover: true });
    const us = await connect(running.base, matchID, '0', credentials['0']);
    // Let the clock start, then pretend it started long ago (deadlines come from stored metadata).
    await us.waitFor(() => true);
    const backdate = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const { metadata } = await running.storage.fetch(matchID, { metadata: true });
        const table = (metadata as { table?: { clock?: { step: string; since: number } } } | undefined)?.table;
        if (metadata && table?.clock) await running.storage.setMetadata(matchID, { ...metadata, table: { ...table, clock: { ...table.clock, since: 0 } } } as never);
      }
    };
    const start = us.state()?._stateID ?? 0;
    await backdate();
    await us.waitFor(() => (us.state()?._stateID ?? 0) > start, 3000);
    const { log } = await running.storage.fetch(matchID, { log: true });
    expect(log?.some((e) => e.action.type === 'MAKE_MOVE')).toBe(true);
  });

  it('chat is validated, stored with the match, and replayed to a late joiner', async () => {
    const { matchID, credentials } = await newMatch(running.base);
    const us = await connect(running.base, matchID, '0', credentials['0']);
    us.socket.emit('chat', matchID, { id: 'a1', sender: '0', payload: 'Shall we talk?' }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'a2', sender: '1', payload: 'spoofed' }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'a3', sender: '0', payload: { html: '<b>' } }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'a4', sender: '0', payload: 'x'.repeat(5000) }, credentials['0']);
    await us.waitFor(() => us.received.filter((r) => r.event === 'rejected').length >= 3);
    const late = await connect(running.base, matchID, null);
    await late.waitFor(() => late.received.some((r) => r.event === 'chat'));
    const chats = late.received.filter((r) => r.event === 'chat').map((r) => (r.args[1] as { payload: string }).payload);
    expect(chats).toEqual(['Shall we talk?']);
  });
});
