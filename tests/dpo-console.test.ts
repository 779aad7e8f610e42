import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { verifyLog } from '../audit-log/verify';
import { Purpose, Role } from '../policy';
import { ANTW6024, LIMB6024 } from '../seed/fixtures';
import { newTrace } from './support/audit';
import { openPage as openPageAt, requestsBeyond, testOutput as output, typeCredentials, useBrowser } from './support/browser';
import { useTestDatabase } from './support/database';
import { useHubWithSignIn } from './support/hub-with-sign-in';
import { actor, postGraphQL, tokenFor } from './support/hub';

/**
 * The DPO's console (/dpo/) in the machine's Chromium, over the case-work database: the disclosure
 * log with its filters and readable lines, the chain's status, the break-glass queue and a review
 * made on the page, a subject-access report printed to PDF; each figure the page shows is the
 * hub's or the database's, in Dutch and English, and a region's DPO sees nothing of another's.
 */
const db = useTestDatabase('casework');
// The page runs only its own documents, approved by the hub's release; the tests' own requests (break-glass, the hub's figures) go to a gateway trusting the tests' issuer.
const { origin, identity, testIssuerGateway: api } = useHubWithSignIn({ database: 'casework', env: { TRUSTED_DOCUMENTS: 'enforce' }, testIssuerGatewayEnv: {} });

const browser = useBrowser();
const beyondTheHub = (requested: string[]) => requestsBeyond(requested, origin(), identity().issuer);

type Actor = ReturnType<typeof actor>;
const limburgDpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);
const limburgCaseManager = () => actor('limburg-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
const antwerpenCaseManager = () => actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);

async function hubData(query: string, who: Actor, headers: Record<string, string> = {}) {
  const { body } = await postGraphQL(api().graphqlUrl, { query }, { authorization: `Bearer ${await tokenFor(who)}`, ...headers });
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A break-glass request through the gateway (a dossier with its persons); its log lines. */
async function breakGlass(who: Actor, code: string, justification: string) {
  const { traceId, traceparent } = newTrace();
  await hubData(`{ dossier(code: "${code}") { code persons { person { givenName familyName } } } }`, who, { 'x-break-glass': encodeURIComponent(justification), traceparent });
  const lines = await db()('audit.disclosures').where({ traceId }).orderBy('seq');
  expect(lines.length).toBeGreaterThan(1);
  return lines;
}

/** How many lines of the log the DPO may see with this filter (GraphQL literal), as the hub counts them. */
const hubCount = async (who: Actor, filter: string) => (await hubData(`{ disclosures(filter: ${filter}, first: 1) { totalCount } }`, who)).disclosures.totalCount as number;

async function signInAs(page: Page, account: string) {
  await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();
  await typeCredentials(page, account);
  await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
}

/** The log, once the hub has answered for the filters now applied: the count the page says (the hub's), NaN for a refusal. */
async function logReady(page: Page, applied = ''): Promise<number> {
  const log = page.locator(`[data-testid="disclosure-log"]${applied}:is([data-state="ready"], [data-state="refused"])`);
  await log.waitFor({ timeout: 30_000 });
  const total = await log.getAttribute('data-total');
  return total === null ? NaN : Number(total);
}

interface Filters {
  personId?: string;
  organisationId?: string;
  fromDay?: string;
  toDay?: string;
  outcome?: string;
  breakGlassOnly?: boolean;
}

/** Sets every filter of the form (those not given empty), applies them, and waits for the hub's answer: the count the page then shows. */
async function applyFilters(page: Page, filters: Filters) {
  const form = page.getByTestId('log-filters');
  await form.getByTestId('filter-personId').fill(filters.personId ?? '');
  await form.getByTestId('filter-dossierId').fill('');
  await form.getByTestId('filter-organisationId').fill(filters.organisationId ?? '');
  await form.getByTestId('filter-from').fill(filters.fromDay ?? '');
  await form.getByTestId('filter-to').fill(filters.toDay ?? '');
  await form.getByTestId('filter-outcome').selectOption(filters.outcome ?? '');
  await form.getByTestId('filter-break-glass').setChecked(filters.breakGlassOnly ?? false);
  return afterApplying(page, () => form.getByTestId('apply-filters').click());
}

/** Does what applies filters (the form, a line's person), and waits until the page has the hub's answer for them. */
async function afterApplying(page: Page, apply: () => Promise<void>) {
  const applied = Number(await page.getByTestId('disclosure-log').getAttribute('data-applied'));
  await apply();
  return logReady(page, `[data-applied="${applied + 1}"]`);
}

/**
 * What the page shows, and the hub's (or the database's) count before and after it asked: the log only
 * grows, and other test files write to the same database meanwhile, so the page's count lies between.
 */
async function countedAround(shown: () => Promise<number>, count: () => Promise<number>) {
  const before = await count();
  const onPage = await shown();
  const after = await count();
  expect(onPage).toBeGreaterThanOrEqual(before);
  expect(onPage).toBeLessThanOrEqual(after);
  return onPage;
}

const tag = process.pid;
const limburgJustification = `Slachtoffer vannacht vermist; het team heeft de gezinssamenstelling nu nodig (test ${tag}).`;
const antwerpenJustification = `Kind niet opgehaald op school; de gezinssamenstelling is dringend nodig (test ${tag}).`;

describe("the DPO's console, in the machine’s Chromium", () => {
  it('shows the Limburg DPO its readable log with the hub’s counts per filter, a break-glass request it reviews on the page (the review on the chain), the chain intact, and a subject-access report printed to a clean PDF, in Dutch and English', async () => {
    const lines = await breakGlass(limburgCaseManager(), LIMB6024.code, limburgJustification);
    const dossierLine = lines.find((line) => line.subjectType === 'Dossier')!;
    const requestId = dossierLine.requestId as string;

    const context = await browser().newContext();
    const { page, requested, errors, consoleErrors } = await openPageAt(context, `${origin()}/dpo/`);
    await signInAs(page, 'limburg-dpo');
    await expect(page.getByTestId('nav-log').getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.getByTestId('sections').getByRole('link').allTextContents()).resolves.toEqual(['Logboek', 'Keten', 'Break-glass', 'Inzageverslag', 'Vertrouwde documenten', 'Beleid']);
    await expect(page.getByTestId('scope').textContent()).resolves.toBe('U ziet de lijnen van uw eigen regio (limburg-safe-home).');
    await logReady(page);

    // The organisation filter suggests every region's organisations, by name (the central team, of no region, is typed).
    await expect(page.locator('[data-testid="organisation-choices"] option[value="limburg-police"]').textContent()).resolves.toBe('Politiezone Limburg');
    const [{ count: organisationCount }] = await db()('dossiers.organisationRegions').whereNotNull('safeHomeId').count({ count: '*' });
    await expect(page.locator('[data-testid="organisation-choices"] option').count()).resolves.toBe(Number(organisationCount));

    // Break-glass only, of the Limburg Safe Home: as many lines as the database holds (its own region's), the request's among them.
    const inDatabase = async () => Number((await db()('audit.disclosures').where({ organisationId: 'limburg-safe-home', breakGlass: true }).count({ count: '*' }))[0].count);
    const breakGlassCount = await countedAround(() => applyFilters(page, { organisationId: 'limburg-safe-home', breakGlassOnly: true }), inDatabase);
    expect(breakGlassCount).toBeGreaterThanOrEqual(lines.length);
    const shown = Math.min(breakGlassCount, 20);
    await expect(page.getByTestId('log-summary').textContent()).resolves.toBe(`${breakGlassCount} lijnen; lijn 1 tot ${shown}.`);
    await expect(page.locator('[data-testid="log-line"][data-break-glass="false"]').count()).resolves.toBe(0);

    // The request's dossier line, readable: who, which organisation, why in words, the justification, the document, its fields by category, rule and legal basis.
    const line = page.locator(`[data-testid="log-line"][data-seq="${dossierLine.seq}"]`);
    const outcomeInDutch: Record<string, string> = { DISCLOSED: 'vrijgegeven', PARTIAL: 'deels vrijgegeven, deels geweigerd' };
    await expect(line.locator('h3').textContent()).resolves.toMatch(new RegExp(`^\\d.*: ${outcomeInDutch[dossierLine.outcome]}break-glass$`));
    await expect(line.getByTestId('line-who').textContent()).resolves.toBe('test-user@limburg-safe-home, casusregisseur');
    await expect(line.getByTestId('line-organisation').textContent()).resolves.toMatch(/\(limburg-safe-home\)$/);
    await expect(line.getByTestId('line-purpose').textContent()).resolves.toBe('casusregie');
    await expect(line.getByTestId('line-about').textContent()).resolves.toBe(`dossier ${LIMB6024.id}`);
    await expect(line.getByTestId('line-justification').textContent()).resolves.toBe(limburgJustification);
    await expect(line.getByTestId('line-document').textContent()).resolves.toBe(`sha256:${dossierLine.documentHash}`);
    const groups = new Map<string, string[]>();
    for (const field of dossierLine.fields as { field: string; category: string; rules?: string[]; legalBasis: string[] }[]) {
      const key = JSON.stringify([field.category, field.rules ?? [], field.legalBasis]);
      groups.set(key, [...(groups.get(key) ?? []), field.field]);
    }
    const rows = line.locator('[data-testid="line-fields"] tbody tr');
    await expect(rows.count()).resolves.toBe(groups.size);
    const [[firstKey, firstFields]] = groups;
    const [category, rules, legalBasis] = JSON.parse(firstKey) as [string, string[], string[]];
    await expect(rows.first().locator('td').allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`${category}$`)), firstFields.join(', '), rules.join(', ') || 'niet gelogd', legalBasis.join(', '),
    ]);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-console-log.png') });

    // By outcome (with an organisation): the hub's count, and only lines of that outcome.
    for (const outcome of ['DISCLOSED', 'DENIED']) {
      await countedAround(() => applyFilters(page, { organisationId: 'limburg-police', outcome }), () => hubCount(limburgDpo(), `{ organisationId: "limburg-police", outcome: ${outcome} }`));
      const outcomes = new Set(await page.getByTestId('log-line').evaluateAll((all) => all.map((one) => one.getAttribute('data-outcome'))));
      expect([...outcomes].filter((shownOutcome) => shownOutcome !== outcome)).toEqual([]);
    }

    // A period: the days of the lines up to yesterday hold no line of today.
    const today = new Date();
    const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const todayCount = await countedAround(
      () => applyFilters(page, { fromDay: day(today), toDay: day(today), breakGlassOnly: true }),
      () => hubCount(limburgDpo(), `{ from: "${midnight.toISOString()}", to: "${tomorrow.toISOString()}", breakGlassOnly: true }`),
    );
    expect(todayCount).toBeGreaterThanOrEqual(lines.length);

    // Filters the hub refuses, said readably: nothing shown as if it were the answer.
    expect(await applyFilters(page, { personId: 'iemand' })).toBeNaN();
    await expect(page.getByTestId('log-refused').textContent()).resolves.toBe('De hub weigert de filter: “Persoon” is geen id van een persoon. BAD_USER_INPUT');
    await expect(page.getByTestId('log-line').count()).resolves.toBe(0);
    expect(await applyFilters(page, { fromDay: day(today), toDay: day(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 2)) })).toBeNaN();
    await expect(page.getByTestId('log-refused').textContent()).resolves.toBe('De hub weigert de filter: de periode begint na haar einde. BAD_USER_INPUT');
    // A day beyond the moments the hub takes (the date field takes years of six digits): refused in the field, the page still there.
    const appliedBefore = await page.getByTestId('disclosure-log').getAttribute('data-applied');
    await page.getByTestId('filter-to').fill('275760-09-13');
    await page.getByTestId('apply-filters').click();
    await expect(page.getByTestId('filter-to').evaluate((input: HTMLInputElement) => input.validity.rangeOverflow)).resolves.toBe(true);
    await expect(page.getByTestId('disclosure-log').getAttribute('data-applied')).resolves.toBe(appliedBefore);
    // A year before 100 is that year, not one of the 1900s.
    const asked = page.waitForRequest((request) => request.url().endsWith('/graphql') && Boolean(request.postDataJSON()?.variables?.filter?.from));
    await applyFilters(page, { fromDay: '0024-01-01' });
    expect((await asked).postDataJSON().variables.filter.from).toMatch(/^00(23|24)-/);

    // Paging through the whole log of the region: the next page goes on where the first ended.
    const total = await applyFilters(page, {});
    expect(total).toBeGreaterThan(20);
    const seqs = async () => (await page.getByTestId('log-line').evaluateAll((all) => all.map((one) => Number(one.getAttribute('data-seq')))));
    const firstPage = await seqs();
    expect(firstPage).toHaveLength(20);
    await page.getByTestId('next-page').click();
    await page.getByTestId('log-summary').filter({ hasText: 'lijn 21 tot' }).waitFor({ timeout: 30_000 });
    const secondPage = await seqs();
    expect(Math.max(...secondPage)).toBeLessThan(Math.min(...firstPage));
    await page.getByTestId('previous-page').click();
    await page.getByTestId('log-summary').filter({ hasText: 'lijn 1 tot 20' }).waitFor({ timeout: 30_000 });

    // A person of the request: their lines (the hub's count), then their subject-access report.
    const personLine = lines.find((one) => one.subjectType === 'Person')!;
    const personId = personLine.subjectId as string;
    await applyFilters(page, { organisationId: 'limburg-safe-home', breakGlassOnly: true });
    await countedAround(
      () => afterApplying(page, () => page.locator(`[data-testid="log-line"][data-seq="${personLine.seq}"]`).getByTestId('line-filter-person').click()),
      () => hubCount(limburgDpo(), `{ personId: "${personId}" }`),
    );
    await expect(page.getByTestId('filter-personId').inputValue()).resolves.toBe(personId);
    // As many rows as the hub's report has entries: other tests may read the person meanwhile, so between its counts before and after the page asked.
    const reportOf = async () => (await hubData(`{ subjectAccessReport(personId: "${personId}") { entries { organisation { name } } } }`, limburgDpo())).subjectAccessReport.entries as { organisation: { name: string } }[];
    // Enough of the person's reads for a report of several pages (the case manager's, as the case goes on).
    for (let read = 0; read < 30; read += 1) await hubData(`{ person(id: "${personId}") { givenName } }`, limburgCaseManager());
    const entriesBefore = (await reportOf()).length;
    expect(entriesBefore).toBeGreaterThan(0);
    await page.locator(`[data-testid="log-line"][data-seq="${personLine.seq}"]`).getByTestId('line-report-person').click();
    const report = page.locator('[data-testid="access-report"][data-ready="true"]');
    await report.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('nav-report').getAttribute('aria-current')).resolves.toBe('page');
    const rowCount = await report.getByTestId('report-entry').count();
    expect(rowCount).toBeGreaterThanOrEqual(entriesBefore);
    expect(rowCount).toBeLessThanOrEqual((await reportOf()).length);
    const recipients = await report.getByTestId('report-entry').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1].textContent!));
    await expect(report.getByTestId('report-for').textContent()).resolves.toBe(`Persoon ${personId}`);
    await expect(report.getByTestId('report-count').textContent()).resolves.toBe(rowCount === 1 ? '1 verstrekking.' : `${rowCount} verstrekkingen.`);
    // The break-glass read of the person is among the rows, in words.
    const rowTexts = await report.getByTestId('report-entry').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    expect(rowTexts).toContainEqual([expect.any(String), 'Veilig Huis Limburg', 'casusregisseur', 'casusregie', expect.any(String), expect.any(String), expect.any(String), expect.any(String)]);
    // A person reads the legal bases as they are cited (e.g. "Art. 458ter Strafwetboek"), not as the policy's ids.
    for (const row of rowTexts) expect(row[7]).not.toMatch(/\b(sw-458ter|vh-decree-[\w-]+|gdpr-[\w-]+)\b/);
    expect(rowTexts.some((row) => /Art\.|AVG/.test(row[7] ?? ''))).toBe(true);
    await page.screenshot({ path: join(output, 'dpo-console-report.png'), fullPage: true });

    // Printed: the report alone (no navigation, forms or buttons), its table readable; as a PDF, its lines in its text.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['sections', 'signed-in', 'report-show', 'report-print', 'report-person', 'scope']) expect([hidden, await page.getByTestId(hidden).isVisible()]).toEqual([hidden, false]);
    await expect(report.getByTestId('report-entries').isVisible()).resolves.toBe(true);
    await expect(page.locator('h1').isVisible()).resolves.toBe(false);
    const printed = await page.locator('main').innerText();
    expect(printed).toContain('Inzageverslag (AVG art. 15)');
    expect(printed).toContain(personId);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(output, 'dpo-subject-access-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', [join(output, 'dpo-subject-access-report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const count = rowCount === 1 ? '1 verstrekking.' : `${rowCount} verstrekkingen.`;
      for (const expected of ['Inzageverslag (AVG art. 15)', `Persoon ${personId}`, count, 'Ontvanger Rol Doel Record Uitkomst Categorieën Rechtsgrond', ...recipients]) expect(text).toContain(expected);
      // The table's head on every page.
      expect(text.match(/Ontvanger Rol Doel Record Uitkomst Categorieën Rechtsgrond/g)).toHaveLength(pages);
      // The moment it was made, and one row per entry, each with its moment.
      expect(text.match(/\d{1,2} \S+ \d{4} om \d{2}:\d{2}/g)!.length).toBe(rowCount + 1);
      for (const absent of ['Logboek', 'Afdrukken of als PDF bewaren', 'Verslag opmaken', 'Afmelden']) expect(text).not.toContain(absent);
    }
    await page.emulateMedia({ media: 'screen' });

    // The break-glass queue: the request with its justification and its lines; a note too short refused; reviewed, it leaves the queue, and the review is on the chain.
    await page.getByTestId('nav-break-glass').click();
    await page.locator('[data-testid="break-glass-queue"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const queued = async () => (await hubData('{ breakGlassQueue(first: 100) { totalCount } }', limburgDpo())).breakGlassQueue.totalCount as number;
    const before = await queued();
    await expect(page.getByTestId('queue-summary').textContent()).resolves.toBe(before === 1 ? '1 verzoek wacht op beoordeling.' : `${before} verzoeken wachten op beoordeling.`);
    const request = page.locator(`[data-testid="break-glass-request"][data-request="${requestId}"]`);
    await expect(request.getByTestId('request-justification').textContent()).resolves.toBe(limburgJustification);
    await expect(request.getByTestId('request-lines').textContent()).resolves.toBe(String(lines.length));
    await expect(request.locator('h3').textContent()).resolves.toMatch(/^test-user@limburg-safe-home, casusregisseur \(/);
    await request.getByTestId('note').fill('kort');
    await request.getByTestId('justified').click();
    await expect(request.getByTestId('note-problem').textContent()).resolves.toBe('De notitie moet zeggen waarom, in 10 tot 2.000 tekens (nu 4).');
    expect(await db()('audit.breakGlassReviews').where({ requestId })).toEqual([]);
    await request.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-console-break-glass.png') });
    const note = `Nagekeken met de coördinator: vermissing bevestigd, inzage beperkt tot de gezinssamenstelling (test ${tag}).`;
    await request.getByTestId('note').fill(note);
    await request.getByTestId('justified').click();
    await page.getByTestId('review-outcome').filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('review-outcome').textContent()).resolves.toBe('Verzoek van test-user@limburg-safe-home beoordeeld als gerechtvaardigd; het staat niet meer in de wachtrij.');
    await expect(request.count()).resolves.toBe(0);
    expect(await queued()).toBe(before - 1);
    await expect(page.getByTestId('queue-summary').textContent()).resolves.toBe(before - 1 === 1 ? '1 verzoek wacht op beoordeling.' : before - 1 === 0 ? 'Geen verzoeken om na te kijken.' : `${before - 1} verzoeken wachten op beoordeling.`);
    expect(await db()('audit.breakGlassReviews').where({ requestId }).select('verdict', 'note', 'reviewerSubject')).toEqual([{ verdict: 'JUSTIFIED', note, reviewerSubject: 'limburg-dpo' }]);
    expect(await db()('audit.disclosures').where({ kind: 'CHANGE', subjectType: 'BreakGlassRequest', subjectId: requestId }).select('actorSubject', 'operationName', 'outcome')).toEqual([
      { actorSubject: 'limburg-dpo', operationName: 'reviewBreakGlass', outcome: 'WRITTEN' },
    ]);
    await page.screenshot({ path: join(output, 'dpo-console-reviewed.png') });

    // The chain: intact, with as many lines as the log holds (between the counts before and after the page asked).
    const linesBefore = (await verifyLog(db())).lines;
    await page.getByTestId('nav-chain').click();
    await page.locator('[data-testid="chain-status"][data-intact]').waitFor({ timeout: 60_000 });
    const after = await verifyLog(db());
    expect(after.intact).toBe(true);
    await expect(page.getByTestId('chain-verdict').textContent()).resolves.toBe('Intact: elke lijn en elke ondertekende wortel klopt.');
    const chainLines = Number((await page.getByTestId('chain-lines').textContent())!.replace(/\./g, ''));
    expect(chainLines).toBeGreaterThanOrEqual(linesBefore);
    expect(chainLines).toBeLessThanOrEqual(after.lines);
    await page.screenshot({ path: join(output, 'dpo-console-chain.png') });

    // In English: the labels, the purposes and roles in words, the numbers as English writes them.
    await page.getByTestId('language').click();
    await expect(page.getByTestId('chain-verdict').textContent()).resolves.toBe('Intact: every line and every signed root holds.');
    await expect(page.getByTestId('sections').getByRole('link').allTextContents()).resolves.toEqual(['Disclosure log', 'Chain', 'Break-glass', 'Subject-access report', 'Trusted documents', 'Policy']);
    await page.getByTestId('nav-log').click();
    await logReady(page);
    const englishBreakGlass = await applyFilters(page, { organisationId: 'limburg-safe-home', breakGlassOnly: true });
    await expect(page.getByTestId('log-summary').textContent()).resolves.toBe(`${englishBreakGlass} lines; lines 1 to ${Math.min(englishBreakGlass, 20)}.`);
    await expect(line.getByTestId('line-who').textContent()).resolves.toBe('test-user@limburg-safe-home, case manager');
    await expect(line.getByTestId('line-purpose').textContent()).resolves.toBe('case management');
    await expect(page.getByTestId('log-filters').getByTestId('filter-outcome').locator('option').allTextContents()).resolves.toEqual([
      'Any outcome', 'disclosed', 'partly disclosed, partly refused', 'refused', 'no personal data', 'written or changed',
    ]);
    await page.screenshot({ path: join(output, 'dpo-console-log-english.png') });
    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-person').fill('not-a-person');
    await page.getByTestId('report-show').click();
    await expect(page.getByTestId('report-refused').textContent({ timeout: 30_000 })).resolves.toBe('The hub refuses this: it is not a person id. BAD_USER_INPUT');
    await page.getByTestId('language').click();

    expect(beyondTheHub(requested)).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it("shows the Limburg DPO none of Antwerp's break-glass request, and the central DPO both regions'", async () => {
    const antwerpen = await breakGlass(antwerpenCaseManager(), ANTW6024.code, antwerpenJustification);
    const antwerpenRequest = antwerpen[0].requestId as string;
    const context = await browser().newContext();
    const { page, errors, consoleErrors } = await openPageAt(context, `${origin()}/dpo/`);
    await signInAs(page, 'limburg-dpo');
    await logReady(page);

    // The log, break-glass only: the hub's count for Limburg, no line of Antwerp's request, no line of an Antwerp organisation.
    await countedAround(() => applyFilters(page, { breakGlassOnly: true }), () => hubCount(limburgDpo(), '{ breakGlassOnly: true }'));
    const seqs = await page.getByTestId('log-line').evaluateAll((all) => all.map((one) => one.getAttribute('data-seq')));
    for (const line of antwerpen) expect(seqs).not.toContain(String(line.seq));
    expect(await hubCount(limburgDpo(), '{ organisationId: "antwerpen-safe-home", breakGlassOnly: true }')).toBe(0);
    const antwerpenCount = await applyFilters(page, { organisationId: 'antwerpen-safe-home', breakGlassOnly: true });
    expect(antwerpenCount).toBe(0);
    await expect(page.getByTestId('log-summary').textContent()).resolves.toBe('Geen lijnen die u mag zien met deze filters.');
    // By keyboard: from the top of the page, Tab reaches the sections' navigation (after the language and sign-out buttons), Enter opens one.
    await page.reload();
    await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    const reached: (string | null | undefined)[] = [];
    while (reached.length < 10 && reached[reached.length - 1] !== 'nav-break-glass') {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(['language', 'sign-out', 'nav-log', 'nav-chain', 'nav-break-glass']);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="break-glass-queue"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('nav-break-glass').getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.locator(`[data-testid="break-glass-request"][data-request="${antwerpenRequest}"]`).count()).resolves.toBe(0);
    await page.screenshot({ path: join(output, 'dpo-console-limburg-queue.png') });
    await context.close();

    // The central DPO: every region, Antwerp's request in its queue.
    const central = await browser().newContext();
    const opened = await openPageAt(central, `${origin()}/dpo/`);
    await signInAs(opened.page, 'vlaanderen-central-dpo');
    await expect(opened.page.getByTestId('scope').textContent()).resolves.toBe('U ziet de lijnen van alle regio’s (centrale functionaris).');
    await opened.page.getByTestId('nav-break-glass').click();
    await opened.page.locator(`[data-testid="break-glass-request"][data-request="${antwerpenRequest}"]`).getByTestId('request-justification').filter({ hasText: antwerpenJustification }).waitFor({ timeout: 30_000 });
    expect([...errors, ...opened.errors]).toEqual([]);
    expect([...consoleErrors, ...opened.consoleErrors]).toEqual([]);
    await central.close();
  }, 120_000);
});
