import { join } from 'node:path';
import { Page } from 'playwright-core';
import { conditionLabels, DataCategory, Purpose, Role } from '../policy';
import { policyOverview } from '../policy/overview';
import { openPage, requestsBeyond, testOutput as output, typeCredentials, useBrowser } from './support/browser';
import { useHubWithSignIn } from './support/hub-with-sign-in';

/**
 * The policy browser of the DPO's page (/dpo/) in the machine's Chromium: a DPO signed in through
 * the development provider picks a role and a purpose and reads, per category, the rule, its
 * conditions in plain words and its legal basis, with the deny rules where they bite, in Dutch and English.
 */
const { origin, identity } = useHubWithSignIn();
const browser = useBrowser();

/** What the policy itself says a role may do for a purpose: the categories the page must show. */
const expectedCategories = (role: Role, purpose: Purpose) =>
  policyOverview().roles.find((entry) => entry.role === role)!.purposes.find((group) => group.purposes.includes(purpose))!.categories.map((grant) => grant.category);

const browserSection = (page: Page) => page.getByTestId('policy-browser');
const category = (page: Page, name: DataCategory) => browserSection(page).locator(`[data-testid="policy-category"][data-category="${name}"]`);
const rule = (page: Page, name: DataCategory, id: string) => category(page, name).locator(`[data-testid="policy-rule"][data-rule="${id}"]`);

async function choose(page: Page, role: Role, purpose: Purpose) {
  await page.getByTestId('policy-role').selectOption(role);
  await page.getByTestId('policy-purpose').selectOption(purpose);
  await browserSection(page).and(page.locator(`[data-role="${role}"][data-purpose="${purpose}"]`)).waitFor();
}

const shownCategories = (page: Page) => browserSection(page).getByTestId('policy-category').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-category')));

describe("the DPO's policy browser, in the machine’s Chromium", () => {
  it('shows a justice assistant, for a case consultation, each category with its rule, conditions in plain words and legal basis, and the deny rules on contact and location; not for a referral; in Dutch and English', async () => {
    const context = await browser().newContext();
    const { page, requested, errors, consoleErrors } = await openPage(context, `${origin()}/dpo/`);
    await page.getByTestId('sign-in').getByRole('button', { name: 'Aanmelden' }).click();
    await typeCredentials(page, 'limburg-dpo');
    await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-policy').click();
    await expect(browserSection(page).locator('h2').textContent()).resolves.toBe('Beleid');

    await choose(page, Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);
    const consultation = expectedCategories(Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);
    await expect(shownCategories(page)).resolves.toEqual(consultation);
    await expect(page.getByTestId('policy-summary').textContent()).resolves.toBe(`${consultation.length} categorieën`);
    await expect(page.getByTestId('policy-held-in').textContent()).resolves.toBe('Gehouden in: justitiehuis.');

    // Location: read as a consultation participant, under its conditions and legal bases, and never under the two deny rules.
    const location = category(page, DataCategory.LOCATION);
    await expect(location.locator('h3').textContent()).resolves.toBe('Verblijfplaats');
    const participants = rule(page, DataCategory.LOCATION, 'consultation-participants-case-content');
    await expect(participants.textContent()).resolves.toMatch(/^lezen — Deelnemers aan het casusoverleg lezen de casusinhoud \(consultation-participants-case-content\)/);
    await expect(participants.getByTestId('policy-conditions').textContent()).resolves.toBe(
      `wanneer: ${[conditionLabels.sameSafeHome, conditionLabels.consultationParticipant, conditionLabels.dossierOpen].map((label) => label.nl).join(' en ')}`,
    );
    await expect(participants.getByTestId('policy-legal-basis').textContent()).resolves.toBe(
      `Rechtsgrond: ${['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'].map((id) => policyOverview().legalBases.find((basis) => basis.id === id)!.citation.nl).join('; ')}`,
    );
    await participants.locator('summary').click();
    await expect(participants.getByTestId('policy-meaning').textContent()).resolves.toMatch(/^Organisaties die deelnemen aan het casusoverleg van een open dossier/);
    const denies = location.locator('[data-testid="policy-rule"][data-effect="deny"]');
    await expect(denies.evaluateAll((lines) => lines.map((line) => line.getAttribute('data-rule')))).resolves.toEqual(['victim-location-never-to-justice-house', 'protected-address-stays-with-safe-home-team']);
    await expect(location.locator('.denies h4').textContent()).resolves.toBe('Nooit');
    await expect(denies.first().getByTestId('policy-conditions').textContent()).resolves.toBe('wanneer: de persoon is slachtoffer of kind in een dossier');
    // Its fields, by type.
    await location.getByTestId('policy-fields').locator('summary').click();
    await expect(location.getByTestId('policy-fields').textContent()).resolves.toMatch(/^4 velden.*Person: address.*Address: street, postalCode, municipality/);
    // The legal bases cited, with what they say, once.
    await expect(page.getByTestId('policy-legend').locator('dt').allTextContents()).resolves.toContain('Art. 458ter Strafwetboek');
    await expect(page.getByTestId('policy-legend').textContent()).resolves.toContain('Beroepsgeheimen mogen gedeeld worden in een casusoverleg');
    await location.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-policy-justice-assistant.png') });

    // For a referral the role reads no contact or location: no deny rule has anything to bite on.
    await choose(page, Role.JUSTICE_ASSISTANT, Purpose.REFERRAL);
    await expect(shownCategories(page)).resolves.toEqual(expectedCategories(Role.JUSTICE_ASSISTANT, Purpose.REFERRAL));
    await expect(category(page, DataCategory.LOCATION).count()).resolves.toBe(0);
    await expect(browserSection(page).locator('[data-effect="deny"]').count()).resolves.toBe(0);

    // In English, the same choice of role and purpose.
    await choose(page, Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);
    await page.getByTestId('language').click();
    await expect(browserSection(page).locator('h2').textContent()).resolves.toBe('Policy');
    await expect(page.getByTestId('policy-role').locator('option:checked').textContent()).resolves.toBe('Justice assistant');
    await expect(page.getByTestId('policy-purpose').locator('option:checked').textContent()).resolves.toBe('Case consultation');
    await expect(page.getByTestId('policy-summary').textContent()).resolves.toBe(`${consultation.length} categories`);
    await expect(location.locator('h3').textContent()).resolves.toBe('Location');
    await expect(participants.textContent()).resolves.toMatch(/^read — Case consultation participants read the case content/);
    await expect(participants.getByTestId('policy-conditions').textContent()).resolves.toBe(
      `when: ${[conditionLabels.sameSafeHome, conditionLabels.consultationParticipant, conditionLabels.dossierOpen].map((label) => label.en).join(' and ')}`,
    );
    await expect(location.locator('.denies h4').textContent()).resolves.toBe('Never');
    await expect(location.getByTestId('policy-fields').locator('summary').textContent()).resolves.toBe('4 fields');
    await location.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-policy-english.png') });

    // A case manager's health information: only in a declared emergency, on its own legal bases.
    await choose(page, Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
    const health = rule(page, DataCategory.HEALTH, 'break-glass-own-region');
    await expect(health.textContent()).resolves.toMatch(/^read — Emergency access in the own region \(break-glass-own-region\), only in a declared emergency \(break-glass\)/);
    await expect(category(page, DataCategory.HEALTH).getByTestId('policy-rule').count()).resolves.toBe(1);
    await expect(health.getByTestId('policy-legal-basis').textContent()).resolves.toBe('Legal basis: Art. 458ter Strafwetboek; GDPR art. 9(2)(g); GDPR art. 10');
    await category(page, DataCategory.HEALTH).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'dpo-policy-break-glass.png') });

    expect(requestsBeyond(requested, origin(), identity().issuer)).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
