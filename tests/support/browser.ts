import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { developmentStaffPassword } from '../../seed/staff';

/** Where the browser tests put their screenshots. */
export const testOutput = join(__dirname, '..', '..', 'test-output');

/** The machine's Chromium (Debian's package), never a downloaded browser: launched before and closed after a file's tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    mkdirSync(testOutput, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A page that records every request it makes (to prove it talks to nothing beyond the hub and its identity provider), its uncaught errors and the errors on its console. */
export async function openPage(where: Browser | BrowserContext, url: string) {
  const page = await where.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
  await page.goto(url);
  return { page, requested, errors, consoleErrors };
}

/** The requests that went anywhere but these origins (data: and blob: URLs are the page's own). */
export const requestsBeyond = (requested: string[], ...origins: string[]) =>
  requested.filter((url) => !origins.some((origin) => url.startsWith(origin)) && !url.startsWith('data:') && !url.startsWith('blob:'));

/** Types an account and the password into the identity provider's sign-in form, as a person does. */
export async function typeCredentials(page: Page, account: string, password = developmentStaffPassword) {
  await page.getByLabel('Account').fill(account);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole('button', { name: /Sign in/ }).click();
}
