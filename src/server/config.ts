// The server's configuration: read from the environment once, validated, and
// passed down as plain data (tests build it with `parseConfig({...})`).
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const origins = z
  .string()
  .optional()
  .transform((text) => (text ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0))
  .pipe(z.array(z.url({ message: 'CORS_ORIGINS must be a comma-separated list of origins like https://example.org' })));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  DATA_DIR: z.string().min(1).default('./data'),
  CORS_ORIGINS: origins,
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATABASE_URL: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  STATIC_DIR: z.string().min(1).default('dist'),
  /** Match creations and joins per client address per minute. */
  LOBBY_RATE_PER_MINUTE: positiveInt(30),
  /** How often the timer sweeper looks for expired steps, in ms. */
  SWEEP_INTERVAL_MS: positiveInt(1000),
  /** How many reverse proxies in front append to X-Forwarded-For; 0: the header is ignored. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

export type ServerConfig = {
  readonly port: number; // 8000
  readonly dataDir: string; // './data'
  /** Origins allowed cross-origin; empty: same-origin only. */
  readonly corsOrigins: ReadonlyArray<string>; // ['https://play.example.org']
  readonly logLevel: (typeof LOG_LEVELS)[number]; // 'info'
  readonly databaseUrl?: string; // 'postgres://user@127.0.0.1:5432/test'
  readonly redisUrl?: string; // 'redis://127.0.0.1:6379'
  readonly staticDir: string; // 'dist'
  readonly lobbyRatePerMinute: number; // 30
  readonly sweepIntervalMs: number; // 1000
  /** Reverse proxies in front whose X-Forwarded-For entries are trusted (rate limit by client address); 0: none. */
  readonly trustProxy: number; // 1 behind one nginx
};

/** Parses environment variables; throws an Error listing every bad variable. */
export const parseConfig = (env: Readonly<Record<string, string | undefined>>): ServerConfig => {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    dataDir: e.DATA_DIR,
    corsOrigins: e.CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    staticDir: e.STATIC_DIR,
    lobbyRatePerMinute: e.LOBBY_RATE_PER_MINUTE,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    trustProxy: e.TRUST_PROXY,
  };
};
