import { expect, test } from './fixtures';
import { SCRIPT_FREE_ATTRIBUTE } from '../build/script-free-pages';
import { gotoInteractive, watchConsole } from './helpers';

// The pages whose every client component is passive ship no React (build/script-free-pages.ts); a page with a
// chart or the compare controls keeps it.
const SCRIPT_FREE = ['/', '/checks', '/source', '/figures', '/data', '/figures/trade-exports-1989'];

test.describe('pages without an island', () => {
  for (const path of SCRIPT_FREE) {
    test(`${path} loads no script file and runs no script but the site's own`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      const errors = watchConsole(page);
      await page.goto(path);
      await page.waitForLoadState('load');
      await expect(page.locator('html')).toHaveAttribute(SCRIPT_FREE_ATTRIBUTE, '');
      await expect(page.locator('main h1')).toBeVisible();
      expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
      expect(scripts).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('Escape closes a focused citation on a page without React', { tag: '@desktop' }, async ({ page }) => {
    await gotoInteractive(page, '/checks');
    const cite = page.locator('.check .cite').first();
    const pop = cite.locator('.cite-pop');
    await cite.locator('.cite-link').focus();
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await cite.locator('.cite-link').blur();
    await cite.locator('.cite-link').focus();
    await expect(pop).toBeVisible();
  });

  test('a link from a page without React opens a page that hydrates at the first input, and the way back keeps working', async ({
    page,
  }) => {
    await gotoInteractive(page, '/checks');
    await page.locator('header').getByRole('link', { name: 'Trade', exact: true }).click();
    await expect(page).toHaveURL(/\/trade$/);
    // /trade starts React at the reader's first input (build/paint-first.ts).
    await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    await expect(page.locator('html')).not.toHaveAttribute(SCRIPT_FREE_ATTRIBUTE);
    // The router renders /checks itself from here, as a React page.
    await page.locator('header').getByRole('link', { name: 'Checks', exact: true }).click();
    await expect(page).toHaveURL(/\/checks$/);
    await expect(page.locator('main h1')).toHaveText('Consistency checks');
    await page.goBack();
    await expect(page).toHaveURL(/\/trade$/);
    await expect(page.locator('main h1')).toBeVisible();
  });
});
