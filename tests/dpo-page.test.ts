import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { verifyLog } from '../audit-log/verify';
import { documentIdOf } from '../clients/document-id';
import { CaseFileDocument, DecideTrustedDocumentDocument, OpenDossiersWithRiskDocument } from '../clients/generated/graphql';
import { REGISTRY_CACHE_MS } from '../gateway/trusted-documents';
import { readDocumentManifest, registerTrustedDocuments } from '../hub/document-registration';
import { Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { openPage as openPageAt, requestsBeyond, testOutput as output, typeCredentials, useBrowser } from './support/browser';
import { useTestDatabase } from './support/database';
import { useHubWithSignIn } from './support/hub-with-sign-in';
import { actor, GraphQLResponse, postGraphQL, tokenFor } from './support/hub';

/**
 * The DPO's page (/dpo/) in the machine's Chromium, over the case-work database: a Safe Home's DPO
 * signs in through the development provider, reads a pending document of an application of the
 * region with what it can disclose, and approves it, after which the application runs it in
 * enforce mode; another region's DPO does not see it.
 */
const db = useTestDatabase('casework');
// The hub the browser talks to enforces trusted documents, and so does the gateway the test application's tokens go to (trusting the tests' issuer).
const { origin, identity, testIssuerGateway: enforce } = useHubWithSignIn({ database: 'casework', env: { TRUSTED_DOCUMENTS: 'enforce' }, testIssuerGatewayEnv: { TRUSTED_DOCUMENTS: 'enforce' } });

const tag = process.pid;
const application = `dpo-page-limburg-police-${tag}`;
const applicationName = `Politiezone Limburg — wijkwerking (test ${tag})`;
const caseFile = documentIdOf(CaseFileDocument);
const openDossiers = documentIdOf(OpenDossiersWithRiskDocument);

beforeAll(async () => {
  await registerTrustedDocuments(db(), [{
    application: { id: application, name: applicationName, organisationId: 'limburg-police', role: Role.POLICE_LIAISON, purposes: [Purpose.CASE_CONSULTATION] },
    operations: ['CaseFile', 'OpenDossiersWithRisk'],
  }]);
});

const browser = useBrowser();
const openPage = (context: BrowserContext) => openPageAt(context, `${origin()}/dpo/`);
const beyondTheHub = (requested: string[]) => requestsBeyond(requested, origin(), identity().issuer);

const police = () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
const runCaseFile = async (): Promise<GraphQLResponse> =>
  postGraphQL(enforce().graphqlUrl, { documentId: caseFile, variables: { code: LIMB6024.code } }, { authorization: `Bearer ${await tokenFor(police(), undefined, application)}` });

const card = (page: Page, documentId: string, applicationId = application) => page.locator(`[data-testid="document"][data-application="${applicationId}"][data-document="${documentId}"]`);

/** The list, once the page has read it for this status filter (ALL: any status). */
const listReady = (page: Page, filter = 'ALL') => page.locator(`[data-testid="trusted-documents"][data-ready-for="${filter}"]`).waitFor({ timeout: 30_000 });

async function signInAs(page: Page, account: string) {
  await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();
  await typeCredentials(page, account);
  await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
  await showDocuments(page);
}

/** The console opens on its disclosure log: the documents are a section of their own. */
async function showDocuments(page: Page) {
  await page.getByTestId('nav-documents').click();
  await listReady(page);
}

/** How the browser writes a month of this date in a language (the page's dates are the browser's, in its time zone, which is this machine's). */
const monthIn = (locale: string, value: Date) => new Intl.DateTimeFormat(locale, { month: 'long' }).format(value);

describe("the DPO's page, in the machine’s Chromium", () => {
  it('lets the Limburg DPO, signed in through the provider, read a pending document of a Limburg application with what it discloses, refuse a note too short, and approve it in either language; the application then runs it in enforce mode, and the decision is on the chain', async () => {
    // Before: the application's own document, pending, is refused.
    const before = await runCaseFile();
    expect([before.status, before.body.errors?.[0]?.extensions?.code, before.body.errors?.[0]?.message]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED', expect.stringMatching(/pending/)]);

    const context = await browser().newContext();
    const { page, requested, errors, consoleErrors } = await openPage(context);
    await expect(page.locator('h1').textContent()).resolves.toBe('Functionaris voor gegevensbescherming');
    await signInAs(page, 'limburg-dpo');
    const authorization = new URL(requested.find((url) => url.startsWith(`${identity().issuer}/auth?`))!);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({ client_id: 'safe-home-dpo', scope: 'purpose:AUDIT', redirect_uri: `${origin()}/dpo/`, code_challenge_method: 'S256' });
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/limburg-dpo \(DPO, limburg-safe-home\)/);

    // Pending first: no decided document above a pending one.
    const statuses = await page.getByTestId('document').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-status')));
    expect(statuses).toContain('PENDING');
    expect(statuses).toContain('APPROVED');
    expect(statuses).toEqual([...statuses].sort((a, b) => Number(a !== 'PENDING') - Number(b !== 'PENDING')));

    // The document: its application, organisation, role, purposes, id, registration date, text, status, and what it can disclose.
    const pending = card(page, caseFile);
    const [registered] = await db()('audit.trustedDocuments').where({ applicationId: application, documentId: caseFile });
    await expect(pending.locator('h3').textContent()).resolves.toBe('CaseFile In afwachting');
    const facts = await pending.locator('.facts').innerText();
    for (const fact of [applicationName, application, 'Politiezone Limburg', 'limburg-police', 'POLICE_LIAISON', 'CASE_CONSULTATION', caseFile, 'nog geen']) expect(facts).toContain(fact);
    await expect(pending.getByTestId('registered-at').textContent()).resolves.toContain(`${monthIn('nl-BE', registered.registeredAt)} ${registered.registeredAt.getFullYear()}`);
    // Its text laid out to be read, and exactly as registered (what the id is the hash of).
    await expect(pending.getByTestId('body').textContent()).resolves.toMatch(/^query CaseFile\(\$code: String!\) {\n  dossier\(code: \$code\) {\n    actionPlan {/);
    await expect(pending.getByTestId('body-as-registered').textContent()).resolves.toBe(readDocumentManifest().byOperation.get('CaseFile')!.body);
    const flow = pending.locator('[data-testid="recipient-flow"][data-purpose="CASE_CONSULTATION"]');
    await expect(flow.locator('h4').textContent()).resolves.toBe('Voor POLICE_LIAISON (POLICE), doel CASE_CONSULTATION');
    const givenName = await flow.locator('[data-testid="flow-discloses"] tr[data-field="Person.givenName"] td').allTextContents();
    expect(givenName).toEqual(['Person.givenName', 'IDENTITY', 'every person of the dossier', 'consultation-participants-case-content', expect.stringContaining('sw-458ter')]);
    // As many lines as the hub says the document discloses to a police liaison for a case consultation.
    const [{ dataFlow }] = (await enforceRun(`{ trustedDocuments(applicationId: "${application}", status: PENDING) { nodes { documentId dataFlow { purpose reads { field allowed } } } } }`))
      .trustedDocuments.nodes.filter((node: { documentId: string }) => node.documentId === caseFile);
    const disclosed = dataFlow[0].reads.filter((read: { allowed: boolean }) => read.allowed).length;
    expect(disclosed).toBeGreaterThan(20);
    expect(await flow.locator('[data-testid="flow-discloses"] tbody tr').count()).toBe(disclosed);
    await page.screenshot({ path: join(output, 'dpo-pending.png') });
    await pending.getByTestId('data-flow').screenshot({ path: join(output, 'dpo-data-flow.png') });

    // A note too short is refused on the page, saying why and counting, and nothing is decided.
    await pending.getByTestId('note').fill('  te kort ');
    await expect(pending.getByTestId('note-count').textContent()).resolves.toBe('7 / 2.000 tekens (minstens 10)');
    await pending.getByTestId('approve').click();
    await expect(pending.getByTestId('note-problem').textContent()).resolves.toBe('De notitie moet zeggen waarom, in 10 tot 2.000 tekens (nu 7).');
    await expect(pending.getByTestId('note').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await pending.getByTestId('note').evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);
    await pending.getByTestId('note-problem').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-note-too-short.png') });
    expect((await db()('audit.trustedDocuments').where({ applicationId: application, documentId: caseFile }).first()).status).toBe('PENDING');

    // In English: the labels, the count and the refusal, the numbers and the date as English writes them.
    await page.getByTestId('language').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Data protection officer');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(pending.locator('h3').textContent()).resolves.toBe('CaseFile Pending');
    await expect(pending.getByTestId('note-count').textContent()).resolves.toBe('7 / 2,000 characters (at least 10)');
    await expect(pending.getByTestId('note-problem').textContent()).resolves.toBe('The note must say why, in 10 to 2,000 characters (now 7).');
    await expect(pending.getByTestId('registered-at').textContent()).resolves.toContain(`${monthIn('en-GB', registered.registeredAt)} ${registered.registeredAt.getFullYear()}`);
    await expect(flow.locator('h4').textContent()).resolves.toBe('For POLICE_LIAISON (POLICE), purpose CASE_CONSULTATION');
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^\d+ documents, \d+ of them pending\.$/);
    await page.screenshot({ path: join(output, 'dpo-english.png') });
    await page.getByTestId('language').click();
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^\d+ documenten, waarvan \d+ in afwachting\.$/);

    // Approved with a note that says why.
    const note = 'Past bij het protocol met de politiezone: enkel voor casusoverleg, gelezen op 2 punten.';
    await pending.getByTestId('note').fill(note);
    await expect(pending.getByTestId('note-count').textContent()).resolves.toBe(`${note.length} / 2.000 tekens (minstens 10)`);
    await pending.getByTestId('approve').click();
    await page.locator(`[data-testid="document"][data-application="${application}"][data-document="${caseFile}"][data-status="APPROVED"]`).waitFor({ timeout: 30_000 });
    await expect(pending.getByTestId('decided').textContent()).resolves.toBe('Goedgekeurd. De toepassing mag dit document nu uitvoeren.');
    await expect(pending.getByTestId('status').textContent()).resolves.toBe('Goedgekeurd');
    const decision = await pending.getByTestId('decision').textContent();
    expect(decision!.startsWith(`${note} — limburg-dpo, `)).toBe(true);
    expect(decision).toContain(String(new Date().getFullYear()));
    expect(await pending.locator('h3').evaluate((heading) => heading === heading.ownerDocument.activeElement)).toBe(true);
    // An approval may be withdrawn: the form now offers that, and nothing else.
    await expect(pending.getByTestId('decision-form').getByRole('button').allTextContents()).resolves.toEqual(['Goedkeuring intrekken']);
    await page.screenshot({ path: join(output, 'dpo-approved.png') });

    const decided = await db()('audit.trustedDocuments').where({ applicationId: application, documentId: caseFile }).first();
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: 'limburg-dpo', note });
    const [line] = await db()('audit.disclosures').where({ subjectType: 'TrustedDocument', subjectId: `${application} ${caseFile}` });
    expect(line).toMatchObject({
      kind: 'CHANGE', outcome: 'WRITTEN', actorSubject: 'limburg-dpo', organisationId: 'limburg-safe-home', purpose: 'AUDIT',
      operationName: 'decideTrustedDocument', documentHash: documentIdOf(DecideTrustedDocumentDocument).slice('sha256:'.length),
    });
    expect((await verifyLog(db())).intact).toBe(true);

    // The application runs it now (within the bound of the gateway's registry cache).
    const approvedAt = Date.now();
    let after: GraphQLResponse;
    do after = await runCaseFile();
    while (after.status !== 200 && Date.now() - approvedAt < 3 * REGISTRY_CACHE_MS);
    expect([after.status, after.body.data?.dossier?.code]).toEqual([200, LIMB6024.code]);

    // A document decided meanwhile elsewhere (the central DPO): the page shows the hub's refusal readably, and where it stands now.
    const other = card(page, openDossiers);
    await other.getByTestId('note').fill('Een lijst van open dossiers met hun risico: nodig voor het overleg.');
    const central = await enforceRun(
      `mutation { decideTrustedDocument(input: { applicationId: "${application}", documentId: "${openDossiers}", verdict: REJECT, note: "Te ruim voor wijkwerking: niet nodig." }) { status } }`,
      actor('vlaanderen-central-team', Role.CENTRAL_DPO, Purpose.AUDIT),
    );
    expect(central.decideTrustedDocument.status).toBe('REJECTED');
    await other.getByTestId('approve').click();
    await expect(other.getByTestId('refusal').textContent({ timeout: 30_000 })).resolves.toBe('Deze beslissing kan niet meer: het document is intussen afgewezen. De lijst is bijgewerkt. ILLEGAL_TRANSITION');
    await page.locator(`[data-testid="document"][data-application="${application}"][data-document="${openDossiers}"][data-status="REJECTED"]`).waitFor({ timeout: 30_000 });
    await expect(other.getByTestId('status').textContent()).resolves.toBe('Afgewezen');
    await expect(other.getByTestId('decision-form').count()).resolves.toBe(0);
    await other.getByTestId('refusal').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-refused.png') });

    expect(beyondTheHub(requested)).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it("shows another region's DPO none of the Limburg application's documents, its own region's, and filters by status", async () => {
    const context = await browser().newContext();
    const { page, requested, errors, consoleErrors } = await openPage(context);
    await signInAs(page, 'antwerpen-dpo');
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/antwerpen-dpo \(DPO, antwerpen-safe-home\)/);
    const applications = async () => new Set(await page.getByTestId('document').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-application'))));
    const seen = await applications();
    expect(seen.has(application)).toBe(false);
    expect(seen.has('antwerpen-police-app')).toBe(true);
    expect([...seen].some((id) => id?.startsWith('limburg-'))).toBe(false);

    // By status: only documents with that status, and of the region's seeded police application exactly those it has.
    for (const status of ['PENDING', 'APPROVED', 'REJECTED']) {
      await page.getByTestId('status-filter').selectOption(status);
      await listReady(page, status);
      const shown = await page.getByTestId('document').evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-application'), card.getAttribute('data-status')]));
      expect(shown.filter(([, shownStatus]) => shownStatus !== status)).toEqual([]);
      const registered = await db()('audit.trustedDocuments').where({ applicationId: 'antwerpen-police-app', status }).count({ count: '*' });
      expect([status, shown.filter(([id]) => id === 'antwerpen-police-app').length]).toEqual([status, Number(registered[0].count)]);
    }
    await page.getByTestId('status-filter').selectOption('PENDING');
    await listReady(page, 'PENDING');
    await page.screenshot({ path: join(output, 'dpo-other-region.png') });
    expect(beyondTheHub(requested)).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('asks to sign in again when the token is refused, and signs out at the provider', async () => {
    const context = await browser().newContext();
    const { page, errors } = await openPage(context);
    await signInAs(page, 'vlaanderen-central-dpo');
    await page.evaluate(() => {
      const key = 'safe-home-sign-in:session:dpo';
      const { token } = JSON.parse(sessionStorage.getItem(key)!);
      sessionStorage.setItem(key, JSON.stringify({ token: `${token.split('.').slice(0, 2).join('.')}.${'A'.repeat(86)}`, expiresAt: Date.now() + 600_000 }));
    });
    await page.reload();
    const expired = page.getByTestId('expired');
    await expect(expired.textContent({ timeout: 30_000 })).resolves.toMatch(/sessie als functionaris voor gegevensbescherming is verlopen/);
    await expired.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
    await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
    await showDocuments(page);
    await page.getByTestId('document').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('sign-out').click();
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('safe-home-sign-in:session:dpo'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

/** An ad-hoc document through the enforce gateway as the central DPO through the explorer (the one application that may send ad-hoc documents). */
async function enforceRun(query: string, who = actor('vlaanderen-central-team', Role.CENTRAL_DPO, Purpose.AUDIT)) {
  const { body } = await postGraphQL(enforce().graphqlUrl, { query }, { authorization: `Bearer ${await tokenFor(who, undefined, 'safe-home-explorer')}` });
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
