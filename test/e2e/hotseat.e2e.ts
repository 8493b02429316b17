// Hot-seat: the hand-off screen stands between the seats, and the other
// seat's board is never in the page while the device passes.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { suiteBrowser } from './browser';
import { takeStep } from './driver';
import { shootBoth } from './shots';

describe('hot-seat', () => {
  const { open } = suiteBrowser();

  it('plays a round with hand-offs between the seats', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await page.getByRole('button', { name: 'Start a game on this device' }).click();
    const pass = page.getByRole('heading', { name: /^Pass the device to/ });
    await pass.waitFor();
    await expectAccessible(page, 'hand-off');
    await shootBoth(page, 'handoff');

    // Through round 1 until round 2, handing the device over whenever asked.
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      if (await pass.count()) {
        // Nothing of either seat's board is in the page while handing off.
        expect(await page.getByRole('heading', { name: 'Your secret agendas' }).count()).toBe(0);
        expect(await page.getByRole('heading', { name: /^You are/ }).count()).toBe(0);
        const to = (await pass.innerText()).replace('Pass the device to ', '');
        seen.add(to);
        await page.getByRole('button', { name: `I play ${to}: show my board` }).click();
        await page.getByRole('heading', { level: 1, name: to === 'Japan' ? 'You are Japan' : 'You are the United States' }).or(pass).first().waitFor();
        continue;
      }
      if (seen.size === 2 && (await page.getByText('Round 2 of 9').count())) break;
      await takeStep(page);
    }
    expect(seen).toEqual(new Set(['the United States', 'Japan']));
    await page.getByText('Round 2 of 9').first().waitFor();
    await context.close();
  });
});
