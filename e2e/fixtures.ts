import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/AppPage';

interface Fixtures {
  app: AppPage;
  /** Console errors and foreign requests seen during the test; asserted empty after it. */
  offences: { consoleErrors: string[]; foreignRequests: string[] };
}

/**
 * Every test runs with two guards: no console error, and no request to any origin but the app's
 * (nothing a user pastes may leave the browser).
 */
export const test = base.extend<Fixtures>({
  offences: async ({ page, baseURL }, use) => {
    if (!baseURL) throw new Error('baseURL is not set: see use.baseURL in playwright.config.ts');
    const origin = new URL(baseURL).origin;
    const offences = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
    page.on('console', (message) => {
      if (message.type() === 'error') offences.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => offences.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) offences.foreignRequests.push(url);
    });
    await use(offences);
    expect(offences.consoleErrors, 'console errors').toEqual([]);
    expect(offences.foreignRequests, 'requests to other origins').toEqual([]);
  },
  app: async ({ page, offences }, use) => {
    void offences;
    await use(new AppPage(page));
  },
});

export { expect };

/** Nodes of the example the app opens with (an EC2 instance in account B whose role assumes one in A). */
export const example = {
  instance: 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890',
  roleInA: 'arn:aws:iam::444455556666:role/AssumeRoleInA',
  roleForB: 'arn:aws:iam::111122223333:role/RoleForB',
};
