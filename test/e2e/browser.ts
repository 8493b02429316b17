// Debian's chromium (flags in src/cli/bench/client-browser.ts, shared with
// the client bench) and one browser context per player.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/bench/client-browser';

export const launch = (): Promise<Browser> => launchChromium();

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A new browser context (its own storage: a separate player) at a viewport, English unless told. */
export const newPlayer = async (browser: Browser, baseURL: string, options: { readonly viewport?: { width: number; height: number }; readonly locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? DESKTOP, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { context, page };
};
