// Debian's chromium driven by playwright-core, headless, with the flags that
// keep it quiet and repeatable on a CI machine (the client bench and the e2e
// tests share them). playwright's launch() gives each browser a fresh
// temporary profile, its own --user-data-dir.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
