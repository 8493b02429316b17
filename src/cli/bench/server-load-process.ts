// Starts a game server as a child process on a loopback port and stops it:
// the bench measures the server's own CPU and memory, and the tests kill
// instances mid-match. `node --import tsx` runs the TypeScript directly; the
// tsx CLI is avoided because it leaves a grandchild holding the port when the
// child is killed (STACK.md trap 3).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export type ServerProcess = {
  readonly pid: number;
  readonly port: number;
  readonly url: string; // e.g. 'http://127.0.0.1:41234'
  /** What the server wrote to stderr (for error messages). */
  readonly stderr: () => string;
  /** SIGTERM, then SIGKILL if it has not exited in `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9: a crash. */
  kill(): Promise<void>;
};

/** A free loopback port, found by letting the OS pick one. */
export const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
};

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined);

const waitForHealth = async (url: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}: ${stderr().slice(-2000)}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs} ms: ${stderr().slice(-2000)}`);
};

/**
 * Runs `entry` (a TypeScript file, path from the project root) with PORT set
 * and the given environment, and waits until it answers /healthz.
 */
export const startServer = async (
  entry: string,
  env: Readonly<Record<string, string>>,
  options: { readonly port?: number; readonly timeoutMs?: number; readonly cwd?: string; readonly nodeArgs?: ReadonlyArray<string> } = {},
): Promise<ServerProcess> => {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), entry], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Keep the tail only: a long run must not grow this without bound.
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const url = `http://127.0.0.1:${port}`;
  const readStderr = (): string => stderr;
  try {
    await waitForHealth(url, child, readStderr, options.timeoutMs ?? 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server process has no pid');
  return {
    pid,
    port,
    url,
    stderr: readStderr,
    stop: async (graceMs = 5000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited(child);
      clearTimeout(timer);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
};
