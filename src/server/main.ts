// `npm start`: one game server from the environment (start.ts).
//   PORT (8000), DATA_DIR (./data), CORS_ORIGINS, LOG_LEVEL, DATABASE_URL, REDIS_URL, TRUST_PROXY
import { startFromEnvironment } from './start';

await startFromEnvironment();
