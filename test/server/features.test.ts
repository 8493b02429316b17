// Bot seats, step timers and chat, over the socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phase } from '../../game/flow';
import { makeStrategy } from '../../src/bot/strategies';
import { connect, newMatch, rejections, sleep, startServer } from './helpers';
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
    // Each refusal carries the code the client translates.
    expect(rejections(us).map((r) => r.code)).toEqual(['notYourSeat', 'malformed', 'chatLength']);
    const late = await connect(running.base, matchID, null);
    await late.waitFor(() => late.received.some((r) => r.event === 'chat'));
    const chats = late.received.filter((r) => r.event === 'chat').map((r) => (r.args[1] as { payload: string }).payload);
    expect(chats).toEqual(['Shall we talk?']);
  });
});

describe('bot takeover', () => {
  it('a side absent for two rounds is replaced by a bot when the match allows it, and the bot plays on; not otherwise', async () => {
    // A clock of our own: each sweep may find the step's time long gone.
    let offset = 0;
    const server = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000', SWEEP_INTERVAL_MS: '50' }, now: () => Date.now() + offset });
    try {
      const timers = { news: 60, talks: 60, moves: 60, review: 60 };
      const allowed = await newMatch(server.base, { scenario: '1985-plaza', timers, botTakeover: true });
      const refused = await newMatch(server.base, { scenario: '1985-plaza', timers });
      const tableOf = async (matchID: string) =>
        ((await server.storage.fetch(matchID, { metadata: true })).metadata as { table?: { bots: Record<string, string>; absences: Record<string, number[]> } } | undefined)?.table;
      // Nobody plays: every step times out, for both sides, until both seats of the first match are bots
      // and both seats of the second were absent as long (a bot seat never times out, so its clock is moot).
      const twice = (table: Awaited<ReturnType<typeof tableOf>>) => ['0', '1'].every((seat) => (table?.absences[seat]?.length ?? 0) >= 2);
      const deadline = Date.now() + 15_000;
      while (Object.keys((await tableOf(allowed.matchID))?.bots ?? {}).length < 2 || !twice(await tableOf(refused.matchID))) {
        if (Date.now() > deadline) throw new Error(`no takeover: ${JSON.stringify(await tableOf(allowed.matchID))}`);
        offset += 3_600_000;
        await sleep(60);
      }
      const taken = await tableOf(allowed.matchID);
      expect(taken?.bots).toEqual({ '0': 'hard', '1': 'hard' });
      for (const seat of ['0', '1']) expect(taken?.absences[seat]?.length).toBeGreaterThanOrEqual(2);
      // The clock stops: from here on no step times out, and the bots finish the match on their own.
      const finished = Date.now() + 10_000;
      for (;;) {
        const { state } = await server.storage.fetch(allowed.matchID, { state: true });
        if (state?.ctx.gameover !== undefined) break;
        if (Date.now() > finished) throw new Error(`the bots did not finish: round ${String((state?.G as { round?: number } | undefined)?.round)}`);
        await sleep(50);
      }
      // The match that does not allow takeover was just as absent, and has no bot.
      const kept = await tableOf(refused.matchID);
      expect(kept?.bots ?? {}).toEqual({});
      for (const seat of ['0', '1']) expect(kept?.absences[seat]?.length).toBeGreaterThanOrEqual(2);
    } finally {
      await server.stop();
    }
  });
});
