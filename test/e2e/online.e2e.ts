// Online: two browser contexts (two players) create and join a match through
// the lobby and play it to the end over the real server; a reload mid-match
// resumes the seat; a spectator watches by link; wrong credentials and a
// match that is gone end in a message, not a hang.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe';
import { launch, newPlayer, PHONE } from './browser';
import { playToEnd, skipGuide } from './driver';
import { shootBoth } from './shots';

const createMatch = async (page: Page, name: string): Promise<string> => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an online match' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('group', { name: 'Your side' }).getByRole('radio', { name: 'United States' }).check();
  await page.getByRole('radio', { name: 'Everyone (listed in public matches)' }).check();
  await page.getByRole('button', { name: 'Create the match' }).click();
  await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
  return page.getByRole('textbox', { name: 'Match code' }).inputValue();
};

describe('online', () => {
  let browser: Browser;
  const baseURL = inject('baseURL');
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('two players create, join and play a match to the end; a reload resumes the seat; a spectator watches', async () => {
    const aiko = await newPlayer(browser, baseURL);
    const ben = await newPlayer(browser, baseURL, { viewport: PHONE });
    const a = aiko.page;
    const b = ben.page;

    const code = await createMatch(a, 'Aiko');
    expect(code).toMatch(/^[A-Za-z0-9_-]{6,64}$/);
    expect(await a.getByRole('textbox', { name: 'Link to share' }).inputValue()).toBe(`${baseURL}/join/${code}`);
    expect(await a.getByRole('button', { name: 'Start the match' }).isDisabled()).toBe(true);
    await expectAccessible(a, 'waiting room');
    await shootBoth(a, 'waiting-room');

    // Ben finds it among the public matches, then joins by its code.
    await b.goto('/matches');
    await b.getByRole('link', { name: `Open match ${code}` }).waitFor();
    await b.goto('/');
    await b.getByRole('textbox', { name: 'Match link or code' }).fill(code);
    await b.getByRole('button', { name: 'Join', exact: true }).click();
    await b.getByRole('heading', { name: 'Join the match' }).waitFor();
    await expectAccessible(b, 'join');
    await shootBoth(b, 'join');
    await b.getByRole('textbox', { name: 'Your name' }).fill('Ben');
    await b.getByRole('button', { name: 'Take the seat' }).click();
    await b.getByRole('heading', { name: 'Waiting room' }).waitFor();

    // Aiko's waiting room sees Ben arrive and connect.
    await a.getByRole('listitem').filter({ hasText: 'Ben' }).filter({ hasText: 'connected' }).first().waitFor({ timeout: 10_000 });
    await a.getByRole('button', { name: 'Start the match' }).click();
    await b.getByRole('button', { name: 'Start the match' }).click();
    await skipGuide(a);
    await skipGuide(b);
    await a.getByRole('heading', { level: 1, name: 'You are the United States' }).waitFor();
    await b.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();
    await expectAccessible(a, 'online board');
    await shootBoth(a, 'board-online');

    // A spectator by link sees neither side's agendas.
    const carol = await newPlayer(browser, baseURL);
    await carol.page.goto(`/match/${code}?seat=watch`);
    await carol.page.getByRole('heading', { level: 1, name: /spectat|watch/i }).waitFor();
    expect(await carol.page.getByRole('heading', { name: 'Your secret agendas' }).count()).toBe(0);
    await expectAccessible(carol.page, 'spectator board');
    await shootBoth(carol.page, 'board-spectator');
    await carol.context.close();

    let reloaded = false;
    await playToEnd([a, b], 150_000, async (page, count) => {
      if (reloaded || count < 12 || page !== a) return;
      reloaded = true;
      await a.reload();
      await a.getByRole('heading', { level: 1, name: 'You are the United States' }).waitFor({ timeout: 15_000 });
      expect(await a.getByRole('heading', { name: 'Waiting room' }).count()).toBe(0);
    });
    expect(reloaded).toBe(true);
    await a.getByRole('heading', { name: 'The result' }).waitFor();
    await b.getByRole('heading', { name: 'The result' }).waitFor();
    await aiko.context.close();
    await ben.context.close();
  });

  it('says so when the seat key is wrong or the match is gone, instead of hanging', async () => {
    const dave = await newPlayer(browser, baseURL);
    const code = await createMatch(dave.page, 'Dave');
    // Another browser with a forged key for Dave's seat.
    const eve = await newPlayer(browser, baseURL);
    await eve.page.goto('/');
    await eve.page.evaluate((id) => localStorage.setItem(`cott.seat.${id}`, JSON.stringify({ playerID: '0', credentials: 'forged', name: 'Eve' })), code);
    await eve.page.goto(`/match/${code}`);
    await eve.page.getByRole('heading', { name: 'Your seat is no longer yours' }).waitFor({ timeout: 15_000 });
    await expectAccessible(eve.page, 'wrong credentials');
    await eve.page.goto('/match/NoSuchMatch123?seat=watch');
    await eve.page.getByRole('heading', { name: 'This match is gone' }).waitFor({ timeout: 15_000 });
    await shootBoth(eve.page, 'match-gone');
    await dave.context.close();
    await eve.context.close();
  });
});
