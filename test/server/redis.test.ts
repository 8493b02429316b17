// Redis pub/sub between instances against the machine's Redis: what one
// instance publishes reaches every instance subscribed to the channel, in
// order, under this run's own key prefix. Unreachable Redis fails these tests:
// they are part of the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisOptionsFromUrl } from '../../src/server/pubsub/index';
import { RedisPubSub } from '../../src/server/pubsub/redis';
import { TEST_REDIS_URL, uniqueName } from './scale-env';

type Payload = { readonly type: string; readonly args: ReadonlyArray<unknown> };

const prefix = `${uniqueName('redis')}:`;
const errors: Error[] = [];
const instance = (p = prefix) => new RedisPubSub<Payload>({ url: TEST_REDIS_URL, prefix: p, onError: (e) => errors.push(e) });
const a = instance();
const b = instance();
const elsewhere = instance(`${uniqueName('redis')}:`);

/** Waits until `received` holds `count` messages (Redis delivers asynchronously). */
const until = async (received: ReadonlyArray<unknown>, count: number): Promise<void> => {
  for (let waited = 0; received.length < count; waited += 5) {
    if (waited > 2000) throw new Error(`Got ${received.length} of ${count} messages`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const update = (n: number): Payload => ({ type: 'update', args: ['m1', { _stateID: n, G: { nested: [n, { x: 'y' }] } }] });

beforeAll(async () => {
  await Promise.all([a.connect(), b.connect(), elsewhere.connect()]);
});

afterAll(async () => {
  await Promise.all([a.close(), b.close(), elsewhere.close()]);
  expect(errors).toEqual([]);
});

describe('RedisPubSub', () => {
  it("delivers one instance's messages to another, whole and in order", async () => {
    const got: Payload[] = [];
    b.subscribe('MATCH-order', (p) => got.push(p));
    await b.settled();
    for (let n = 1; n <= 50; n++) a.publish('MATCH-order', update(n));
    await until(got, 50);
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => update(i + 1)));
    b.unsubscribeAll('MATCH-order');
  });

  it('calls every callback of a channel, the publisher own included, and none after unsubscribeAll', async () => {
    const got: string[] = [];
    a.subscribe('MATCH-many', () => got.push('a1'));
    a.subscribe('MATCH-many', () => got.push('a2'));
    b.subscribe('MATCH-many', () => got.push('b'));
    await Promise.all([a.settled(), b.settled()]);
    a.publish('MATCH-many', update(1));
    await until(got, 3);
    expect([...got].sort()).toEqual(['a1', 'a2', 'b']);

    a.unsubscribeAll('MATCH-many');
    b.unsubscribeAll('MATCH-many');
    await Promise.all([a.settled(), b.settled()]);
    b.publish('MATCH-many', update(2));
    await b.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(got).toHaveLength(3);
  });

  it('subscribes again after unsubscribing (a match whose last client left and came back)', async () => {
    const got: Payload[] = [];
    b.subscribe('MATCH-again', () => undefined);
    b.unsubscribeAll('MATCH-again');
    b.subscribe('MATCH-again', (p) => got.push(p));
    await b.settled();
    a.publish('MATCH-again', update(7));
    await until(got, 1);
    expect(got).toEqual([update(7)]);
    b.unsubscribeAll('MATCH-again');
  });

  it('keeps runs with different prefixes apart', async () => {
    const got: Payload[] = [];
    elsewhere.subscribe('MATCH-shared', (p) => got.push(p));
    const mine: Payload[] = [];
    b.subscribe('MATCH-shared', (p) => mine.push(p));
    await Promise.all([elsewhere.settled(), b.settled()]);
    a.publish('MATCH-shared', update(3));
    await until(mine, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(got).toEqual([]);
    elsewhere.unsubscribeAll('MATCH-shared');
    b.unsubscribeAll('MATCH-shared');
  });

  it('reads the channel prefix from REDIS_URL', () => {
    expect(redisOptionsFromUrl('redis://127.0.0.1:6379?prefix=cott:')).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'cott:' });
    expect(redisOptionsFromUrl('redis://127.0.0.1:6379/2')).toEqual({ url: 'redis://127.0.0.1:6379/2' });
  });

  it('fails to connect, loudly, when Redis is not there', async () => {
    const nowhere = new RedisPubSub<Payload>({ url: 'redis://127.0.0.1:1', prefix });
    await expect(nowhere.connect()).rejects.toThrow(/ECONNREFUSED|Connection is closed/);
  });
});
