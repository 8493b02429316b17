// The lobby screens, the rules and the language: each passes axe at phone and
// desktop widths and is saved as a screenshot; Japanese is remembered.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { PHONE, suiteBrowser } from './browser';
import { shootBoth } from './shots';

describe('screens', () => {
  const { open } = suiteBrowser();

  it('home, rules, create, public matches and join pass axe at both widths', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Card on the Table' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Scenario' }).first().waitFor();
    for (const [path, name, heading] of [
      ['/', 'home', 'Card on the Table'],
      ['/create', 'create', 'New online match'],
      ['/matches', 'matches', 'Public matches'],
      ['/rules', 'rules', undefined],
    ] as const) {
      await page.goto(path);
      if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      else await page.getByRole('article', { name: 'Rules' }).getByRole('heading').first().waitFor();
      await page.setViewportSize(PHONE);
      await expectAccessible(page, `${name} (phone)`);
      await shootBoth(page, name);
      await expectAccessible(page, `${name} (desktop)`);
    }
    // A code that names no match: a plain message, not a spinner.
    await page.goto('/join/NoSuchMatch123');
    await page.getByRole('alert').filter({ hasText: 'does not exist' }).waitFor();
    await expectAccessible(page, 'join, unknown code');
    await context.close();
  });

  it('home links lead to their screens by keyboard', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await page.getByRole('link', { name: 'Create an online match' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'New online match' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Card on the Table' }).waitFor();
    await page.getByRole('textbox', { name: 'Match link or code' }).fill('not a code!');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'not a match link or code' }).waitFor();
    await context.close();
  });

  it('switches to Japanese, remembers it after a reload, and shows the Japanese rules, board and replay screen', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { level: 1, name: 'カード・オン・ザ・テーブル' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'カード・オン・ザ・テーブル' }).waitFor();
    await page.getByRole('button', { name: 'ボットと対戦する' }).waitFor();
    await shootBoth(page, 'home-ja');
    await expectAccessible(page, 'home (Japanese)');
    await page.getByRole('navigation').getByRole('link', { name: 'ルール' }).click();
    await page.getByRole('article', { name: 'ルール' }).getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('article', { name: 'ルール' }).innerText()).toMatch(/[ぁ-んァ-ン]/);
    await shootBoth(page, 'rules-ja');

    // The board in Japanese: the indicator names are long, the phone is narrow.
    await page.goto('/');
    await page.getByRole('button', { name: 'ボットと対戦する' }).click();
    await page.getByRole('button', { name: 'ガイドを飛ばす' }).click();
    await page.getByRole('heading', { level: 1, name: 'あなたは米国です' }).waitFor();
    await expectAccessible(page, 'board (Japanese)');
    await shootBoth(page, 'board-ja');
    // No finished game in this tab yet: the replay says so, in Japanese.
    await page.goto('/replay');
    await page.getByRole('heading', { level: 1, name: 'リプレイできる対局がありません' }).waitFor();
    await expectAccessible(page, 'no replay (Japanese)');
    await context.close();
  });
});
