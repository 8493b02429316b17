// Crash safety with the server as a child process: kill -9 in the middle of a
// match (a secret choice pending) and during a burst of moves, restart on the
// same DATA_DIR, and find every acknowledged move and a readable store.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLmdbStore } from '../../src/server/storage/lmdb';
import { connect, get, newMatch, playOut, tempDir } from './helpers';
import type { TestClient } from './helpers';

const dataDir = tempDir();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Starts `node --import tsx src/server/main.ts` and waits for /healthz. */
const startChild = async (): Promise<{ child: ChildProcess; base: string }> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOBBY_RATE_PER_MINUTE: '1000' },
    stdio: 'ignore',
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  // Up to 30 s: tsx compiles the server on start, and CI machines can be busy.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await get(base, '/healthz')).status === 200) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server did not start');
};

const killHard = async (child: ChildProcess) => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
};

const highestAck = (client: TestClient): number =>
  Math.max(0, ...client.received.filter((r) => r.event === 'update').map((r) => (r.args[1] as { _stateID: number })._stateID));

describe('kill -9', () => {
  it('resumes a match played into round 3 exactly, pending secret choice included; a burst leaves every acknowledged move', async () => {
    let { child, base } = await startChild();
    const { matchID, credentials } = await newMatch(base);
    let us = await connect(base, matchID, '0', credentials['0']);
    let jp = await connect(base, matchID, '1', credentials['1']);
    await playOut({ '0': us, '1': jp }, (s) => s.G.round === 3 && s.ctx.phase === 'moves');
    const stateID = us.state()?._stateID ?? 0;
    us.move('chooseAction', [{ type: 'raiseTariff', line: 'baseline', step: 10 }], stateID);
    await us.waitFor(() => us.state()?.G.pending.us !== undefined); // acknowledged: broadcast after it was stored
    const before = { us: us.state(), jp: jp.state() };
    await killHard(child);
    us.close();
    jp.close();

    ({ child, base } = await startChild());
    us = await connect(base, matchID, '0', credentials['0']);
    jp = await connect(base, matchID, '1', credentials['1']);
    expect(us.state()).toEqual(before.us);
    expect(jp.state()).toEqual(before.jp);
    expect(us.state()?.G.pending.us?.action).toEqual({ type: 'raiseTariff', line: 'baseline', step: 10 });
    expect(jp.state()?.G.pending.us).toBeUndefined();

    // A burst of moves, killed part-way.
    let killed = false;
    const burst = playOut({ '0': us, '1': jp }, (s) => killed || s.ctx.gameover !== undefined);
    // Kill once the burst is under way (a few moves acknowledged), however slow the machine is.
    for (let i = 0; i < 600 && Math.max(highestAck(us), highestAck(jp)) < stateID + 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await killHard(child);
    killed = true;
    await burst;
    const acknowledged = Math.max(highestAck(us), highestAck(jp));
    expect(acknowledged).toBeGreaterThan(stateID + 1);
    us.close();
    jp.close();

    const store = openLmdbStore(join(dataDir, 'matches.lmdb'));
    await store.connect();
    const { state, log, metadata } = await store.fetch(matchID, { state: true, log: true, metadata: true });
    await store.close();
    expect(metadata?.players[0]?.name).toBe('Player 0');
    expect(state?._stateID).toBeGreaterThanOrEqual(acknowledged);
    // Every stored state has its moves in the log: one MAKE_MOVE per state step.
    expect(log?.filter((e) => e.action.type === 'MAKE_MOVE').length).toBe(state?._stateID);
  });
});
