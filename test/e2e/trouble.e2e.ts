// Online trouble: the server goes away mid-match and comes back (the board
// says so, then recovers without a reload and play goes on), and a move the
// server refuses is shown on the board as refused, never a silent no-op.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { suiteBrowser } from './browser';
import { takeStep } from './driver';
import { newMatch } from './lobby-steps';
import { startServer } from './server';
import type { RunningServer } from './server';
import { shootBoth } from './shots';

/** Steps the seats in turn until `done` holds (checked before every step). */
const stepUntil = async (pages: ReadonlyArray<Page>, done: () => Promise<boolean>, timeoutMs: number, options: { readonly holdMove?: Page } = {}): Promise<void> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let moved = false;
    for (const page of pages) {
      if (await done()) return;
      moved = (await takeStep(page, { holdMove: page === options.holdMove })) === 'moved' || moved;
    }
    if (Date.now() > until) throw new Error(`Not done within ${timeoutMs} ms`);
    if (!moved) await pages[0]?.waitForTimeout(100);
  }
};

/**
 * Routes the page's game socket through the test, which can rewrite the next
 * chooseAction the page sends into an action the rules refuse (a socket.io
 * frame: 42/<namespace>,["update", action, stateID, matchID, playerID]).
 */
const tamperWithNextAction = async (page: Page): Promise<{ arm: () => void; tampered: () => boolean }> => {
  let armed = false;
  let done = false;
  const tamper = (frame: string): string | undefined => {
    const parts = /^(42\/[^,[]*,\d*)(\[.*\])$/s.exec(frame);
    if (!parts?.[1] || !parts[2]) return undefined;
    const packet = JSON.parse(parts[2]) as [string, { payload?: { type?: string; args?: unknown[] } }, ...unknown[]];
    if (packet[0] !== 'update' || packet[1].payload?.type !== 'chooseAction') return undefined;
    packet[1].payload.args = [{ type: 'blockadeTokyoBay' }];
    return `${parts[1]}${JSON.stringify(packet)}`;
  };
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    // With a page-side handler, nothing goes to the server unless sent here; the server's frames still flow to the page.
    ws.onMessage((message) => {
      const rewritten = armed && typeof message === 'string' ? tamper(message) : undefined;
      if (rewritten) {
        armed = false;
        done = true;
      }
      server.send(rewritten ?? message);
    });
  });
  return { arm: () => void (armed = true), tampered: () => done };
};

const reconnecting = (page: Page) => page.getByRole('status').filter({ hasText: 'Reconnecting to the match…' });

describe('online trouble', () => {
  const { open } = suiteBrowser();

  it('shows a lost connection, then recovers without a reload, and play goes on', async () => {
    // Its own server, so that stopping it leaves the other tests alone.
    const server: RunningServer = await startServer();
    try {
      const aiko = await open({ baseURL: server.url });
      const ben = await open({ baseURL: server.url });
      const [a, b] = [aiko.page, ben.page];
      await newMatch(a, b);
      // Into the moves step, Aiko's move not yet made (a state the server must bring back).
      await stepUntil([b, a], async () => (await a.getByRole('button', { name: 'Confirm move' }).count()) > 0, 20_000, { holdMove: a });

      // The server crashes: both boards say the connection is lost, and the page stays.
      const restarted = server.restart();
      await reconnecting(a).waitFor({ timeout: 10_000 });
      await reconnecting(b).waitFor({ timeout: 10_000 });
      await expectAccessible(a, 'board, connection lost');
      await shootBoth(a, 'board-reconnecting');
      await restarted;
      // Back on the same port and data: the status goes away with no reload, the match as it was.
      await expect.poll(() => reconnecting(a).count(), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => reconnecting(b).count(), { timeout: 20_000 }).toBe(0);
      await a.getByRole('button', { name: 'Confirm move' }).waitFor();
      // Play goes on: through the rest of round 1 into round 2.
      await stepUntil([a, b], async () => (await a.getByText('Round 2 of 9').count()) > 0, 30_000);
      await aiko.context.close();
      await ben.context.close();
    } finally {
      await server.stop();
    }
  });

  it('shows a move the server refuses as refused, with the reason, and the move can be made again', async () => {
    const aiko = await open();
    const ben = await open();
    const [a, b] = [aiko.page, ben.page];
    const socket = await tamperWithNextAction(a);
    await newMatch(a, b);
    // Aiko's move is left to the test: the driver must not play it first.
    await stepUntil([b, a], async () => (await a.getByRole('button', { name: 'Confirm move' }).count()) > 0, 20_000, { holdMove: a });

    socket.arm();
    await a.getByRole('radio', { name: 'Stand pat' }).check();
    await a.getByRole('button', { name: 'Confirm move' }).click();
    const alert = a.getByRole('alert').filter({ hasText: 'That move was refused.' });
    await alert.waitFor({ timeout: 10_000 });
    expect(socket.tampered()).toBe(true);
    expect(await alert.innerText()).toContain('The rules do not allow that move now.');
    await expectAccessible(a, 'board, refused move');
    await shootBoth(a, 'board-refused');

    // Nothing was played: the picker is still there, and the same move now goes through.
    await a.getByRole('radio', { name: 'Stand pat' }).check();
    await a.getByRole('button', { name: 'Confirm move' }).click();
    await a.getByText('You chose:').waitFor({ timeout: 10_000 });
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert.count()).toBe(0);
    await aiko.context.close();
    await ben.context.close();
  });
});
