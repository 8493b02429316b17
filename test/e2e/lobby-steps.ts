// The lobby as a player goes through it, by role and name: create a match,
// join it by its code, start it from the waiting room.
import type { Page } from 'playwright-core';
import { skipGuide } from './driver';

/** Creates a public match as the United States from the home page; resolves with its code. */
export const createMatch = async (page: Page, name: string): Promise<string> => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an online match' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('group', { name: 'Your side' }).getByRole('radio', { name: 'United States' }).check();
  await page.getByRole('radio', { name: 'Everyone (listed in public matches)' }).check();
  await page.getByRole('button', { name: 'Create the match' }).click();
  await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
  return page.getByRole('textbox', { name: 'Match code' }).inputValue();
};

/** Joins a match by its code from the home page (the free seat), up to the waiting room. */
export const joinMatch = async (page: Page, code: string, name: string): Promise<void> => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Match link or code' }).fill(code);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: 'Join the match' }).waitFor();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Take the seat' }).click();
  await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
};

/** Both players start from the waiting room (the US page first), up to their boards. */
export const startBoth = async (us: Page, jp: Page): Promise<void> => {
  await us.getByRole('button', { name: 'Start the match' }).click();
  await jp.getByRole('button', { name: 'Start the match' }).click();
  // The guide comes with the board (one Suspense): once the board shows, so does the guide, if it will.
  await us.getByRole('heading', { level: 1, name: 'You are the United States' }).waitFor();
  await jp.getByRole('heading', { level: 1, name: 'You are Japan' }).waitFor();
  await skipGuide(us);
  await skipGuide(jp);
};

/** A new match between two players, both on their boards. */
export const newMatch = async (us: Page, jp: Page): Promise<string> => {
  const code = await createMatch(us, 'Aiko');
  await joinMatch(jp, code, 'Ben');
  await us.getByRole('listitem').filter({ hasText: 'Ben' }).filter({ hasText: 'connected' }).first().waitFor({ timeout: 10_000 });
  await startBoth(us, jp);
  return code;
};
