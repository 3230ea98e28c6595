import { describe, expect, it } from 'vitest';
import { PAGE_TITLE_TEMPLATE, pageTitle } from './page-title';

describe('pageTitle', () => {
  it('fills the template once, with the page title as given', () => {
    expect(PAGE_TITLE_TEMPLATE).toContain('%s');
    expect(pageTitle('Compare periods')).toBe('Compare periods · Bluebook 1991: the Soviet Union');
    expect(pageTitle('100% & $&')).toBe('100% & $& · Bluebook 1991: the Soviet Union');
  });
});
