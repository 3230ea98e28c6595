import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { gotoInteractive } from './helpers';

const { figures, source } = getSiteModel();

test.describe('citations', () => {
  const reported = figures.filter((f) => f.kind === 'reported' && f.restates === '');

  test('following a figure opens its page, whose sentence link lands on the sentence with the number as written', async ({ page }) => {
    const f = reported.find((x) => x.id === 'trade-imports-1991-s1');
    await gotoInteractive(page, '/trade');
    await page.locator(`#fig-${f?.id} .cite-link`).click();
    await expect(page).toHaveURL(new RegExp(`/figures/${f?.id}$`));
    await expect(page.locator('.cited-sentence mark')).toHaveText(f?.value_text ?? 'missing');
    await page.getByRole('link', { name: 'Read the sentence in the report' }).click();
    await expect(page).toHaveURL(new RegExp(`/source#${f?.sentenceId}$`));
    const sentence = page.locator(`[id="${f?.sentenceId}"]`);
    await expect(sentence).toContainText(f?.value_text ?? '');
    await expect(sentence.locator('mark', { hasText: f?.value_text ?? '' })).toHaveCount(1);
    await expect(sentence.locator('.sentence-figures')).toBeVisible();
    await expect(sentence.locator(`.sentence-figures a[data-figure-id="${f?.id}"]`)).toBeVisible();
    await expect(sentence).toBeInViewport();
  });

  test('every reported figure on its topic page cites a sentence that contains its number', async ({ page }) => {
    await gotoInteractive(page, '/source');
    for (const f of reported) {
      await expect(page.locator(`[id="${f.sentenceId}"]`)).toContainText(f.value_text);
    }
  });

  test('the figures listed under a sentence lead to their pages, and on to where they are charted', async ({ page }) => {
    const f = reported.find((x) => x.id === 'fisheries-salmon-trout-1991');
    await gotoInteractive(page, `/source#${f?.sentenceId}`);
    await page.locator(`[id="${f?.sentenceId}"] .sentence-figures a[data-figure-id="${f?.id}"]`).click();
    await expect(page).toHaveURL(/\/figures\/fisheries-salmon-trout-1991$/);
    await page.locator('#used ~ ul a[href="/fisheries#fisheries-salmon"]').click();
    await expect(page).toHaveURL(/\/fisheries#fisheries-salmon$/);
    await expect(page.locator('#fisheries-salmon')).toBeInViewport();
  });

  test('focusing a number shows its sentence with the number marked; Escape hides it', { tag: '@desktop' }, async ({ page }) => {
    const f = reported.find((x) => x.id === 'fisheries-cooperation-1991');
    await gotoInteractive(page, '/fisheries');
    const cite = page.locator(`#fig-${f?.id} .cite`);
    const pop = cite.locator('.cite-pop');
    await expect(pop).toBeHidden();
    await cite.locator('.cite-link').focus();
    await expect(pop).toBeVisible();
    await expect(pop.locator('mark')).toHaveText(f?.value_text ?? '');
    await expect(pop).toContainText(source.sentenceById.get(f?.sentenceId ?? '')?.text.slice(0, 40) ?? 'missing');
    const describedBy = await cite.locator('.cite-link').getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveAttribute('role', 'tooltip');
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });

  test('a focused number in a table shows its whole sentence on screen, not cut off by the table', async ({ page }) => {
    for (const path of ['/trade', '/fisheries']) {
      await gotoInteractive(page, path);
      const links = page.locator('.table-scroll .cite > .cite-link');
      const count = await links.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        await link.focus();
        await expectWholePopover(link, `${path}: popover of ${await link.textContent()}`);
      }
    }
  });

  test(
    'a number under the pointer in a table shows its whole sentence, though tables off screen are contained',
    { tag: '@desktop' },
    async ({ page }) => {
      await gotoInteractive(page, '/trade');
      const tables = page.locator('.table-scroll');
      // The first and last number of every table: the last sits on a table's bottom edge, where a contained table
      // would cut its popover off.
      for (let t = 0; t < (await tables.count()); t++) {
        const links = tables.nth(t).locator('.cite > .cite-link');
        for (const link of [links.first(), links.last()]) {
          await link.scrollIntoViewIfNeeded();
          await link.hover();
          await expect(tables.nth(t)).toHaveCSS('content-visibility', 'visible');
          await expectWholePopover(link, `/trade table ${t}: popover of ${await link.textContent()}`);
        }
      }
    },
  );

  test('derived figures are marked and show their formula', async ({ page }) => {
    const f = figures.find((x) => x.id === 'trade-exports-1989');
    await gotoInteractive(page, '/trade');
    const row = page.locator(`#fig-${f?.id}`);
    await expect(row.locator('.derived-badge').first()).toHaveText('derived');
    await expect(row.locator('.provenance')).toContainText(f?.formulaText ?? 'missing');
  });
});

test('a sentence address lands on its sentence anywhere in the report, though sections lay out lazily', async ({ page }) => {
  const picks = source.sentences.filter((_, i) => i % 40 === 13);
  expect(picks.length).toBeGreaterThan(4);
  for (const s of picks) {
    await gotoInteractive(page, `/source#${s.id}`);
    await expect(page.locator(`[id="${s.id}"]`)).toBeInViewport();
  }
});

test('the source page keeps the report text exactly', async ({ page }) => {
  await gotoInteractive(page, '/source');
  const folded = (s: string): string => s.replace(/\s+/g, ' ').trim();
  // Sections off screen are not laid out yet (content-visibility), so the rendered text (innerText) holds only
  // what is near the viewport: the whole text is checked in the DOM, and sentences as rendered once visited.
  const text = (await page.locator('article.source-text').textContent()) ?? '';
  for (const s of source.sentences.filter((_, i) => i % 25 === 0)) {
    expect(folded(text)).toContain(folded(s.text));
  }
  for (const s of [source.sentences[0], source.sentences[Math.floor(source.sentences.length / 2)], source.sentences.at(-1)]) {
    await gotoInteractive(page, `/source#${s?.id}`);
    const sentence = page.locator(`[id="${s?.id}"]`);
    await expect(sentence).toBeInViewport();
    expect(folded(await sentence.innerText())).toContain(folded(s?.text ?? 'missing'));
  }
  await expect(page.getByRole('link', { name: 'The original publication' })).toHaveAttribute('href', /mofa\.go\.jp/);
});

/** The link's popover shows, and every corner of it is on screen and is the popover itself, not a table or a scroller's edge. */
async function expectWholePopover(link: Locator, message: string): Promise<void> {
  const pop = link.locator('xpath=following-sibling::*[contains(@class, "cite-pop")]').first();
  await expect(pop).toBeVisible();
  // Polled: focusing may scroll the page, and an anchored popover follows its number on the next frame.
  const corners = (): Promise<boolean[]> =>
    pop.evaluate((el) => {
      const b = el.getBoundingClientRect();
      return [
        [b.left + 3, b.top + 3],
        [b.right - 3, b.top + 3],
        [b.left + 3, b.bottom - 3],
        [b.right - 3, b.bottom - 3],
      ].map(([x, y]) => {
        const hit = document.elementFromPoint(x ?? -1, y ?? -1);
        return hit !== null && el.contains(hit);
      });
    });
  await expect.poll(corners, { message, timeout: 3000 }).toEqual([true, true, true, true]);
}
