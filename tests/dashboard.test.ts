import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { signDevToken } from '../hub/dev-issuer';
import { publishedTotals } from '../seed/published-totals';
import { useTestDatabase } from './support/database';
import { limburgPolice, statistician, useTestHub } from './support/hub';

const root = join(__dirname, '..');
const output = join(root, 'test-output');

// The pages are built before the hub starts, so it serves what the sources say now.
beforeAll(() => {
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'clients/web/vite.config.mts'], { cwd: root, stdio: 'pipe' });
}, 120_000);

const { hub } = useTestHub();
const db = useTestDatabase();

/** The machine's Chromium (Debian's package), never a downloaded browser. */
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(output, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const origin = () => new URL(hub().gateway.graphqlUrl).origin;

/** A page that records every request it makes, to prove it loads nothing from beyond the hub. */
async function openPage(path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin()}${path}`);
  return { page, requested, errors };
}

const valueIn = (page: Page, section: string, year: number) =>
  page.locator(`[data-testid="${section}"] tr[data-year="${year}"] [data-value]`).getAttribute('data-value').then(Number);

const perYear = async (sql: string, safeHomeId?: string) =>
  Object.fromEntries((await db().raw(sql, safeHomeId ? [safeHomeId] : [])).rows.map((row: { year: number; n: number }) => [row.year, row.n]));

describe('the internal dashboard, in the machine’s Chromium', () => {
  it('shows the published totals, reads in Dutch and English, filters by Safe Home and years, marks withheld cells, and loads nothing from beyond the hub', async () => {
    const { page, requested, errors } = await openPage('/dashboard/');
    await page.locator('[data-testid="referred-families"] tr[data-year="2024"] [data-value]').waitFor({ timeout: 30_000 });

    for (const [year, total] of Object.entries(publishedTotals.referredFamilies)) expect(await valueIn(page, 'referred-families', Number(year))).toBe(total);
    for (const [year, total] of Object.entries(publishedTotals.consults)) expect(await valueIn(page, 'consults', Number(year))).toBe(total);
    // Dutch by default, with Belgian number formatting; one switch turns every label to English.
    await expect(page.locator('h1').textContent()).resolves.toBe('Veilige Huizen in cijfers');
    await expect(page.locator('[data-testid="referred-families"] tr[data-year="2022"] [data-value]').textContent()).resolves.toBe('1.971');
    await page.click('[data-testid="language"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Safe Homes in figures');
    await expect(page.locator('[data-testid="referred-families"] tr[data-year="2022"] [data-value]').textContent()).resolves.toBe('1,971');

    // Withheld small cells are shown as such, exactly those the hub withheld.
    const token = await signDevToken(statistician());
    const cells = await fetch(hub().gateway.graphqlUrl, {
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
    expect(requested.filter((url) => !url.startsWith(origin()) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('says so when its token has expired, and loads again on reload', async () => {
    const expired = await signDevToken(statistician(), { expiresIn: -60 });
    const page = await browser.newPage();
    await page.route('**/dashboard/token', (route) => route.fulfill({ json: { token: expired } }));
    await page.goto(`${origin()}/dashboard/`);
    const notice = page.locator('[data-testid="expired"]');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toMatch(/sessie voor het dashboard is verlopen/);
    await page.screenshot({ path: join(output, 'dashboard-expired.png') });
    await page.unroute('**/dashboard/token');
    await notice.locator('button').click();
    await page.locator('[data-testid="referred-families"] tr[data-year="2024"] [data-value]').waitFor({ timeout: 30_000 });
    expect(await valueIn(page, 'referred-families', 2024)).toBe(publishedTotals.referredFamilies[2024]);
    await page.close();
  }, 60_000);

  it('serves the GraphQL explorer, bundled, with the token to put in its headers explained, and runs a query with it', async () => {
    const { page, requested, errors } = await openPage('/explorer/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.getByText('npm run token', { exact: false }).first().waitFor({ timeout: 30_000 });
    // A partner developer pastes a token into the Headers tab and runs the example query.
    const token = await signDevToken(limburgPolice());
    await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('Vande Molkaert').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(output, 'explorer.png') });
    expect(requested.filter((url) => !url.startsWith(origin()) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('documents the API in its docs panel and completes queries once a token is in its Headers tab', async () => {
    const { page, errors } = await openPage('/explorer/');
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${await signDevToken(limburgPolice())}` }));

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

  it('hands development dashboard tokens only to this machine, and only for statistics', async () => {
    const response = await fetch(`${origin()}/dashboard/token`);
    const { token } = (await response.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ role: 'STATISTICIAN', purpose: 'STATISTICS' });
    expect(claims.exp - claims.iat).toBe(900);
  });
});
