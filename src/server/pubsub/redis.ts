// Redis pub/sub between server instances: boardgame.io's GenericPubSub
// (publish, subscribe, unsubscribeAll; STACK.md trap 12), so that a move taken
// by one instance reaches the clients connected to every instance.
//
// Written on ioredis rather than @boardgame.io/redis-pubsub 0.0.1, which needs
// the `redis` 3 callback API and has no key prefix, no way to wait for Redis at
// start-up and no error handling. boardgame.io publishes each match's updates
// on the channel `MATCH-<matchID>`; every instance subscribes to a match's
// channel while it has a client in that match. Payloads cross Redis as JSON:
// the full state (each instance filters it per player before sending) stays
// between the servers.
import { Redis } from 'ioredis';
import type { GenericPubSub } from 'boardgame.io/server';

export type RedisPubSubOptions = {
  readonly url: string; // e.g. 'redis://127.0.0.1:6379'
  readonly prefix?: string; // e.g. 'cott:' (tests use a prefix of their own)
  /** A message that cannot be read, or a failed publish: reported, never thrown into boardgame.io. */
  readonly onError?: (error: Error) => void;
};

type Callback<T> = (payload: T) => void;

export const DEFAULT_PREFIX = 'card-on-the-table:';

export class RedisPubSub<T> implements GenericPubSub<T> {
  private readonly publisher: Redis;
  // A connection in subscriber mode can issue no other command, hence two.
  private readonly subscriber: Redis;
  private readonly callbacks = new Map<string, Callback<T>[]>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly prefix: string;
  private readonly onError: (error: Error) => void;

  constructor(options: RedisPubSubOptions) {
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    this.onError = options.onError ?? (() => undefined);
    // lazyConnect: connect() below decides when, and reports a Redis that is not there.
    this.publisher = new Redis(options.url, { lazyConnect: true });
    this.subscriber = new Redis(options.url, { lazyConnect: true });
    for (const connection of [this.publisher, this.subscriber]) connection.on('error', (error: Error) => this.onError(error));
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  /** Connects both connections; rejects if Redis cannot be reached. */
  async connect(): Promise<void> {
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    } catch (error) {
      // Stop ioredis retrying in the background: the caller decides what next.
      this.publisher.disconnect();
      this.subscriber.disconnect();
      throw error;
    }
  }

  publish(channelId: string, payload: T): void {
    this.track(this.publisher.publish(this.prefix + channelId, JSON.stringify(payload)));
  }

  subscribe(channelId: string, callback: Callback<T>): void {
    const callbacks = this.callbacks.get(channelId);
    if (callbacks) {
      callbacks.push(callback);
      return;
    }
    this.callbacks.set(channelId, [callback]);
    this.track(this.subscriber.subscribe(this.prefix + channelId));
  }

  unsubscribeAll(channelId: string): void {
    if (!this.callbacks.delete(channelId)) return;
    this.track(this.subscriber.unsubscribe(this.prefix + channelId));
  }

  /** Resolves once every publish and (un)subscribe made so far has reached Redis. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.settled();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }

  private deliver(channel: string, message: string): void {
    if (!channel.startsWith(this.prefix)) return;
    const callbacks = this.callbacks.get(channel.slice(this.prefix.length));
    if (!callbacks) return;
    let payload: T;
    try {
      payload = JSON.parse(message) as T;
    } catch (error) {
      this.onError(new Error(`Unreadable message on ${channel}: ${String(error)}`));
      return;
    }
    for (const callback of callbacks) callback(payload);
  }

  /** boardgame.io calls these without awaiting: keep the promise to report failures and to settle. */
  private track(promise: Promise<unknown>): void {
    const tracked = promise.catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}
