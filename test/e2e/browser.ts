// Debian's chromium driven by playwright-core, headless, with the flags that
// keep it quiet and repeatable on a CI machine. playwright's launch() gives
// each browser a fresh temporary profile (its own --user-data-dir).
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A new browser context (its own storage: a separate player) at a viewport, English unless told. */
export const newPlayer = async (browser: Browser, baseURL: string, options: { readonly viewport?: { width: number; height: number }; readonly locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? DESKTOP, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { context, page };
};
