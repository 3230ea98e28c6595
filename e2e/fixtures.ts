// The test object every spec uses: Playwright's, with one automatic check added. Every page a test opens reports
// each Content-Security-Policy violation (the securitypolicyviolation event, in every frame), and a test that saw
// one fails, naming the directive and what was blocked.
import { test as base, expect } from '@playwright/test';

interface Violation {
  url: string;
  directive: string;
  blocked: string;
  sample: string;
}

export const test = base.extend<{ cspViolations: Violation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
          report({ url: e.documentURI, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
