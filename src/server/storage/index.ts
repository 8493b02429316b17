// Chooses the match store from the configuration: the embedded LMDB store
// under DATA_DIR unless DATABASE_URL names a PostgreSQL database (several
// instances share it; see README "Scale-out").
import { join } from 'node:path';
import type { ServerConfig } from '../config';
import { openLmdbStore } from './lmdb';
import { PostgresStore, postgresOptionsFromUrl } from './postgres';
import type { MatchStore } from './types';

/** `onError`: errors on idle PostgreSQL connections (the pool replaces them). */
export const createStorage = (config: ServerConfig, onError?: (error: Error) => void): MatchStore => {
  if (config.databaseUrl) return new PostgresStore({ ...postgresOptionsFromUrl(config.databaseUrl), ...(onError ? { onError } : {}) });
  return openLmdbStore(join(config.dataDir, 'matches.lmdb'));
};
