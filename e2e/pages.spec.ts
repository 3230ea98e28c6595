import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { expectNoHorizontalScroll, PAGES, watchConsole } from './helpers';

const { figures, charts } = getSiteModel();

test.describe('every page', () => {
  for (const path of PAGES) {
    test(`${path} opens with a heading, navigation and no errors`, async ({ page }) => {
      const errors = watchConsole(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.locator('footer')).toContainText('Diplomatic Bluebook 1991');
      await expectNoHorizontalScroll(page);
      expect(errors).toEqual([]);
    });
  }
});

test('the overview shows the headline figures with their periods and citations', async ({ page }) => {
  await page.goto('/');
  for (const id of [
    'economy-gnp-change-1991-s1',
    'trade-exports-change-1990',
    'payments-delayed-1991-06-30',
    'fisheries-salmon-trout-1991',
  ]) {
    const f = figures.find((x) => x.id === id);
    const card = page.locator(`.figure-card[data-figure-id="${id}"]`);
    await expect(card.locator('.figure-card-value a')).toHaveText(f?.display ?? '');
    await expect(card.locator('.figure-card-value a')).toHaveAttribute('href', `/figures/${id}`);
    await expect(card).toContainText(f?.periodLabel ?? '');
  }
});

test('every number in the server HTML, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/trade');
  for (const f of figures.filter((x) => x.dataset === 'trade' && x.restates === '')) {
    await expect(page.locator(`#fig-${f.id} .cite-link`).first()).toHaveText(f.display);
  }
  await expect(page.locator('#trade-annual svg.recharts-surface')).toBeVisible();
  await context.close();
});

test.describe('charts', () => {
  for (const spec of charts) {
    test(`${spec.id}: one mark per value, and the table equals the data`, async ({ page }) => {
      const dataset = spec.dataset === 'assistance' ? 'payments' : spec.dataset;
      await page.goto(`/${dataset}`);
      const figure = page.locator(`figure#${spec.id}`);
      const values = spec.data.flatMap((d) => Object.values(d.cells).filter((c) => c !== null));
      await expect(figure.locator('svg.recharts-surface .recharts-bar-rectangle')).toHaveCount(values.length);
      await expect(figure.locator('svg.recharts-surface')).toHaveAttribute('role', 'img');
      for (const c of values) {
        const cell = figure.locator(`td[data-figure-id="${c.figureId}"]`);
        await expect(cell).toHaveAttribute('data-value', String(c.value));
        await expect(cell.locator('.cite-link')).toHaveText(c.display);
        const path = figure.locator(`svg.recharts-surface path[data-figure-id="${c.figureId}"]`);
        await expect(path).toHaveAttribute('data-kind', c.kind);
      }
      await expect(figure.locator('thead th').nth(1)).toContainText(spec.unitLabel);
    });
  }

  test('a legend painted before its labels arrive does not move when they do', async ({ page }) => {
    // While the HTML streams in, the browser can paint a legend whose last item has its swatch and not yet its
    // label, and no later items. Rebuild each such moment and compare with the finished legend.
    await page.goto('/fisheries');
    const legend = page.locator('#fisheries-quotas .chart-legend');
    await expect(legend.locator('li')).toHaveCount(3);
    const moments = await legend.evaluate((ul) => {
      const boxes = (): string[] => [...ul.querySelectorAll('svg')].map((svg) => JSON.stringify(svg.getBoundingClientRect()));
      const complete = ul.innerHTML;
      const finished = boxes();
      const result: { expected: string[]; actual: string[] }[] = [];
      for (let i = 0; i < ul.children.length; i++) {
        ul.innerHTML = complete;
        const items = [...ul.children];
        for (const later of items.slice(i + 1)) later.remove();
        for (const node of [...(items[i]?.childNodes ?? [])]) if (node.nodeType === Node.TEXT_NODE) node.remove();
        result.push({ expected: finished.slice(0, i + 1), actual: boxes() });
      }
      ul.innerHTML = complete;
      return result;
    });
    for (const { expected, actual } of moments) expect(actual).toEqual(expected);
  });

  test('derived bars look different from reported ones', async ({ page }) => {
    await page.goto('/trade');
    const derived = page.locator('#trade-annual svg path[data-kind="derived"]').first();
    const reported = page.locator('#trade-annual svg path[data-kind="reported"]').first();
    await expect(derived).toHaveAttribute('fill', /url\(#trade-annual-static-hatch-/);
    await expect(derived).toHaveAttribute('stroke-dasharray', '5 3');
    await expect(reported).not.toHaveAttribute('stroke-dasharray', /./);
  });

  test(
    'the live chart replaces the static one at the same size and shows a tooltip with the formula',
    { tag: '@desktop' },
    async ({ page }) => {
      await page.goto('/trade');
      const box = page.locator('.chart-box[data-chart-id="trade-annual"]');
      const before = await box.boundingBox();
      await box.hover();
      await expect(box).toHaveAttribute('data-live', 'true');
      await expect(box.locator('.recharts-bar-rectangle')).toHaveCount(6);
      const after = await box.boundingBox();
      expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
      expect(after?.width).toBeCloseTo(before?.width ?? 0, 0);
      const exports1989 = box.locator('.recharts-bar-rectangle').first();
      await exports1989.hover();
      const tooltip = box.locator('.chart-tooltip');
      await expect(tooltip).toContainText('Exports');
      await expect(tooltip).toContainText('derived =');
      const exports1990 = figures.find((f) => f.id === 'trade-exports-1990');
      await expect(tooltip.locator('mark')).toHaveText(exports1990?.value_text ?? 'missing');
    },
  );

  test("clicking a live bar opens the figure's page", { tag: '@desktop' }, async ({ page }) => {
    const f = figures.find((x) => x.id === 'fisheries-salmon-trout-1991');
    await page.goto('/fisheries');
    const box = page.locator('.chart-box[data-chart-id="fisheries-salmon"]');
    await box.hover();
    await expect(box).toHaveAttribute('data-live', 'true');
    await box.locator(`path[data-figure-id="${f?.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/figures/${f?.id}$`));
  });

  test('a keyboard user can reach the live chart', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/trade');
    const box = page.locator('.chart-box[data-chart-id="trade-annual"]');
    await box.focus();
    await expect(box).toHaveAttribute('data-live', 'true');
    await expect(box.locator('svg[tabindex="0"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(box.locator('.chart-tooltip')).toBeVisible();
  });

  test("Enter on a focused category opens its first value's page, as the tooltip says", { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/trade');
    const box = page.locator('.chart-box[data-chart-id="trade-annual"]');
    await box.focus();
    await expect(box).toHaveAttribute('data-live', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const active = Number(await box.locator('[data-active-index]').getAttribute('data-active-index'));
    const spec = charts.find((c) => c.id === 'trade-annual');
    const first = Object.values(spec?.data[active]?.cells ?? {}).find((c) => c !== null);
    expect(first).toBeDefined();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/figures/${first?.figureId ?? 'none'}$`));
  });

  test.describe('on a phone-sized window', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('a bar’s tooltip stays on screen', { tag: '@desktop' }, async ({ page }) => {
      await page.goto('/economy');
      const box = page.locator('.chart-box').first();
      await box.hover();
      await expect(box).toHaveAttribute('data-live', 'true');
      const bars = box.locator('.recharts-bar-rectangle path');
      for (const i of [0, (await bars.count()) - 1]) {
        await bars.nth(i).hover();
        const tip = await box.locator('.chart-tooltip').boundingBox();
        expect(tip, `bar ${i}`).not.toBeNull();
        expect(tip?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((tip?.x ?? 0) + (tip?.width ?? Infinity)).toBeLessThanOrEqual(390);
      }
    });
  });
});

test('a printed topic page carries its charts, tables and citations, not its buttons and disclosures', async ({ page }) => {
  await page.goto('/trade');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#trade-annual svg.recharts-surface')).toBeVisible();
  await expect(page.locator('table.chart-table').first()).toBeVisible();
  await expect(page.locator('.cite-link').first()).toBeVisible();
  await expect(page.locator('.source-note, .site-footer').first()).toBeVisible();
  for (const hidden of ['main button', '.chart-tools', '.embed-control', '.notebook-snippets', '.site-header nav']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
});

test('unknown routes give the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Japan–Soviet trade' }).first().click();
  await expect(page).toHaveURL(/\/trade$/);
});

test('the skip link moves focus to the content', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/trade');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
