// Hot-seat: the hand-off screen stands between the seats, and the other
// seat's board is never in the page while the device passes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { launch, newPlayer } from './browser';
import { skipGuide, takeStep } from './driver';
import { shootBoth } from './shots';

describe('hot-seat', () => {
  let browser: Browser;
  const baseURL = inject('baseURL');
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('plays a round with hand-offs between the seats', async () => {
    const { context, page } = await newPlayer(browser, baseURL);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a game on this device' }).click();
    await page.getByRole('heading', { name: 'Pass the device to United States' }).waitFor();
    await expectAccessible(page, 'hand-off');
    await shootBoth(page, 'handoff');
    await page.getByRole('button', { name: 'I am United States: show my board' }).click();
    await skipGuide(page);
    await page.getByRole('heading', { level: 1, name: 'You are the United States' }).waitFor();

    // Play the US seat until the device must pass to Japan.
    const handOff = page.getByRole('heading', { name: 'Pass the device to Japan' });
    for (let i = 0; i < 20 && !(await handOff.count()); i++) await takeStep(page);
    await handOff.waitFor();
    // Nothing of the US board is in the page while handing off.
    expect(await page.getByRole('heading', { name: 'Your secret agendas' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'You are the United States' }).count()).toBe(0);
    await page.getByRole('button', { name: 'I am Japan: show my board' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();

    // Round 1 through both seats' moves, until round 2's first hand-off at least.
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const pass = page.getByRole('heading', { name: /^Pass the device to/ });
      if (await pass.count()) {
        const to = (await pass.innerText()).replace('Pass the device to ', '');
        seen.add(to);
        await page.getByRole('button', { name: `I am ${to}: show my board` }).click();
        continue;
      }
      if ((await page.getByText('Round 2 of 9').count()) && seen.size === 2) break;
      await takeStep(page);
    }
    expect(seen).toEqual(new Set(['United States', 'Japan']));
    await page.getByText('Round 2 of 9').first().waitFor();
    await context.close();
  });
});
