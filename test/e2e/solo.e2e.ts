// Solo: a whole game against the bot (in its Web Worker) through the board,
// with axe on the board and the end screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { launch, newPlayer } from './browser';
import { playToEnd, skipGuide } from './driver';
import { shootBoth } from './shots';

describe('solo against the bot', () => {
  let browser: Browser;
  const baseURL = inject('baseURL');
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('plays a game as Japan against the easy bot to the end', async () => {
    const { context, page } = await newPlayer(browser, baseURL);
    await page.goto('/');
    await page.getByRole('group', { name: 'Your side' }).first().getByRole('radio', { name: 'Japan' }).check();
    await page.getByRole('radio', { name: 'Easy' }).check();
    await page.getByRole('button', { name: 'Play against the bot' }).click();
    // The first-game guide, then the board.
    const guide = page.getByRole('dialog', { name: 'Beat the path of doing nothing' });
    await guide.waitFor();
    await expectAccessible(page, 'tutorial');
    await shootBoth(page, 'tutorial');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: 'A round is 10 days' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();
    await expectAccessible(page, 'solo board');
    await shootBoth(page, 'board-solo');
    let shotMoves = false;
    const steps = await playToEnd([page], 120_000, async (p) => {
      if (!shotMoves && (await p.getByRole('button', { name: 'Next round' }).count())) {
        shotMoves = true;
        await expectAccessible(p, 'review');
        await shootBoth(p, 'board-review');
      }
    });
    expect(steps).toBeGreaterThan(9);
    await page.getByRole('heading', { name: 'The result' }).waitFor();
    await expectAccessible(page, 'end screen');
    await shootBoth(page, 'end');
    // The guide was dismissed for good: a rematch starts without it.
    await skipGuide(page);
    await page.getByRole('button', { name: 'Rematch' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
