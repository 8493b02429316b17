// The real game server as a child process for browser tests and the client
// bench: `node --import tsx src/server/main.ts` (not the tsx CLI, which
// leaves a grandchild holding the port, STACK.md trap 3) on a free port, with
// a fresh DATA_DIR, serving the built client from dist/.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type RunningServer = {
  readonly url: string;
  /** Kills the server process (SIGKILL: a crash) and starts a new one on the same port and DATA_DIR. */
  readonly restart: (downMs?: number) => Promise<void>;
  readonly stop: () => Promise<void>;
};

const ROOT = resolve(import.meta.dirname, '../..');

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs} ms`);
};

export const startServer = async (env: Readonly<Record<string, string>> = {}): Promise<RunningServer> => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cott-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const spawnServer = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOBBY_RATE_PER_MINUTE: '10000', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForHealth(url, child, 30_000);
    return child;
  };
  const kill = async (child: ChildProcess, signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let child = await spawnServer();
  return {
    url,
    restart: async (downMs = 0) => {
      await kill(child, 'SIGKILL');
      if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
      child = await spawnServer();
    },
    stop: async () => {
      await kill(child, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
