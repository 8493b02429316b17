// Screenshots of each main screen at phone and desktop widths, for a person
// to look at (test/e2e/screenshots/, ignored by git).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';

const DIR = resolve(import.meta.dirname, 'screenshots');

/** Saves the page at its current width, named `<screen>-<width>.png`. */
export const shoot = async (page: Page, screen: string): Promise<void> => {
  mkdirSync(DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(DIR, `${screen}-${width <= PHONE.width ? 'phone' : 'desktop'}.png`), fullPage: true });
};

/** Saves the page at both widths, then restores the desktop width. */
export const shootBoth = async (page: Page, screen: string): Promise<void> => {
  await page.setViewportSize(PHONE);
  await shoot(page, screen);
  await page.setViewportSize(DESKTOP);
  await shoot(page, screen);
};
