// Plays the board the way a person would, by role and accessible name (the
// board names every control): answers the news with its first option, rejects
// incoming proposals, ends the talks, stands pat (or takes the first listed
// action), reads the round. Enough to play any match to its end.
import { errors } from 'playwright-core';
import type { Page } from 'playwright-core';

export type Step = 'moved' | 'idle' | 'over';

/** Dismisses the first-game guide if it is showing. */
export const skipGuide = async (page: Page): Promise<void> => {
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.count()) await skip.click();
};

/**
 * Clicks a control, then waits for it to go. The click gives up after a few
 * seconds: an opponent's move can change the board under it (a server bot's
 * proposal arriving shifts the talks, or disables End talks), and the caller
 * then looks at the board again instead of waiting on a control that is gone.
 */
const clickAndSettle = async (locator: ReturnType<Page['getByRole']>): Promise<boolean> => {
  try {
    await locator.click({ timeout: 5000 });
  } catch (error) {
    if (error instanceof errors.TimeoutError) return false;
    throw error;
  }
  // The control goes away (or is disabled) once the master answers; never click it twice.
  await locator.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  return true;
};

/**
 * Takes one step on this page if it owes one. `hostile` picks the first
 * non-stand-pat action; `holdMove` leaves the secret move to the test.
 */
export const takeStep = async (page: Page, options: { readonly hostile?: boolean; readonly holdMove?: boolean } = {}): Promise<Step> => {
  if (await page.getByRole('heading', { name: 'The result' }).count()) return 'over';
  await skipGuide(page);
  const news = page.getByRole('group', { name: 'Your answer to the news' }).getByRole('button');
  if (await news.count()) {
    return (await clickAndSettle(news.first())) ? 'moved' : 'idle';
  }
  const reject = page.getByRole('button', { name: 'Reject', exact: true });
  if ((await reject.count()) && (await reject.isEnabled())) {
    return (await clickAndSettle(reject)) ? 'moved' : 'idle';
  }
  const endTalks = page.getByRole('button', { name: 'End talks' });
  if ((await endTalks.count()) && (await endTalks.isEnabled())) {
    return (await clickAndSettle(endTalks)) ? 'moved' : 'idle';
  }
  const confirm = page.getByRole('button', { name: 'Confirm move' });
  if (!options.holdMove && (await confirm.count())) {
    const radios = page.getByRole('radiogroup', { name: 'Action' }).getByRole('radio');
    if (options.hostile && (await radios.count()) > 1) await radios.nth(1).check();
    else await page.getByRole('radio', { name: 'Stand pat' }).check();
    return (await clickAndSettle(confirm)) ? 'moved' : 'idle';
  }
  const next = page.getByRole('button', { name: 'Next round' });
  if (await next.count()) {
    return (await clickAndSettle(next)) ? 'moved' : 'idle';
  }
  return 'idle';
};

/**
 * Plays every page's seat until all show the result; fails after `timeoutMs`.
 * `onStep` runs after each step taken, `beforeStep` before each try (to catch a screen before it is played).
 */
export const playToEnd = async (
  pages: ReadonlyArray<Page>,
  timeoutMs: number,
  onStep?: (page: Page, count: number) => Promise<void>,
  beforeStep?: (page: Page) => Promise<void>,
): Promise<number> => {
  const until = Date.now() + timeoutMs;
  let count = 0;
  for (;;) {
    let over = 0;
    let moved = false;
    for (const page of pages) {
      await beforeStep?.(page);
      const step = await takeStep(page, { hostile: count % 7 === 3 });
      if (step === 'over') over++;
      if (step === 'moved') {
        moved = true;
        count++;
        await onStep?.(page, count);
      }
    }
    if (over === pages.length) return count;
    if (Date.now() > until) throw new Error(`The match did not end within ${timeoutMs} ms (${count} steps taken)`);
    if (!moved) await pages[0]?.waitForTimeout(150);
  }
};
