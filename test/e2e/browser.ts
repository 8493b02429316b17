// Debian's chromium (flags in src/cli/bench/client-browser.ts, shared with
// the client bench) and one browser context per player.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
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

/**
 * A suite's browser: launched before its tests, closed after. `open` starts
 * a new player (its own context) on the test server at `baseURL`, or on
 * another server given as `options.baseURL`.
 */
export const suiteBrowser = (): {
  readonly baseURL: string;
  readonly open: (options?: Parameters<typeof newPlayer>[2] & { readonly baseURL?: string }) => ReturnType<typeof newPlayer>;
} => {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  return {
    baseURL,
    open: (options) => {
      if (!browser) throw new Error('The browser is not running: open players inside a test');
      return newPlayer(browser, options?.baseURL ?? baseURL, options);
    },
  };
};
