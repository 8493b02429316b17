// Command-line flags shared by the tools (simulate, tournament, exploit,
// bench): one way to read an integer, with one kind of error for bad input.
import { UsageError } from './sim/types';

/** What `read` returns; on a UsageError, its message and `usage` on stderr and exit code 2 (a tool's bad command line). */
export const orUsageExit = <T>(read: () => T, usage: string): T => {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
};

/** `raw` as an integer from `min` to `max`, `fallback` when the flag was not given; a UsageError otherwise. */
export const integerFlag = (flag: string, raw: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`${flag} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} must be an integer ${range}, got ${raw}`);
  }
  return value;
};
