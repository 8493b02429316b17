// A lost race between instances: storage refuses the write (StaleStateError).
// The losing update is not broadcast; the clients get the stored state again.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaleStateError } from '../../src/server/storage/errors';
import { openLmdbStore } from '../../src/server/storage/lmdb';
import type { MatchStore } from '../../src/server/storage/types';
import { connect, newMatch, playOut, rejections, startServer, tempDir } from './helpers';
import type { Running } from './helpers';

let refuse = false;
const innerDir = tempDir();
const inner = openLmdbStore(join(innerDir, 'matches.lmdb'));
const flaky: MatchStore = {
  ...inner,
  setState: async (matchID, state, deltalog, metadata) => {
    if (refuse) throw new StaleStateError(matchID);
    return inner.setState(matchID, state, deltalog, metadata);
  },
};

let running: Running;
beforeAll(async () => {
  running = await startServer({ storage: flaky });
});
afterAll(async () => {
  await running.stop();
  rmSync(innerDir, { recursive: true, force: true });
});

describe('stale writes', () => {
  it('drops the losing update, broadcasts nothing of it, and resyncs the clients from storage', async () => {
    const { matchID, credentials } = await newMatch(running.base);
    const us = await connect(running.base, matchID, '0', credentials['0']);
    const jp = await connect(running.base, matchID, '1', credentials['1']);
    // The opening step depends on the deal: play up to the talks, where endTalks is a move of either side.
    await playOut({ '0': us, '1': jp }, (s) => s.ctx.phase === 'talks' && Object.keys(s.ctx.activePlayers ?? {}).length === 2);
    await jp.waitFor(() => jp.state()?._stateID === us.state()?._stateID);
    const { state: before } = await flaky.fetch(matchID, { state: true });
    const count = (event: string) => [us, jp].map((c) => c.received.filter((r) => r.event === event).length);
    const [updatesBefore, syncsBefore] = [count('update'), count('sync')];
    refuse = true;
    us.move('endTalks', [], before?._stateID);
    await us.waitFor(() => count('sync').every((n, i) => n > (syncsBefore[i] ?? 0)));
    refuse = false;
    expect(count('update')).toEqual(updatesBefore);
    expect(rejections(us)[0]?.reason).toBe('Another server moved this match on');
    const { state: after } = await flaky.fetch(matchID, { state: true });
    expect(after).toEqual(before);
    expect(jp.state()?._stateID).toBe(before?._stateID);
  });
});
