import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { RunningHub, startHub } from '../hub/start-hub';
import { storedClientSecret } from '../identity/secrets';
import { publishedTotals } from '../seed/published-totals';
import { openPage as openPageAt, requestsBeyond, testOutput as output, typeCredentials, useBrowser } from './support/browser';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { clientCredentials, freePort, useIdentityProvider } from './support/identity-provider';
import { buildWebPagesOnce } from './support/web-pages';

// The pages are built before the hub starts, so it serves what the sources say now.
beforeAll(buildWebPagesOnce, 180_000);

// The hub's port is known before the identity provider starts: the provider sends staff back to the hub's pages.
let hubPort: number;
beforeAll(async () => {
  hubPort = await freePort();
});
const origin = () => `http://127.0.0.1:${hubPort}`;
const identity = useIdentityProvider(origin);
let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: hubPort, subgraphPort: () => 0, env: identity().hubEnv });
});
afterAll(async () => {
  await hub?.stop();
});
const db = useTestDatabase();

const browser = useBrowser();

/** A page of the hub, recording what it requests and its errors. */
const openPage = (path: string, context?: BrowserContext) => openPageAt(context ?? browser(), `${origin()}${path}`);

const beyondTheHub = (requested: string[]) => requestsBeyond(requested, origin(), identity().issuer);

const figure = (page: Page) => page.locator('[data-testid="referred-families"] tr[data-year="2024"] [data-value]');

/** The dashboard's token, as the page keeps it in this tab. */
const storedToken = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('safe-home-sign-in:session:dashboard')!).token as string);

/** A partner application's token from the provider, as `npm run token -- --client` gets one. */
async function applicationToken(application: string, purpose: string) {
  const { body } = await clientCredentials(identity().issuer, application, storedClientSecret(application)!, `purpose:${purpose}`);
  return body.access_token!;
}

const valueIn = (page: Page, section: string, year: number) =>
  page.locator(`[data-testid="${section}"] tr[data-year="${year}"] [data-value]`).getAttribute('data-value').then(Number);

const perYear = async (sql: string, safeHomeId?: string) =>
  Object.fromEntries((await db().raw(sql, safeHomeId ? [safeHomeId] : [])).rows.map((row: { year: number; n: number }) => [row.year, row.n]));

describe('the internal dashboard, in the machine’s Chromium', () => {
  it('signs a statistician in through the identity provider (authorization code + PKCE, account and password typed in its form), shows the published totals, reads in Dutch and English, filters by Safe Home and years, marks withheld cells, and talks to nothing beyond the hub and the provider', async () => {
    const context = await browser().newContext();
    const { page, requested, errors } = await openPage('/dashboard/', context);
    const tokenRequests: string[] = [];
    page.on('request', (request) => request.url() === `${identity().issuer}/token` && tokenRequests.push(request.postData() ?? ''));
    await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();

    // At the provider: the page asked for a code, with a PKCE challenge, for itself and back to itself.
    await page.getByLabel('Account').waitFor({ timeout: 30_000 });
    const authorization = new URL(requested.find((url) => url.startsWith(`${identity().issuer}/auth?`))!);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: 'safe-home-dashboard', response_type: 'code', code_challenge_method: 'S256', code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      redirect_uri: `${origin()}/dashboard/`, state: expect.stringMatching(/^[\w-]{20,}$/),
    });

    // A wrong password, then an account whose role may not declare the dashboard's purpose: each refused on the form, saying why.
    await typeCredentials(page, 'limburg-statistician', 'not-the-password');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/account or password is not right/);
    await expect(page.getByLabel('Account').getAttribute('aria-invalid')).resolves.toBe('true');
    await typeCredentials(page, 'limburg-case-manager');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/role CASE_MANAGER may not declare purpose STATISTICS/);
    await page.screenshot({ path: join(output, 'sign-in-refused.png') });

    await typeCredentials(page, 'limburg-statistician');
    await figure(page).waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(`${origin()}/dashboard/`); // the code is gone from the address bar
    expect(tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(tokenRequests[0]))).toMatchObject({ grant_type: 'authorization_code', client_id: 'safe-home-dashboard', code_verifier: expect.stringMatching(/^[\w-]{43}$/) });
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/limburg-statistician \(STATISTICIAN, limburg-safe-home\)/);
    const token = await storedToken(page);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: identity().issuer, aud: 'safe-home-hub', sub: 'limburg-statistician', client_id: 'safe-home-dashboard', org: 'limburg-safe-home', role: 'STATISTICIAN', purpose: 'STATISTICS' });
    expect(claims.exp - claims.iat).toBe(900);

    for (const [year, total] of Object.entries(publishedTotals.referredFamilies)) expect(await valueIn(page, 'referred-families', Number(year))).toBe(total);
    for (const [year, total] of Object.entries(publishedTotals.consults)) expect(await valueIn(page, 'consults', Number(year))).toBe(total);
    // Dutch by default, with Belgian number formatting; one switch turns every label to English.
    await expect(page.locator('h1').textContent()).resolves.toBe('Veilige Huizen in cijfers');
    await expect(page.locator('[data-testid="referred-families"] tr[data-year="2022"] [data-value]').textContent()).resolves.toBe('1.971');
    await page.click('[data-testid="language"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Safe Homes in figures');
    await expect(page.locator('[data-testid="referred-families"] tr[data-year="2022"] [data-value]').textContent()).resolves.toBe('1,971');

    // Withheld small cells are shown as such, exactly those the hub withheld (asked with the page's own token).
    const cells = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ referredFamilies(filter: { fromYear: 2022 }) { suppressed } }' }),
    }).then((response) => response.json() as Promise<{ data: { referredFamilies: { suppressed: boolean }[] } }>);
    const withheld = cells.data.referredFamilies.filter((cell) => cell.suppressed).length;
    expect(withheld).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="per-safe-home"] [data-suppressed]').count()).toBe(withheld);
    await expect(page.locator('[data-testid="per-safe-home"] [data-suppressed]').first().textContent()).resolves.toBe('withheld');

    // Filter: Limburg only, from 2023 on.
    await page.selectOption('[data-testid="safe-home"]', 'limburg');
    await page.selectOption('[data-testid="from-year"]', '2023');
    await page.locator('[data-testid="referred-families"] tr[data-year="2022"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="referred-families"] tr[data-year="2023"] [data-value]').waitFor();
    const limburg = await perYear(`SELECT extract(year FROM referral_date)::int AS year, count(*)::int AS n FROM dossiers.dossiers WHERE safe_home_id = ? GROUP BY 1`, 'limburg');
    expect(await valueIn(page, 'referred-families', 2023)).toBe(limburg[2023]);
    expect(await valueIn(page, 'referred-families', 2024)).toBe(limburg[2024]);
    expect(limburg[2024]).toBeLessThan(publishedTotals.referredFamilies[2024]);

    await page.screenshot({ path: join(output, 'dashboard.png'), fullPage: true });
    expect(beyondTheHub(requested)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('sends the user to sign in again when the token has run out or the hub refuses it, and signs out at the provider', async () => {
    const context = await browser().newContext();
    const { page, requested } = await openPage('/dashboard/', context);
    await page.getByTestId('sign-in').getByRole('button').click();
    await typeCredentials(page, 'gent-coordinator');
    await figure(page).waitFor({ timeout: 30_000 });
    const signInForms = () => requested.filter((url) => url.startsWith(`${identity().issuer}/interaction/`)).length;
    const formsTyped = signInForms();

    const expiredNotice = page.getByTestId('expired');
    for (const spoil of [
      // The token this tab keeps has run out...
      () => page.evaluate(() => { const key = 'safe-home-sign-in:session:dashboard'; sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key)!), expiresAt: Date.now() - 1000 })); }),
      // ...or the hub refuses it (401 UNAUTHENTICATED): its signature is not the provider's.
      () => page.evaluate(() => {
        const key = 'safe-home-sign-in:session:dashboard';
        const { token } = JSON.parse(sessionStorage.getItem(key)!);
        sessionStorage.setItem(key, JSON.stringify({ token: `${token.split('.').slice(0, 2).join('.')}.${'A'.repeat(86)}`, expiresAt: Date.now() + 600_000 }));
      }),
    ]) {
      await spoil();
      await page.reload();
      await expiredNotice.waitFor({ timeout: 30_000 });
      await expect(expiredNotice.textContent()).resolves.toMatch(/sessie voor het dashboard is verlopen/);
      await page.screenshot({ path: join(output, 'dashboard-expired.png') });
      // Still signed in at the provider: back with a new token without typing again.
      await expiredNotice.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
      await figure(page).waitFor({ timeout: 30_000 });
      expect(await valueIn(page, 'referred-families', 2024)).toBe(publishedTotals.referredFamilies[2024]);
      expect(signInForms()).toBe(formsTyped);
    }

    await page.getByTestId('sign-out').click();
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(`${origin()}/dashboard/`);
    expect(await page.evaluate(() => sessionStorage.getItem('safe-home-sign-in:session:dashboard'))).toBeNull();
    // Signed out at the provider too: signing in asks for the account again.
    await page.getByTestId('sign-in').getByRole('button').click();
    await page.getByLabel('Account').waitFor({ timeout: 30_000 });
    await context.close();
  }, 90_000);

  it("serves the GraphQL explorer, bundled, with how to get a token explained, and runs a query with a partner application's token from the provider", async () => {
    const { page, requested, errors } = await openPage('/explorer/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.getByText('npm run token', { exact: false }).first().waitFor({ timeout: 30_000 });
    // A partner developer pastes their application's token into the Headers tab and runs the example query.
    const token = await applicationToken('limburg-police-app', 'CASE_CONSULTATION');
    await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('Vande Molkaert').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(output, 'explorer.png') });
    expect(beyondTheHub(requested)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('signs staff in to the explorer for the purpose they choose, with the same sign-in as the dashboard, and sends their token', async () => {
    const context = await browser().newContext();
    const { page, errors } = await openPage('/explorer/', context);
    await page.getByLabel(/sign in for the purpose/).selectOption('CASE_MANAGEMENT');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await typeCredentials(page, 'limburg-case-manager');
    await expect(page.getByTestId('signed-in').textContent({ timeout: 30_000 })).resolves.toMatch(/limburg-case-manager \(CASE_MANAGER, limburg-safe-home\) for CASE_MANAGEMENT/);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('Vande Molkaert').first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('documents the API in its docs panel and completes queries once a token is in its Headers tab', async () => {
    const { page, errors } = await openPage('/explorer/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${await applicationToken('limburg-police-app', 'CASE_CONSULTATION')}` }));
    // The docs panel: the root types, then Query's fields, then a type with its fields.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer-root-type', { hasText: 'query' }).waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
    const queryFields = page.locator('.graphiql-doc-explorer-field-name');
    await queryFields.first().waitFor();
    expect(await queryFields.allTextContents()).toEqual(expect.arrayContaining(['dossier', 'dossiers', 'person', 'referredFamiliesPerYear']));

    // Completion in the query editor, from the same schema.
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ dossier(code: "LIMB6024") { curr');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.monaco-editor .suggest-widget .monaco-list-row');
    await suggestions.first().waitFor({ timeout: 30_000 });
    expect(await suggestions.allTextContents()).toEqual([expect.stringContaining('currentRiskLevel')]);
    await page.screenshot({ path: join(output, 'explorer-docs.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('tells the pages how to sign in (GET /auth/config) and lets them talk to the provider, and hands out no tokens itself', async () => {
    const response = await fetch(`${origin()}/auth/config`);
    expect(await response.json()).toEqual({
      issuer: identity().issuer, audience: 'safe-home-hub', clients: { '/dashboard/': 'safe-home-dashboard', '/dpo/': 'safe-home-dpo', '/explorer/': 'safe-home-explorer' },
    });
    for (const path of ['/dashboard/', '/dpo/', '/explorer/']) {
      const page = await fetch(`${origin()}${path}`);
      expect([path, page.status, page.headers.get('content-security-policy')]).toEqual([path, 200, expect.stringContaining(`connect-src 'self' ${identity().issuer}`)]);
    }
    expect((await fetch(`${origin()}/dashboard/token`)).status).toBe(404);
  });
});
