// `npm run bench` client section: the first screen's initial JS and CSS
// (min+gzip) and the time to interactive of the home page and of a solo
// board, on the real server over localhost. Targets: <= 250 KB gzip initial
// JS, <= 1 s to interactive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './client-browser';
import { measureBundle } from './client-bundle';
import type { BundleReport } from './client-bundle';
import { SCREENS, timeToInteractive } from './client-tti';
import { startServer } from './server-load-process';

export const TARGET_JS_GZIP = 250 * 1024;
export const TARGET_TTI_MS = 1000;

export type ClientReport = {
  readonly bundle: BundleReport;
  readonly tti: ReadonlyArray<{ readonly screen: string; readonly samplesMs: ReadonlyArray<number>; readonly medianMs: number }>;
  readonly targets: { readonly jsGzip: number; readonly ttiMs: number; readonly met: boolean };
};

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export const runClientBench = async (options: { readonly samples: number; readonly progress: (line: string) => void }): Promise<ClientReport> => {
  options.progress('client: building dist/ with a manifest');
  const bundle = await measureBundle();
  const dataDir = mkdtempSync(join(tmpdir(), 'cott-bench-client-'));
  const server = await startServer('src/server/main.ts', { DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const browser = await launchChromium();
  try {
    const tti = [];
    for (const screen of SCREENS) {
      await timeToInteractive(browser, server.url, screen); // warm-up: the server's and the OS's caches, not the page's
      const samplesMs: number[] = [];
      for (let i = 0; i < options.samples; i++) samplesMs.push(Math.round(await timeToInteractive(browser, server.url, screen)));
      options.progress(`client: ${screen.name} ${samplesMs.join(', ')} ms`);
      tti.push({ screen: screen.name, samplesMs, medianMs: median(samplesMs) });
    }
    const met = bundle.js.gzip <= TARGET_JS_GZIP && tti.every((t) => t.medianMs <= TARGET_TTI_MS);
    return { bundle, tti, targets: { jsGzip: TARGET_JS_GZIP, ttiMs: TARGET_TTI_MS, met } };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export const formatClientReport = (r: ClientReport): string =>
  [
    'Client: the first screen (entry chunk and its static imports; built with vite, gzip -9)',
    `  initial JS  ${kb(r.bundle.js.bytes)} min, ${kb(r.bundle.js.gzip)} gzip (target <= ${kb(r.targets.jsGzip)}) in ${r.bundle.js.files.length} file(s)`,
    `  initial CSS ${kb(r.bundle.css.bytes)} min, ${kb(r.bundle.css.gzip)} gzip`,
    `  loaded later, on demand: ${kb(r.bundle.lazyJsGzip)} gzip of JS (modes, board, charts, rules, bot worker)`,
    'Time to interactive, headless Chromium on localhost, a fresh context each sample (main control present, then main thread idle):',
    ...r.tti.map((t) => `  ${t.screen.padEnd(12)} median ${String(t.medianMs).padStart(5)} ms   samples ${t.samplesMs.join(', ')}   (target <= ${r.targets.ttiMs} ms)`),
    `Client targets: ${r.targets.met ? 'met' : 'NOT met'}`,
  ].join('\n');
