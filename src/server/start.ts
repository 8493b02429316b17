// Starts one server from the environment (see config.ts): opens the store,
// connects Redis if configured, serves, and shuts down cleanly on SIGINT or
// SIGTERM. `npm start` runs it through main.ts with the real game; the load
// bench runs it with a trivial game as its baseline.
import type { Game } from 'boardgame.io';
import { pino } from 'pino';
import { createGameServer } from './app';
import { parseConfig } from './config';
import { skipImmerFreezeInProduction } from './immer';
import { createPubSub } from './pubsub/index';
import { createStorage } from './storage/index';

export const startFromEnvironment = async (options: { readonly game?: Game } = {}): Promise<void> => {
  const config = parseConfig(process.env);
  const logger = pino({ level: config.logLevel });
  skipImmerFreezeInProduction();
  // With DATABASE_URL and REDIS_URL this is one of several instances sharing matches (README, Scale-out).
  const storage = createStorage(config, (err) => logger.error({ err }, 'storage connection'));
  const pubSub = await createPubSub(config, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, 'could not reach Redis');
    process.exit(1);
  });
  const server = createGameServer({ storage, ...(pubSub ? { pubSub } : {}), logger, config, ...(options.game ? { game: options.game } : {}) });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server
      .stop()
      .then(() => pubSub?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  await server.run().catch((error: unknown) => {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  });
};
