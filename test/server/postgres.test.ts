// The PostgreSQL match store against the machine's PostgreSQL: boardgame.io's
// storage contract, the stale-write refusal that keeps two instances from
// forking a match, and per-match ordering of writes. Each run uses a schema of
// its own and drops it. Unreachable PostgreSQL fails these tests: they are
// part of the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaleStateError } from '../../src/server/storage/errors';
import { PostgresStore, postgresOptionsFromUrl } from '../../src/server/storage/postgres';
import { KeyedQueue } from '../../src/server/storage/postgres-queue';
import { TEST_DATABASE_URL, fakeLog, fakeMetadata, fakeState, uniqueName } from './scale-env';

const schema = uniqueName('pg');
// Two stores on one schema stand for two server instances (two pools, two queues).
const store = new PostgresStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 4 });
const other = new PostgresStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 4 });

let next = 0;
const newMatch = async (gameName?: string, at?: number): Promise<string> => {
  const matchID = `m${next++}`;
  await store.createMatch(matchID, { initialState: fakeState(0), metadata: fakeMetadata(gameName, at) });
  return matchID;
};

beforeAll(async () => {
  await Promise.all([store.connect(), other.connect()]);
});

afterAll(async () => {
  await store.dropSchema();
  await Promise.all([store.close(), other.close()]);
});

describe('PostgresStore: the storage contract', () => {
  it('creates a match and fetches each field on request', async () => {
    const id = await newMatch();
    expect(await store.fetch(id, {})).toEqual({});
    const all = await store.fetch(id, { state: true, metadata: true, log: true, initialState: true });
    expect(all).toEqual({ state: fakeState(0), initialState: fakeState(0), metadata: fakeMetadata(), log: [] });
    expect(await store.fetch(id, { metadata: true })).toEqual({ metadata: fakeMetadata() });
  });

  it('answers nothing for an unknown match, and an empty log as boardgame.io does', async () => {
    expect(await store.fetch('nope', { state: true, metadata: true, initialState: true })).toEqual({});
    expect(await store.fetch('nope', { log: true })).toEqual({ log: [] });
  });

  it('refuses to create a match over an existing one', async () => {
    const id = await newMatch();
    await expect(store.createMatch(id, { initialState: fakeState(0), metadata: fakeMetadata() })).rejects.toThrow(/already exists/);
  });

  it('stores each next state and appends its log in order', async () => {
    const id = await newMatch();
    for (let n = 1; n <= 5; n++) await store.setState(id, fakeState(n), fakeLog(n));
    const { state, log, initialState } = await store.fetch(id, { state: true, log: true, initialState: true });
    expect(state).toEqual(fakeState(5));
    expect(initialState).toEqual(fakeState(0));
    expect(log.map((entry) => entry._stateID)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the state exactly as given, key order included', async () => {
    const id = await newMatch();
    const G = { zeta: 1, alpha: { b: 2, a: 1 }, mid: [3, 1, 2] };
    await store.setState(id, fakeState(1, G));
    const { state } = await store.fetch(id, { state: true });
    expect(JSON.stringify(state)).toBe(JSON.stringify(fakeState(1, G)));
  });

  it('replaces metadata and lists matches by game, gameover and update time', async () => {
    const a = await newMatch('list-game', 100);
    const b = await newMatch('list-game', 200);
    const c = await newMatch('list-game', 300);
    await newMatch('other-game', 200);
    await store.setMetadata(c, { ...fakeMetadata('list-game', 300), updatedAt: 400, gameover: { winner: '0' } });
    expect((await store.fetch(c, { metadata: true })).metadata.gameover).toEqual({ winner: '0' });
    expect(await store.listMatches({ gameName: 'list-game' })).toEqual([a, b, c]);
    expect(await store.listMatches({ gameName: 'list-game', where: { isGameover: true } })).toEqual([c]);
    expect(await store.listMatches({ gameName: 'list-game', where: { isGameover: false } })).toEqual([a, b]);
    expect(await store.listMatches({ gameName: 'list-game', where: { updatedBefore: 200 } })).toEqual([a]);
    expect(await store.listMatches({ gameName: 'list-game', where: { updatedAfter: 200 } })).toEqual([c]);
    expect(await store.listMatches()).toEqual(expect.arrayContaining([a, b, c]));
  });

  it('wipes a match with its log, and a late metadata write does not bring it back', async () => {
    const id = await newMatch();
    await store.setState(id, fakeState(1), fakeLog(1));
    await store.wipe(id);
    await store.setMetadata(id, fakeMetadata());
    expect(await store.fetch(id, { state: true, metadata: true })).toEqual({});
    expect(await store.fetch(id, { log: true })).toEqual({ log: [] });
    expect(await store.listMatches()).not.toContain(id);
  });
});

describe('PostgresStore: a stale write is refused', () => {
  it('refuses a state that was not computed from the stored one', async () => {
    const id = await newMatch();
    await store.setState(id, fakeState(1), fakeLog(1));
    // Another instance computed its own state 1 from state 0: it lost.
    await expect(other.setState(id, fakeState(1, { n: 'fork' }), fakeLog(1, 'fork'))).rejects.toBeInstanceOf(StaleStateError);
    // A write that skips a version, or goes back, is refused too.
    await expect(store.setState(id, fakeState(3), fakeLog(3))).rejects.toBeInstanceOf(StaleStateError);
    await expect(store.setState(id, fakeState(0))).rejects.toBeInstanceOf(StaleStateError);
    const { state, log } = await store.fetch(id, { state: true, log: true });
    expect(state).toEqual(fakeState(1));
    expect(log).toEqual(fakeLog(1));
  });

  it("takes the master's rewrite of the stored version after a rejected move as a no-op", async () => {
    const id = await newMatch();
    await store.setState(id, fakeState(1), fakeLog(1));
    await expect(other.setState(id, fakeState(1), [])).resolves.toBeUndefined();
    // The same version with other content, or with a log, is a fork.
    await expect(other.setState(id, fakeState(1, { n: 'fork' }))).rejects.toBeInstanceOf(StaleStateError);
    await expect(other.setState(id, fakeState(1), fakeLog(1))).rejects.toBeInstanceOf(StaleStateError);
    expect((await store.fetch(id, { log: true })).log).toHaveLength(1);
  });

  it('refuses a write to a wiped match', async () => {
    const id = await newMatch();
    await store.wipe(id);
    await expect(store.setState(id, fakeState(1), fakeLog(1))).rejects.toBeInstanceOf(StaleStateError);
  });

  it('never forks a match that two instances write at once', async () => {
    const id = await newMatch();
    const winners: string[] = [];
    for (let n = 1; n <= 30; n++) {
      // Both instances compute version n from version n - 1, each its own way.
      const results = await Promise.allSettled([
        store.setState(id, fakeState(n, { n, by: 'a' }), fakeLog(n, 'a')),
        other.setState(id, fakeState(n, { n, by: 'b' }), fakeLog(n, 'b')),
      ]);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i === 0 ? 'a' : 'b'] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(StaleStateError);
      winners.push(won[0] ?? '');
    }
    const { state, log } = await store.fetch(id, { state: true, log: true });
    expect(state._stateID).toBe(30);
    // The log holds exactly the winners' moves, one per version, in order.
    expect(log.map((e) => e._stateID)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(log.map((e) => (e.action.payload as { type: string }).type)).toEqual(winners);
    expect((state.G as { by: string }).by).toBe(winners.at(-1));
  });
});

describe('PostgresStore: one write per move', () => {
  it('stores the metadata with the state in the same statement, and neither when the write is stale', async () => {
    const id = await newMatch('meta-game');
    await store.setState(id, fakeState(1), fakeLog(1), { ...fakeMetadata('meta-game'), updatedAt: 5000, gameover: { winner: '0' } });
    const { metadata } = await store.fetch(id, { metadata: true });
    expect(metadata.updatedAt).toBe(5000);
    expect(metadata.gameover).toEqual({ winner: '0' });
    expect(await store.listMatches({ gameName: 'meta-game', where: { isGameover: true } })).toContain(id);
    // A losing write stores nothing: not its state, not its metadata.
    await expect(other.setState(id, fakeState(1, { n: 'fork' }), fakeLog(1, 'fork'), { ...fakeMetadata('meta-game'), updatedAt: 6000 })).rejects.toBeInstanceOf(StaleStateError);
    expect((await store.fetch(id, { metadata: true })).metadata.updatedAt).toBe(5000);
    // Without metadata, the stored metadata stays as it was.
    await store.setState(id, fakeState(2), fakeLog(2));
    expect((await store.fetch(id, { metadata: true })).metadata.updatedAt).toBe(5000);
  });
});

describe('PostgresStore: writes for a match are serialized', () => {
  it("applies setState and setMetadata fired at once, as boardgame.io's master does", async () => {
    const id = await newMatch();
    for (let n = 1; n <= 10; n++) {
      await Promise.all([store.setState(id, fakeState(n), fakeLog(n)), store.setMetadata(id, { ...fakeMetadata(), updatedAt: 1000 + n })]);
    }
    const { state, metadata, log } = await store.fetch(id, { state: true, metadata: true, log: true });
    expect(state._stateID).toBe(10);
    expect(metadata.updatedAt).toBe(1010);
    expect(log).toHaveLength(10);
  });

  it('applies metadata writes in the order they were made', async () => {
    const id = await newMatch();
    await Promise.all(Array.from({ length: 25 }, (_, k) => store.setMetadata(id, { ...fakeMetadata(), updatedAt: 2000 + k })));
    expect((await store.fetch(id, { metadata: true })).metadata.updatedAt).toBe(2024);
  });

  it('the queue runs one task per key at a time, and the next even after a failure', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    let running = 0;
    const task = (name: string, fail = false) => async () => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      order.push(name);
      running--;
      if (fail) throw new Error(name);
    };
    const done = Promise.allSettled([queue.run('m', task('a')), queue.run('m', task('b', true)), queue.run('m', task('c'))]);
    expect((await done).map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(queue.size).toBe(0);
  });
});

describe('PostgresStore: configuration', () => {
  it('reads the schema from DATABASE_URL and leaves the rest to pg', () => {
    expect(postgresOptionsFromUrl('postgres://u@h:5432/db?schema=games&sslmode=disable')).toEqual({
      connectionString: 'postgres://u@h:5432/db?sslmode=disable',
      schema: 'games',
    });
    expect(postgresOptionsFromUrl('postgres://u@h/db')).toEqual({ connectionString: 'postgres://u@h/db' });
  });

  it('refuses a schema name it cannot safely put in SQL', () => {
    expect(() => new PostgresStore({ connectionString: TEST_DATABASE_URL, schema: 'x"; DROP TABLE y; --' })).toThrow(/schema name/);
  });

  it('two instances starting at once both create the tables', async () => {
    const fresh = uniqueName('pgboot');
    const stores = [0, 1, 2].map(() => new PostgresStore({ connectionString: TEST_DATABASE_URL, schema: fresh, poolSize: 1 }));
    try {
      await Promise.all(stores.map((s) => s.connect()));
      expect(await stores[0]?.listMatches()).toEqual([]);
    } finally {
      await stores[0]?.dropSchema();
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
