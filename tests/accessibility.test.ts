import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { developmentStaffPassword } from '../seed/staff';
import { expectFocused, expectNoSeriousViolations, focused, tabOrder, tabTo } from './support/accessibility';
import { openPage as openPageAt, requestsBeyond, testOutput as output, useBrowser } from './support/browser';
import { useHubWithSignIn } from './support/hub-with-sign-in';

/**
 * Every page of the hub in the machine's Chromium, in each of its languages: axe-core finds no
 * serious or critical violation, and the keyboard alone reaches the page's controls in reading
 * order, shows where it is, and works them (signing in at the provider included). The screenshots
 * the README shows are taken here: `README_SCREENSHOTS=1 npx jest tests/accessibility.test.ts`
 * writes them to docs/screenshots/ as well as test-output/.
 */
const { origin, identity } = useHubWithSignIn();

const browser = useBrowser();
const openPage = (context: BrowserContext, path: string) => openPageAt(context, `${origin()}${path}`);
const beyondTheHub = (requested: string[]) => requestsBeyond(requested, origin(), identity().issuer);

const readme = join(__dirname, '..', 'docs', 'screenshots');
/** A screenshot of what the window shows, under test-output/ and, when asked, for the README. */
async function screenshot(page: Page, name: string) {
  const path = join(output, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.README_SCREENSHOTS) {
    mkdirSync(readme, { recursive: true });
    copyFileSync(path, join(readme, `${name}.png`));
  }
}

const heading = (page: Page) => page.locator('h1').textContent();
const language = (page: Page) => page.locator('html').getAttribute('lang');

describe('the front door and the documents', () => {
  it('links every page, health and the documents, in Dutch and English; keyboard alone walks them in order and opens one', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, requested, errors, consoleErrors } = await openPage(context, '/');
    await expect(heading(page)).resolves.toBe('Hub van de Veilige Huizen');
    await expect(language(page)).resolves.toBe('nl');
    const links = page.locator('main a');
    const hrefs = ['/dashboard/', '/dpo/', '/explorer/', '/docs/', '/health', '/health/ready'];
    await expect(links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).resolves.toEqual(hrefs);
    await expect(links.allTextContents()).resolves.toEqual(['Statistieken', 'Functionaris voor gegevensbescherming', 'GraphQL-verkenner', 'Documentatie', 'Gezondheid', 'Gereedheid']);
    // Every link leads somewhere that answers.
    for (const href of hrefs) expect([href, (await fetch(`${origin()}${href}`)).status]).toEqual([href, 200]);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'front-door');

    // The language switch first, then the links in reading order.
    await expect(tabOrder(page, 7)).resolves.toEqual(['language', ...['Statistieken', 'Functionaris voor gegevensbescherming', 'GraphQL-verkenner', 'Documentatie', 'Gezondheid', 'Gereedheid'].map((text) => `a: ${text}`)]);
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, page.getByTestId('language'), 10);
    await page.keyboard.press('Enter');
    await expect(heading(page)).resolves.toBe('Safe Home hub');
    await expect(language(page)).resolves.toBe('en');
    await expect(links.allTextContents()).resolves.toEqual(['Statistics', 'Data protection officer', 'GraphQL explorer', 'Documentation', 'Health', 'Readiness']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'front-door-english');

    await tabTo(page, links.first());
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin()}/dashboard/`);
    // The language chosen at the door holds on the page it leads to.
    await expect(heading(page)).resolves.toBe('Safe Homes in figures');
    expect(beyondTheHub(requested)).toEqual([]);
    expect([errors, consoleErrors]).toEqual([[], []]);
    await context.close();
  }, 60_000);

  it('serves the README and docs/*.md rendered, linked to one another, its screenshots beside it, with no script', async () => {
    const context = await browser().newContext();
    const { page, errors, consoleErrors } = await openPage(context, '/docs/');
    await expect(heading(page)).resolves.toBe('Safe Home hub');
    const documents = readdirSync(join(__dirname, '..', 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => name.replace(/\.md$/, ''));
    expect(documents).toContain('ARCHITECTURE');
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['Safe Home hub', 'README', ...documents]);
    await expect(page.locator('h2#quickstart').textContent()).resolves.toBe('Quickstart');
    await expect(page.locator('script').count()).resolves.toBe(0);
    // Each screenshot the README shows is served beside it.
    const images = await page.locator('main img').evaluateAll((shown) => shown.map((image) => (image as HTMLImageElement).src));
    expect(images).toContain(`${origin()}/docs/screenshots/front-door.png`);
    for (const source of images) {
      expect([source, (await fetch(source)).headers.get('content-type')]).toEqual([source, 'image/png']);
    }
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: join(output, 'docs.png') });

    await tabTo(page, page.locator('nav a', { hasText: 'ARCHITECTURE' }), 5);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin()}/docs/ARCHITECTURE.html`);
    await expect(heading(page)).resolves.toBe('Architecture of the Safe Home hub');
    await expect(page.locator('nav [aria-current="page"]').textContent()).resolves.toBe('ARCHITECTURE');
    await expectNoSeriousViolations(page);
    expect([errors, consoleErrors]).toEqual([[], []]);
    await context.close();
  }, 60_000);
});

describe('the signed-in pages, by keyboard', () => {
  it("the dashboard and the provider's sign-in page: Tab reaches the language switch and Aanmelden, Space signs in, the form is filled and sent by keyboard; no serious violation signed out, on the form, signed in, in either language", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, requested, errors, consoleErrors } = await openPage(context, '/dashboard/');
    await page.getByTestId('sign-in').waitFor();
    await expectNoSeriousViolations(page);
    await expect(tabOrder(page, 2)).resolves.toEqual(['language', 'button: Aanmelden']);
    await page.keyboard.press('Space');

    // The provider's form, by keyboard: the account field has the focus, then the password, Enter sends it; refused, the password has it.
    const account = page.getByLabel('Account');
    await account.waitFor({ timeout: 30_000 });
    await expect(language(page)).resolves.toBe('nl');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'sign-in');
    await expectFocused(account);
    await page.keyboard.type('limburg-statistician');
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel(/Password/));
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/account or password is not right/);
    await expectNoSeriousViolations(page);
    await expectFocused(page.getByLabel(/Password/));
    await page.keyboard.type(developmentStaffPassword);
    await page.keyboard.press('Enter');

    const figure = page.locator('[data-testid="referred-families"] tr[data-year="2024"] [data-value]');
    await figure.waitFor({ timeout: 30_000 });
    await expect(heading(page)).resolves.toBe('Veilige Huizen in cijfers');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'dashboard');
    await page.reload();
    await figure.waitFor({ timeout: 30_000 });
    await expect(tabOrder(page, 5)).resolves.toEqual(['language', 'sign-out', 'from-year', 'to-year', 'safe-home']);
    // The filters work by keyboard: from 2023 on.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page)).resolves.toBe('from-year');
    await page.keyboard.press('End');
    await page.locator('[data-testid="referred-families"] tr[data-year="2022"]').waitFor({ state: 'detached', timeout: 30_000 });

    // Back up past sign-out to the language switch.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expectFocused(page.getByTestId('language'));
    await page.keyboard.press('Space');
    await expect(heading(page)).resolves.toBe('Safe Homes in figures');
    await expect(language(page)).resolves.toBe('en');
    await expectNoSeriousViolations(page);
    expect(beyondTheHub(requested)).toEqual([]);
    // The one error the console shows is the provider's answer to the wrong password (401, the form again).
    expect([errors, consoleErrors]).toEqual([[], [expect.stringMatching(/^Failed to load resource: .* 401 .*\/interaction\/[\w-]+\/login\)$/)]]);
    await context.close();
  }, 120_000);

  it("the DPO's page, signed in as a region's DPO: no serious violation in either language, and its controls in reading order", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, requested, errors, consoleErrors } = await openPage(context, '/dpo/');
    await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByLabel('Account').fill('antwerpen-dpo');
    await page.getByLabel(/Password/).fill(developmentStaffPassword);
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
    await expect(heading(page)).resolves.toBe('Functionaris voor gegevensbescherming');
    // The header first, then the console's sections, each opened from the navigation by keyboard and checked.
    await expect(tabOrder(page, 2)).resolves.toEqual(['language', 'sign-out']);
    for (const section of ['log', 'chain', 'break-glass', 'report', 'documents', 'policy']) {
      await tabTo(page, page.getByTestId(`nav-${section}`), 40);
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="nav-${section}"][aria-current="page"]`).waitFor({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
    }
    // Back to the trusted documents, the link before.
    await page.keyboard.press('Shift+Tab');
    await expectFocused(page.getByTestId('nav-documents'));
    await page.keyboard.press('Enter');
    await page.getByTestId('document').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'dpo');
    // The trusted documents' status filter works by keyboard.
    await tabTo(page, page.getByTestId('status-filter'), 20);
    await page.keyboard.press('End');
    await page.locator('[data-testid="trusted-documents"][data-ready-for="REJECTED"]').waitFor({ timeout: 30_000 });
    await page.reload();
    // The header is drawn once the page knows its session: only then is there anything to Tab to.
    await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
    await tabTo(page, page.getByTestId('language'), 1);
    await page.keyboard.press('Enter');
    await expect(heading(page)).resolves.toBe('Data protection officer');
    await expect(language(page)).resolves.toBe('en');
    await expectNoSeriousViolations(page);
    expect(beyondTheHub(requested)).toEqual([]);
    expect([errors, consoleErrors]).toEqual([[], []]);
    await context.close();
  }, 90_000);

  it('the explorer: staff choose a purpose and sign in by keyboard; no serious violation in the hub’s part of the page', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openPage(context, '/explorer/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // GraphiQL's query tabs are its own markup (a tab holding its close button), which the hub cannot change: left out, the rest checked.
    await expectNoSeriousViolations(page, ['.graphiql-tab']);
    await screenshot(page, 'explorer');
    await tabTo(page, page.locator('.sign-in-bar select'), 3);
    await page.keyboard.press('End');
    await expect(page.locator('.sign-in-bar select').inputValue()).resolves.toBe('AUDIT');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Account').waitFor({ timeout: 30_000 });
    await page.keyboard.type('vlaanderen-central-dpo');
    await page.keyboard.press('Tab');
    await page.keyboard.type(developmentStaffPassword);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signed-in').textContent({ timeout: 30_000 })).resolves.toMatch(/vlaanderen-central-dpo .* for AUDIT/);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
