// Time to interactive in headless Chromium on localhost: from navigation
// start until the screen's main control is in the page and the main thread
// is next idle (requestIdleCallback), measured inside the page. Each sample
// is a fresh browser context: a first visit, nothing cached.
import type { Browser } from 'playwright-core';

export type Screen = {
  readonly name: string; //  'home'
  readonly path: string; //  '/'
  /** A CSS selector and the text of the element that means "ready to use". */
  readonly ready: { readonly selector: string; readonly text: string };
};

export const SCREENS: ReadonlyArray<Screen> = [
  { name: 'home', path: '/', ready: { selector: 'button[type=submit]', text: 'Play against the bot' } },
  { name: 'solo board', path: '/solo?side=us&level=normal', ready: { selector: 'h1', text: 'You are the United States' } },
];

// Runs in the page before its own scripts: watches the DOM for the ready
// element, then records the first idle moment after it. A string, not a
// function: tsx's transform would wrap a function's inner functions in a
// helper (__name) that does not exist in the page.
const probe = ({ selector, text }: Screen['ready']): string => `(() => {
  if (location.protocol !== 'http:') return;
  // The guide would cover the board: a returning player's view, in English.
  localStorage.setItem('cott.tutorial.done', '1');
  localStorage.setItem('cott.locale', 'en');
  const check = () => {
    const found = [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.textContent.trim() === ${JSON.stringify(text)} && !el.disabled);
    if (!found) return false;
    requestIdleCallback(() => { window.__tti = performance.now(); }, { timeout: 5000 });
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => { if (!check()) observer.observe(document.body, { childList: true, subtree: true, characterData: true }); });
})();`;

export const timeToInteractive = async (browser: Browser, baseURL: string, screen: Screen): Promise<number> => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    await context.addInitScript({ content: probe(screen.ready) });
    const page = await context.newPage();
    await page.goto(screen.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti, undefined, { timeout: 30_000 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
};
