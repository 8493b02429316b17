// The embedded store: a move's state, log and metadata land together; the
// decoded-state cache answers what was stored and forgets a wiped match.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLmdbStore } from '../../src/server/storage/lmdb';
import { fakeLog, fakeMetadata, fakeState } from './scale-env';
import { tempDir } from './helpers';

const dir = tempDir();
const path = join(dir, 'matches.lmdb');
const store = openLmdbStore(path);
beforeAll(() => store.connect());
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LMDB store', () => {
  it('stores a move (state, log, metadata) in one write, readable by a fresh process', async () => {
    await store.createMatch('a', { initialState: fakeState(0), metadata: fakeMetadata() });
    await store.setState('a', fakeState(1), fakeLog(1), { ...fakeMetadata(), updatedAt: 7000 });
    await store.setState('a', fakeState(2), fakeLog(2));
    expect(await store.fetch('a', { state: true })).toEqual({ state: fakeState(2) });
    // Another handle on the file has no cache: it reads what is on disk.
    const fresh = openLmdbStore(path);
    await fresh.connect();
    const found = await fresh.fetch('a', { state: true, log: true, metadata: true });
    await fresh.close();
    expect(found.state).toEqual(fakeState(2));
    expect(found.log.map((e) => e._stateID)).toEqual([1, 2]);
    expect(found.metadata.updatedAt).toBe(7000);
  });

  it('forgets a wiped match, cache included', async () => {
    await store.createMatch('b', { initialState: fakeState(0), metadata: fakeMetadata() });
    await store.setState('b', fakeState(1), fakeLog(1));
    expect((await store.fetch('b', { state: true })).state).toEqual(fakeState(1));
    await store.wipe('b');
    expect(await store.fetch('b', { state: true, metadata: true })).toEqual({ state: undefined, metadata: undefined });
  });
});
