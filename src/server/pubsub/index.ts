// Chooses how instances tell each other about moves: Redis pub/sub when
// REDIS_URL is set, else none (one process: the server's in-process pub/sub).
import type { Logger } from 'pino';
import type { PubSubPayload } from '../app';
import type { ServerConfig } from '../config';
import { RedisPubSub } from './redis';

/**
 * Redis options from a REDIS_URL. A `prefix` query parameter (ours) sets the
 * channel prefix: `redis://127.0.0.1:6379?prefix=cott:`.
 */
export const redisOptionsFromUrl = (redisUrl: string): { readonly url: string; readonly prefix?: string } => {
  const url = new URL(redisUrl);
  const prefix = url.searchParams.get('prefix');
  url.searchParams.delete('prefix');
  return { url: url.toString(), ...(prefix ? { prefix } : {}) };
};

/** A connected Redis pub/sub, or undefined without REDIS_URL. Rejects if Redis is unreachable. */
export const createPubSub = async (config: ServerConfig, logger: Logger): Promise<RedisPubSub<PubSubPayload> | undefined> => {
  if (!config.redisUrl) return undefined;
  const pubSub = new RedisPubSub<PubSubPayload>({
    ...redisOptionsFromUrl(config.redisUrl),
    onError: (err) => logger.error({ err }, 'redis pub/sub'),
  });
  await pubSub.connect();
  return pubSub;
};
