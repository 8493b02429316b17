// `npm start`: reads the environment, opens the store and runs one server.
//   PORT (8000), DATA_DIR (./data), CORS_ORIGINS, LOG_LEVEL, DATABASE_URL, REDIS_URL
import { pino } from 'pino';
import { createGameServer } from './app';
import { parseConfig } from './config';
import { createPubSub } from './pubsub/index';
import { createStorage } from './storage/index';

const config = parseConfig(process.env);
const logger = pino({ level: config.logLevel });
// With DATABASE_URL and REDIS_URL this is one of several instances sharing matches (README, Scale-out).
const storage = createStorage(config, (err) => logger.error({ err }, 'storage connection'));
const pubSub = await createPubSub(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not reach Redis');
  process.exit(1);
});
const server = createGameServer({ storage, ...(pubSub ? { pubSub } : {}), logger, config });

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

server.run().catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});
