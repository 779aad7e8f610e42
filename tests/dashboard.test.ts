import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { storedClientSecret } from '../identity/secrets';
import { publishedTotals } from '../seed/published-totals';
import { openPage as openPageAt, requestsBeyond, testOutput as output, typeCredentials, useBrowser } from './support/browser';
import { useTestDatabase } from './support/database';
import { useHubWithSignIn } from './support/hub-with-sign-in';
import { clientCredentials } from './support/identity-provider';

const { origin, identity, hub } = useHubWithSignIn();
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

/** Waits for the figures answering this filter (years "from-to", then a Safe Home if any). */
const answered = (page: Page, asked: string) => page.locator(`[data-testid="figures"][data-asked="${asked}"]`).waitFor({ timeout: 30_000 });

/** The page's text in the sections of categories, where no enum value may show as the API spells it. */
async function expectNoEnumSpelling(page: Page) {
  for (const section of ['risk-levels', 'referral-sources', 'per-safe-home', 'duration', 'children']) {
    expect([section, await page.getByTestId(section).innerText()]).not.toEqual([section, expect.stringMatching(/\b(LOW|MEDIUM|HIGH|POLICE|PROSECUTION|JUSTICE_HOUSE|OPGROEIEN|OTHER|SELF)\b/)]);
  }
}

/** Families referred (linked referrals of an open dossier are no new family), by year and whatever else. */
const families = (select: string, from: number, to: number, join = '') =>
  `SELECT ${select}, count(*)::int AS n FROM dossiers.dossiers d ${join} WHERE d.outcome IS DISTINCT FROM 'LINKED_TO_OPEN_DOSSIER' AND extract(year FROM d.referral_date) BETWEEN ${from} AND ${to} GROUP BY 1`;

/** Every published figure of all of Flanders for these years is the database's; every withheld one is marked, never a number. */
async function expectFiguresOfTheDatabase(page: Page, from: number, to: number) {
  const rows = async (sql: string) => (await db().raw(sql)).rows as Record<string, string | number>[];
  // Per Safe Home and track, over the years asked: each total the database's, or withheld when a year of it is.
  const perHome = new Map((await rows(families(`d.safe_home_id || '|' || coalesce(d.track::text, 'none') AS key`, from, to))).map((row) => [row.key, row.n]));
  const shown = await page.locator('[data-testid="per-safe-home"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      key: `${tr.getAttribute('data-safe-home')}|${tr.getAttribute('data-track')}`,
      years: [...tr.querySelectorAll('td[data-year]')].map((td) => Number(td.getAttribute('data-year'))),
      together: tr.querySelector('[data-together] [data-value]')?.getAttribute('data-value'),
      yearWithheld: Boolean(tr.querySelector('td[data-year] [data-suppressed]')),
    })),
  );
  expect(new Set(shown.flatMap((row) => row.years))).toEqual(new Set(Array.from({ length: to - from + 1 }, (_, index) => from + index)));
  const published = shown.filter((row) => row.together !== undefined);
  expect(published.length).toBeGreaterThan(0);
  for (const row of published) expect([row.key, Number(row.together)]).toEqual([row.key, perHome.get(row.key) ?? 0]);
  for (const row of shown.filter((one) => one.together === undefined)) expect([row.key, row.yearWithheld]).toEqual([row.key, true]);
  await expect(page.getByTestId('per-safe-home-span').textContent()).resolves.toBe(`${from}–${to}`);

  // Referral sources, per year.
  for (const row of await rows(families(`d.referral_source || '|' || extract(year FROM d.referral_date)::int AS key`, from, to))) {
    const [source, year] = String(row.key).split('|');
    const cell = page.locator(`[data-testid="referral-sources"] tr[data-source="${source}"] td[data-year="${year}"]`);
    if (!(await cell.locator('[data-suppressed]').count())) expect([row.key, Number(await cell.locator('[data-value]').getAttribute('data-value'))]).toEqual([row.key, row.n]);
  }
  // Families with children involved, per year.
  for (const row of await rows(families(`extract(year FROM d.referral_date)::int AS year`, from, to, `JOIN (SELECT DISTINCT dossier_id FROM persons.dossier_persons WHERE role = 'CHILD') c ON c.dossier_id = d.id`))) {
    const cell = page.locator(`[data-testid="children"] tr[data-year="${row.year}"] [data-column="with-children"]`);
    if (!(await cell.locator('[data-suppressed]').count())) expect(Number(await cell.locator('[data-value]').getAttribute('data-value'))).toBe(row.n);
  }
  // Current risk level (each person's latest assessment, the family's highest), over the years asked.
  const levels = await rows(families(`l.level`, from, to, `JOIN (
      SELECT dossier_id, (ARRAY['LOW', 'MEDIUM', 'HIGH'])[max(array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], level))] AS level
      FROM (SELECT DISTINCT ON (dossier_id, person_id) dossier_id, level FROM risk.assessments ORDER BY dossier_id, person_id, assessed_on DESC, created_at DESC, id DESC) latest
      GROUP BY dossier_id) l ON l.dossier_id = d.id`));
  let publishedLevels = 0;
  for (const { level, n } of levels) {
    const cell = page.locator(`[data-testid="risk-levels"] tr[data-level="${level}"] td.number`);
    if (await cell.locator('[data-suppressed]').count()) continue;
    publishedLevels += 1;
    expect([level, Number(await cell.locator('[data-value]').getAttribute('data-value'))]).toEqual([level, n]);
  }
  expect(publishedLevels).toBeGreaterThanOrEqual(2);
}

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
    const cells = await fetch(hub().gateway.graphqlUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ referredFamilies(filter: { fromYear: 2022 }) { suppressed } }' }),
    }).then((response) => response.json() as Promise<{ data: { referredFamilies: { suppressed: boolean }[] } }>);
    const withheld = cells.data.referredFamilies.filter((cell) => cell.suppressed).length;
    expect(withheld).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="per-safe-home"] td[data-year] [data-suppressed]').count()).toBe(withheld);
    await expect(page.locator('[data-testid="per-safe-home"] td[data-year] [data-suppressed]').first().textContent()).resolves.toBe('withheld');

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

  it('shows every section as a chart and a table, in Dutch and English with every category translated, the figures equal to the database over the whole range asked (per Safe Home too), the year filter bounded by the years the data holds, withheld cells explained, at 390 px without running off the screen and without console errors', async () => {
    const context = await browser().newContext();
    const { page, errors, consoleErrors } = await openPage('/dashboard/', context);
    await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();
    await typeCredentials(page, 'limburg-statistician');

    // The year filter offers exactly the years the statistics hold, and starts with all of them.
    const dataYears: number[] = (await db().raw(`SELECT extract(year FROM referral_date)::int AS year FROM dossiers.dossiers UNION SELECT extract(year FROM consulted_on)::int FROM dossiers.anonymous_consults ORDER BY 1`)).rows.map((row: { year: number }) => row.year);
    const [first, last] = [dataYears[0], dataYears[dataYears.length - 1]];
    expect(last).toBeLessThan(new Date().getFullYear());
    await answered(page, `${first}-${last}`);
    for (const end of ['from-year', 'to-year']) expect(await page.locator(`[data-testid="${end}"] option`).allTextContents()).toEqual(dataYears.map(String));
    expect([await page.inputValue('[data-testid="from-year"]'), await page.inputValue('[data-testid="to-year"]')]).toEqual([String(first), String(last)]);

    // Every section a chart (drawn) and a table.
    const sections = ['referred-families', 'consults', 'per-safe-home', 'children', 'risk-levels', 'referral-sources', 'duration'];
    for (const section of sections) {
      const box = await page.locator(`[data-testid="${section}"] canvas`).boundingBox();
      expect([section, box!.width > 100 && box!.height > 100]).toEqual([section, true]);
      expect([section, await page.locator(`[data-testid="${section}"] table tbody tr`).count() > 0]).toEqual([section, true]);
    }

    await expectFiguresOfTheDatabase(page, first, last);
    // Dutch: every category in words, no enum value as the API spells it.
    await expect(page.locator('[data-testid="risk-levels"] tbody td:first-child').allTextContents()).resolves.toEqual(['Laag', 'Midden', 'Hoog']);
    await expect(page.locator('[data-testid="referral-sources"] tr[data-source="POLICE"] td').first().textContent()).resolves.toBe('Politie');
    await expect(page.locator('[data-testid="referral-sources"] tr[data-source="SELF"] td').first().textContent()).resolves.toBe('Het gezin zelf');
    await expect(page.locator('[data-testid="duration"] tr[data-track="2"] td').first().textContent()).resolves.toBe('Spoor 2');
    await expectNoEnumSpelling(page);
    // Over the whole range, one level of a year withheld withholds the level over the range (the families not yet assessed in a year are
    // too few: one level of that year is withheld with them); the page says why in plain words.
    await expect(page.locator('[data-testid="risk-levels"] tr[data-level="HIGH"] [data-suppressed]').textContent()).resolves.toBe('afgeschermd');
    await expect(page.getByTestId('risk-levels-why-withheld').textContent()).resolves.toMatch(/nog niet op risico gewogen.*minder dan 5.*alle gezinnen min laag, midden en hoog/);
    await page.screenshot({ path: join(output, 'dashboard-nl.png'), fullPage: true });

    await page.click('[data-testid="language"]');
    await expect(page.locator('[data-testid="risk-levels"] tbody td:first-child').allTextContents()).resolves.toEqual(['Low', 'Medium', 'High']);
    await expect(page.locator('[data-testid="referral-sources"] tr[data-source="POLICE"] td').first().textContent()).resolves.toBe('Police');
    await expect(page.locator('[data-testid="referral-sources"] tr[data-source="SELF"] td').first().textContent()).resolves.toBe('The family itself');
    await expect(page.locator('[data-testid="duration"] tr[data-track="2"] td').first().textContent()).resolves.toBe('Track 2');
    await expectNoEnumSpelling(page);
    await expect(page.getByTestId('risk-levels-why-withheld').textContent()).resolves.toMatch(/not yet been assessed.*fewer than 5.*all families minus low, medium and high/);
    await page.screenshot({ path: join(output, 'dashboard-en.png'), fullPage: true });

    // A narrower range of several years: the per-Safe-Home totals are of those years.
    await page.selectOption('[data-testid="from-year"]', String(first + 1));
    await answered(page, `${first + 1}-${last}`);
    await expectFiguresOfTheDatabase(page, first + 1, last);

    // A phone, 390 px wide, in both languages: nothing runs off the screen (a wide table scrolls within itself).
    await page.setViewportSize({ width: 390, height: 844 });
    for (const language of ['en', 'nl']) {
      await page.locator('[data-testid="per-safe-home"] canvas').waitFor();
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect({ language, width }).toEqual({ language, width: Math.min(width, 390) });
      await page.screenshot({ path: join(output, `dashboard-390-${language}.png`), fullPage: true });
      if (language === 'en') await page.click('[data-testid="language"]');
    }
    await expect(page.locator('h1').textContent()).resolves.toBe('Veilige Huizen in cijfers');

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

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
