// Solo: a whole game against the bot (in its Web Worker) through the board,
// with axe on the board, the end screen and the replay, and a screenshot of
// each step of the round; then the replay, stepped by keys and buttons.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { suiteBrowser } from './browser';
import { playToEnd } from './driver';
import { shootBoth } from './shots';

describe('solo against the bot', () => {
  const { open } = suiteBrowser();

  it('plays a game as Japan against the easy bot to the end, then replays it round by round', async () => {
    const { context, page } = await open();
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
    // Each step of the round once, at both widths, the moment it first shows.
    const steps: ReadonlyArray<readonly [string, string]> = [
      ['board-solo-news', 'Your answer to the news'],
      ['board-solo-talks', 'End talks'],
      ['board-solo-moves', 'Confirm move'],
      ['board-review', 'Next round'],
    ];
    const shot = new Set<string>();
    let sawWhy = false; // the bot's reason beside one of its moves (the news, the talks, the reveal)
    const shootSteps = async (p: Page) => {
      if (!sawWhy && (await p.getByText("The bot's reasoning:").count()) > 0) sawWhy = true;
      for (const [name, control] of steps) {
        if (shot.has(name)) continue;
        const found = name === 'board-solo-news' ? p.getByRole('group', { name: control }) : p.getByRole('button', { name: control });
        if (!(await found.count())) continue;
        shot.add(name);
        if (name === 'board-review') await expectAccessible(p, 'review');
        await shootBoth(p, name);
      }
    };
    await shootBoth(page, 'board-solo');
    await shootSteps(page);
    const played = await playToEnd([page], 120_000, undefined, shootSteps);
    expect(played).toBeGreaterThan(9);
    expect(sawWhy).toBe(true);
    // The news asks Japan for an answer only on some cards: the other three steps always come.
    expect([...shot]).toEqual(expect.arrayContaining(['board-solo-talks', 'board-solo-moves', 'board-review']));
    await page.getByRole('heading', { name: 'The result' }).waitFor();
    // The debrief: the bot's reasons for the whole match.
    expect(await page.getByRole('region', { name: "The bot's reasoning, move by move" }).getByRole('listitem').count()).toBeGreaterThan(2);
    await expectAccessible(page, 'end screen');
    await shootBoth(page, 'end');

    // The replay from the end screen: both sides' secrets, stepped by keys and buttons.
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replay' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/replay');
    await page.getByRole('heading', { name: 'Round 1: what happened' }).waitFor();
    await expectAccessible(page, 'replay');
    await shootBoth(page, 'replay');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Round 2: what happened' }).waitFor();
    await page.getByRole('button', { name: 'Next round' }).click();
    await page.getByRole('heading', { name: 'Round 3: what happened' }).waitFor();
    await page.getByRole('button', { name: 'Previous round' }).click();
    await page.getByRole('heading', { name: 'Round 2: what happened' }).waitFor();
    await page.keyboard.press('End');
    await page.getByRole('heading', { name: 'The result' }).waitFor();
    // A reload keeps it (sessionStorage): the replay is a page of its own.
    await page.reload();
    await page.getByRole('heading', { name: 'Round 1: what happened' }).waitFor();

    // Back to the game's page: a fresh game, and the guide, dismissed for good, stays away.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
