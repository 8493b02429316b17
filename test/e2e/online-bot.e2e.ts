// Online against the server's bot: a player creates a match with the bot
// across the table, plays it to the end through the board, and reads the
// bot's reasons in the chat as they come (in English, then in Japanese) and
// on the end screen.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { suiteBrowser } from './browser';
import { playToEnd, skipGuide, takeStep } from './driver';
import { shootBoth } from './shots';

describe('online against the bot', () => {
  const { open } = suiteBrowser();

  it("plays a match against the server's Easy bot, whose reasons arrive in the chat and fill the end screen", async () => {
    const { page } = await open();
    await page.goto('/');
    await page.getByRole('link', { name: 'Create an online match' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Aiko');
    await page.getByRole('group', { name: 'Your side' }).getByRole('radio', { name: 'United States' }).check();
    await page.getByRole('radio', { name: 'The bot (Easy)' }).check();
    await page.getByRole('button', { name: 'Create the match' }).click();
    // The bot's seat is taken at once: the match starts, with no waiting room.
    await page.getByRole('heading', { level: 1, name: 'You are the United States' }).waitFor();
    await skipGuide(page);

    // Play until the bot has explained something (its answer in the talks comes in round 1).
    const chat = page.locator('details.chat');
    const notes = chat.locator('li.chat__bot');
    const until = Date.now() + 60_000;
    while ((await notes.count()) === 0) {
      if (Date.now() > until) throw new Error('No bot note reached the chat');
      if ((await takeStep(page)) !== 'moved') await page.waitForTimeout(150);
    }
    await chat.locator('summary').click();
    expect(await notes.first().textContent()).toMatch(/^Japan \(bot\) explains: .+\(round \d\)$/);
    await expectAccessible(page, 'online board with the bot notes');
    await shootBoth(page, 'board-online-bot-chat');

    // The same notes in Japanese: the reader's language, not the sender's.
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => chat.locator('li.chat__bot').first().textContent()).toMatch(/^日本（ボット）の説明：/);
    await page.getByRole('button', { name: 'English' }).click();

    await playToEnd([page], 120_000);
    await page.getByRole('heading', { name: 'The result' }).waitFor();
    const reasons = page.getByRole('region', { name: "The bot's reasoning, move by move" }).getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThan(2);
    await expectAccessible(page, 'end screen against the bot');
  });
});
