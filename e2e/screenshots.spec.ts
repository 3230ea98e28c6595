// The README's pictures of the site, taken by the tests' browser from the production build on every run, so they
// show the site as it is: a topic page on a desktop and a comparison on a phone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { gotoInteractive } from './helpers';
import { comparePath, PATHS } from '../lib/site/routes';

const SHOTS = [
  { file: 'trade-desktop.png', path: PATHS.trade, at: 'h1', viewport: { width: 1280, height: 800 }, mobile: false },
  // From the comparison's heading: its chart, rather than the pickers above it.
  {
    file: 'compare-phone.png',
    path: comparePath('trade', '1989', '1990'),
    at: 'h2#comparison',
    viewport: { width: 390, height: 844 },
    mobile: true,
  },
] as const;

test('the README’s pictures show a topic page on a desktop and a comparison on a phone', { tag: '@desktop' }, async ({ browser }) => {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await gotoInteractive(page, shot.path);
    await page.locator(shot.at).evaluate((el) => el.scrollIntoView());
    await expect(page.locator(shot.at)).toBeInViewport();
    const png = await page.screenshot();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], shot.file).toEqual([shot.viewport.width, shot.viewport.height]);
    writeFileSync(join('docs', 'images', shot.file), png);
    await context.close();
  }
});
