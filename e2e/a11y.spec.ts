import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { gotoInteractive } from './helpers';
import { pagesOfEachKind } from '../lib/site/pages';
import { sentencePath } from '../lib/site/routes';

const { figures } = getSiteModel();
const targeted = figures.find((f) => f.id === 'trade-exports-1990')?.sentenceId ?? '';

/** axe's rules as they stand, and WCAG 2.2's target size, which axe leaves off and Lighthouse checks on a phone. */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
}

// One page of each kind, a comparison that asks for choices, a sentence of the report and the 404 page.
const PAGES = [...pagesOfEachKind(figures), '/compare?dataset=nope', sentencePath(targeted), '/no-such-page'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await gotoInteractive(page, path);
        await expect(page.locator('h1')).toBeVisible();
        if (path.startsWith('/compare?dataset=trade')) await expect(page.locator('table.compare-table')).toBeVisible();
        const results = await axe(page).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('a live chart and an open citation popover are axe clean too', { tag: '@desktop' }, async ({ page }) => {
  await gotoInteractive(page, '/trade');
  await page.locator('.chart-box[data-chart-id="trade-annual"]').hover();
  await expect(page.locator('.chart-box[data-chart-id="trade-annual"]')).toHaveAttribute('data-live', 'true');
  await page.locator('#fig-trade-exports-1990 .cite-link').focus();
  const results = await axe(page).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  ).toEqual([]);
});

test('keyboard order: skip link, then the navigation, then the content', { tag: '@desktop' }, async ({ page }) => {
  await gotoInteractive(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Soviet Union in the 1991 Bluebook' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
});
