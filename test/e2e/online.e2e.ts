// Online: two browser contexts (two players) create and join a match through
// the lobby and play it to the end over the real server; a reload mid-match
// resumes the seat; a spectator watches by link; the finished match replays
// by link; both press Rematch and meet in the next match on the same seats;
// wrong credentials and a match that is gone end in a message, not a hang.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { PHONE, suiteBrowser } from './browser';
import { playToEnd } from './driver';
import { createMatch, startBoth } from './lobby-steps';
import { shootBoth } from './shots';

describe('online', () => {
  const { baseURL, open } = suiteBrowser();

  it('two players create, join and play a match to the end; a reload resumes the seat; a spectator watches; the replay opens by link; a rematch keeps the seats', async () => {
    const aiko = await open();
    const ben = await open({ viewport: PHONE });
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
    await startBoth(a, b);
    await expectAccessible(a, 'online board');
    await shootBoth(a, 'board-online');

    // A spectator by link sees neither side's agendas.
    const carol = await open();
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

    // Anyone with the link replays the finished match, both sides' secrets shown.
    const dan = await open({ viewport: PHONE });
    await dan.page.goto(`/match/${code}/replay`);
    await dan.page.getByRole('heading', { level: 1, name: 'Replay' }).waitFor({ timeout: 15_000 });
    await dan.page.getByRole('heading', { name: 'Round 1: what happened' }).waitFor();
    expect(await dan.page.getByRole('heading', { name: "Both sides' agendas" }).count()).toBe(1);
    await dan.context.close();

    // Rematch: both press it and land in the same new match, on the same seats.
    await a.getByRole('button', { name: 'Rematch' }).click();
    await expect.poll(() => new URL(a.url()).pathname, { timeout: 15_000 }).not.toBe(`/match/${code}`);
    const next = new URL(a.url()).pathname;
    expect(next).toMatch(/^\/match\/[A-Za-z0-9_-]+$/);
    await b.getByRole('button', { name: 'Rematch' }).click();
    await expect.poll(() => new URL(b.url()).pathname, { timeout: 15_000 }).toBe(next);
    for (const page of [a, b]) {
      await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Aiko' }).filter({ hasText: 'United States' }).first().waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Ben' }).filter({ hasText: 'Japan' }).first().waitFor();
    }
    await startBoth(a, b);
    await a.getByText('Round 1 of 9').first().waitFor();
    await aiko.context.close();
    await ben.context.close();
  });

  it('says so when the seat key is wrong or the match is gone, instead of hanging', async () => {
    const dave = await open();
    const code = await createMatch(dave.page, 'Dave');
    // Another browser with a forged key for Dave's seat.
    const eve = await open();
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
