import { expect, test, type Page } from '@playwright/test';
import { MARKUP_KEY_ATTRIBUTE } from '../components/shared/markup-keys';
import { getSiteModel } from '../lib/site-model';
import { gotoInteractive, watchConsole } from './helpers';

const HOSTED_PAGES = ['/economy', '/trade', '/fisheries', '/payments', '/source'] as const;

/** The RSC payload a page's own HTML hands to React, joined. */
function inlinePayload(html: string): string {
  return [...html.matchAll(/<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g)]
    .map((m) => (JSON.parse(m[1] ?? '') as [number, string])[1])
    .join('');
}

/** Each markup host's key and markup, as the document holds them now, or as the served HTML does. */
function hostedMarkup(page: Page, servedHtml?: string): Promise<[string, string][]> {
  return page.evaluate(
    ([attribute, html]) => {
      const doc = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll(`[${attribute}]`)].map((e): [string, string] => [e.getAttribute(attribute) ?? '', e.innerHTML]);
    },
    [MARKUP_KEY_ATTRIBUTE, servedHtml] as const,
  );
}

/** Counts reads of a host's innerHTML, which hydration must not make (reading /source's text back is costly). */
async function countMarkupReads(page: Page): Promise<void> {
  await page.addInitScript((attribute) => {
    const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    // The getter is called with its element below (read.call(this)).
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const read = inner?.get;
    if (!inner || !read) return;
    const counter = window as unknown as { markupReads: number };
    counter.markupReads = 0;
    Object.defineProperty(Element.prototype, 'innerHTML', {
      ...inner,
      get(this: Element): string {
        if (this.hasAttribute(attribute)) counter.markupReads += 1;
        return read.call(this) as string;
      },
    });
  }, MARKUP_KEY_ATTRIBUTE);
}

const markupReads = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { markupReads: number }).markupReads);

for (const path of HOSTED_PAGES) {
  test(`${path} does not repeat its tables, charts or text in its inline payload, and hydration keeps them`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    const payload = inlinePayload(html);
    expect(payload).toContain('"markupKey":');
    for (const tag of ['<table', '<svg', '<tr', '<span class="sentence']) expect(payload, tag).not.toContain(tag);
    await countMarkupReads(page);
    await gotoInteractive(page, path);
    expect(await markupReads(page)).toBe(0);
    const served = await hostedMarkup(page, html);
    expect(served.length).toBeGreaterThan(0);
    for (const [key, markup] of served) expect(markup.length, key).toBeGreaterThan(500);
    expect(await hostedMarkup(page)).toEqual(served);
  });
}

test('the report text is in /source once, in its HTML, not again in the payload', async ({ request }) => {
  const html = await (await request.get('/source')).text();
  const sentence = getSiteModel().source.sentences.find((s) => s.text.length > 80 && !/[&<>"'’“”]/.test(s.text));
  if (!sentence) throw new Error('no plain sentence to look for');
  expect(html.split(sentence.text)).toHaveLength(2);
});

test('when React must render a page afresh on the client (here after a hydration mismatch), the hosted markup stays', async ({ page }) => {
  // What a browser extension might do before the scripts arrive: change text that React rendered.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const heading = document.querySelector('h1');
      if (heading) heading.textContent = 'Changed before hydration';
    });
  });
  const errors = watchConsole(page);
  await countMarkupReads(page);
  await gotoInteractive(page, '/trade');
  // React reported the mismatch, and the heading is React's again: it rendered the page on the client.
  await expect.poll(() => errors.join('\n')).toMatch(/React error #418/);
  await expect(page.locator('h1')).toHaveText('Japan–Soviet trade');
  // Each of the 9 hosts took its markup from the server's element as React rendered it anew.
  expect(await markupReads(page)).toBe(9);
  const served = await hostedMarkup(page, await (await page.request.get('/trade')).text());
  expect(served.length).toBe(9);
  expect(await hostedMarkup(page)).toEqual(served);
  await expect(page.locator('#trade-annual table tbody tr').first()).toBeVisible();
});

test('a live chart still starts from the static one on a lean page', async ({ page }) => {
  await gotoInteractive(page, '/economy');
  const box = page.locator('.chart-box').first();
  await expect(box.locator('.chart-static svg')).toBeVisible();
  await box.hover();
  await expect(box).toHaveAttribute('data-live', 'true');
});
