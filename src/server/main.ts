// `npm start`: reads the environment, opens the store and runs one server.
//   PORT (8000), DATA_DIR (./data), CORS_ORIGINS, LOG_LEVEL, DATABASE_URL, REDIS_URL
import { pino } from 'pino';
import { createGameServer } from './app';
import { parseConfig } from './config';
import { createStorage } from './storage/index';

const config = parseConfig(process.env);
const logger = pino({ level: config.logLevel });
// TODO(#6): REDIS_URL selects the Redis pub/sub between instances (src/server/pubsub/).
const server = createGameServer({ storage: createStorage(config), logger, config });

const shutdown = (signal: string) => {
  logger.info({ signal }, 'shutting down');
  server.stop().then(
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
