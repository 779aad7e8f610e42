import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { documentFlow, FlowRecipient } from '../hub/document-flow';
import { flowSheetMarkdown } from '../hub/flow-sheet';
import { pageClients } from '../hub/page-clients';
import { Actor } from '../policy/actor';
import { mutationActions } from '../policy/actions';
import { classification, shareableCategories } from '../policy/classification';
import { explain } from '../policy/explain';
import { OrganisationType, regionlessOrganisationTypes } from '../policy/organisation-types';
import { Purpose, purposesByRole } from '../policy/purposes';
import { RecordAttribute, recordAttributes } from '../policy/record-attributes';
import { Role, roleOrganisationTypes } from '../policy/roles';
import { rules } from '../policy/rules';
import { apiSchemaPath } from '../schema/files';
import { currentFlowSheet, flowsDocPath } from '../scripts/flow-sheet';
import { partnerApplications } from '../seed/applications';
import { Facts, Oracle } from './property/oracle';
import { GeneratedField, operationArbitrary } from './support/generated-documents';

const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(`${__dirname}/../clients/generated/persisted-documents.json`, 'utf8'));
const documentIdOf = (operationName: string) => Object.entries(manifest).find(([, body]) => new RegExp(`(query|mutation) ${operationName}\\b`).test(body))![0];
const bodyOf = (operationName: string) => manifest[documentIdOf(operationName)];

const police = (purpose: Purpose): FlowRecipient => ({ organisationType: OrganisationType.POLICE, role: Role.POLICE_LIAISON, purpose });
const justiceHouse = (purpose: Purpose): FlowRecipient => ({ organisationType: OrganisationType.JUSTICE_HOUSE, role: Role.JUSTICE_ASSISTANT, purpose });
const flowOf = (body: string, recipient: FlowRecipient) => new Map(documentFlow(schema, body, recipient).fields.map((field) => [`${field.typeName}.${field.field}`, field]));

/** An actor of the kind of recipient, of region limburg (or of none), for the policy's own answers. */
const actorOf = (recipient: FlowRecipient): Actor => ({
  subject: 'data-flow-test',
  organisationId: `limburg-${recipient.organisationType.toLowerCase()}`,
  organisationType: recipient.organisationType,
  role: recipient.role,
  safeHomeId: regionlessOrganisationTypes.includes(recipient.organisationType) ? null : 'limburg',
  purpose: recipient.purpose,
  ...(recipient.breakGlass ? { breakGlass: { justification: 'A child is in danger tonight.' } } : {}),
});

/** The part of a markdown text from a heading to the next heading of that level or above. */
function sectionOf(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('the data-flow sheet', () => {
  it('docs/FLOWS.md is generated from the current policy, schema, applications and documents (run `npm run flows` when this fails)', () => {
    expect(readFileSync(flowsDocPath, 'utf8')).toBe(currentFlowSheet());
  });

  it('has a section for every application and page, with every document it registered, by its id', () => {
    const sheet = readFileSync(flowsDocPath, 'utf8');
    const headingStarting = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start));
    for (const application of [...partnerApplications, ...pageClients]) {
      const heading = sheet.split('\n').find((line) => line.startsWith('## ') && sectionOf(sheet, line).includes(`\`${application.id}\` · `));
      expect([application.id, heading]).toEqual([application.id, expect.any(String)]);
      const section = sectionOf(sheet, heading!);
      for (const operation of application.operations) {
        const documentHeading = headingStarting(section, `### ${operation} (`);
        expect([operation, documentHeading]).toEqual([operation, expect.any(String)]);
        expect(sectionOf(section, documentHeading!)).toContain(`\`${documentIdOf(operation)}\``);
      }
    }
  });

  it("lists what the policy refuses the police liaison for a case consultation as never disclosed, whatever the records", () => {
    const document = 'query PersonsOfDossier($code: String!) { dossier(code: $code) { code possibleMatches { referralDate } persons { person { givenName nationalNumber } } } }';
    const flows = flowOf(document, police(Purpose.CASE_CONSULTATION));
    const actor = actorOf(police(Purpose.CASE_CONSULTATION));
    for (const coordinate of ['Person.nationalNumber', 'Dossier.possibleMatches']) {
      const [typeName, field] = coordinate.split('.');
      expect(explain(actor, 'read', { typeName }, field).allowed).toBe(false);
      expect(flows.get(coordinate)).toMatchObject({ allowed: false, allowRules: [] });
    }
    // Nothing below a refused field is asked.
    expect(flows.has('Dossier.referralDate')).toBe(false);
    expect(flows.get('Person.givenName')).toMatchObject({ allowed: true, allowRules: ['consultation-participants-case-content'], persons: 'every person of the dossier' });
    const sheet = flowSheetMarkdown(schema, [
      { id: 'test-app', name: 'Test application', about: 'of a police zone', recipients: [police(Purpose.CASE_CONSULTATION)], documents: [{ operationName: 'PersonsOfDossier', documentId: 'sha256:test', body: document }] },
    ]);
    const never = sheet.split('\nNever disclosed')[1];
    expect(never).toContain('Person: nationalNumber (NATIONAL_NUMBER)');
    expect(never).toContain('Dossier: possibleMatches (REFERRAL_TRIAGE)');
  });

  it("in the police application's section: its CaseFile discloses no case content for a referral", () => {
    const section = sectionOf(readFileSync(flowsDocPath, 'utf8'), '## Politiezone Limburg — casusoverleg');
    const caseFile = sectionOf(section, '### CaseFile (query)');
    expect(caseFile.split('Never disclosed')[1]).toMatch(/\| REFERRAL \| Dossier: .*persons \(IDENTITY\).*situation \(CASE_NARRATIVE\)/);
  });

  it('shows a mutation the policy never lets the application run as never allowed: a police withdrawal from a consultation', () => {
    const document = 'mutation WithdrawFromCaseConsultation($input: WithdrawalInput!) { withdrawFromCaseConsultation(input: $input) { code } }';
    const sheet = flowSheetMarkdown(schema, [
      { id: 'test-app', name: 'Test application', about: 'of a police zone', recipients: [police(Purpose.CASE_CONSULTATION), police(Purpose.REFERRAL)], documents: [{ operationName: 'WithdrawFromCaseConsultation', documentId: 'sha256:test', body: document }] },
    ]);
    expect(sectionOf(sheet, '### WithdrawFromCaseConsultation (mutation)')).toContain('| CASE_CONSULTATION, REFERRAL | never: refused with FORBIDDEN |');
  });

  it("says whose data a field is where the policy's conditions tell persons apart: a justice house", () => {
    const document = 'query Persons($code: String!) { dossier(code: $code) { persons { role person { givenName phone address { street } } } } }';
    const referral = flowOf(document, justiceHouse(Purpose.REFERRAL));
    expect(referral.get('Person.givenName')).toMatchObject({ allowed: true, allowRules: ['justice-house-perpetrator-identity'], persons: 'the alleged perpetrator only' });
    expect(referral.get('Person.phone')?.allowed).toBe(false);
    const consultation = flowOf(document, justiceHouse(Purpose.CASE_CONSULTATION));
    expect(consultation.get('Person.givenName')?.persons).toBe(
      'every person of the dossier (consultation-participants-case-content); the alleged perpetrator only (justice-house-perpetrator-identity)',
    );
    expect(consultation.get('Address.street')).toMatchObject({
      allowed: true,
      denyRules: ['victim-location-never-to-justice-house', 'protected-address-stays-with-safe-home-team'],
      persons: 'every person of the dossier; not of a victim or a child; never a protected address',
    });
  });

  it('says what a mutation writes, as which categories, under which rules and legal bases, and when it is refused', () => {
    const consultation = documentFlow(schema, bodyOf('ShareInformation'), police(Purpose.CASE_CONSULTATION));
    expect(consultation.writes).toEqual([
      { field: 'shareInformation', description: expect.stringContaining('infodeling'), inputs: [{ name: 'input', fields: ['dossierId', 'category', 'legalBasis', 'content'].map((name) => ({ name })) }] },
    ]);
    expect(consultation.fields.find((field) => field.typeName === 'Mutation')).toMatchObject({
      action: 'create',
      allowed: true,
      declaredCategories: ['CASE_NARRATIVE', 'RISK', 'JUDICIAL'],
      allowRules: ['participants-judicial-need-to-know', 'consultation-participants-contribute'],
      legalBases: ['sw-458ter', 'gdpr-10', 'vh-decree-art2-4', 'vh-decree-case-consultation'],
    });
    // A referral lets a partner write a new dossier (CASE_ADMIN), which no information item can be shared as.
    const referral = documentFlow(schema, bodyOf('ShareInformation'), police(Purpose.REFERRAL));
    expect(referral.fields).toEqual([expect.objectContaining({ typeName: 'Mutation', field: 'shareInformation', allowed: false })]);
    const clinician = documentFlow(schema, bodyOf('ShareInformation'), { organisationType: OrganisationType.CGG, role: Role.CLINICIAN, purpose: Purpose.CASE_CONSULTATION });
    expect(clinician.fields[0].declaredCategories).toEqual(['CASE_NARRATIVE', 'RISK', 'HEALTH']);
  });

  it('counts what may run whatever the variables, and leaves out what the document itself skips', () => {
    const document = `query Q($code: String!, $all: Boolean!) {
      dossier(code: $code) { code @skip(if: true) status @include(if: $all) ...Track ... on Dossier { situation { summary } } }
    }
    fragment Track on Dossier { track version @include(if: false) }`;
    expect([...flowOf(document, police(Purpose.CASE_CONSULTATION)).keys()]).toEqual(['Query.dossier', 'Dossier.status', 'Dossier.track', 'Dossier.situation', 'SituationDescription.summary']);
    expect(() => documentFlow(schema, '{ dossier(code: "X") { nonsense } }', police(Purpose.CASE_CONSULTATION))).toThrow(/not valid against the API schema/);
  });

  it('in a declared emergency, shows what break-glass opens for the police liaison', () => {
    const usual = flowOf(bodyOf('CaseFile'), police(Purpose.REFERRAL));
    const emergency = flowOf(bodyOf('CaseFile'), { ...police(Purpose.REFERRAL), breakGlass: true });
    expect(usual.get('Dossier.situation')?.allowed).toBe(false);
    expect(emergency.get('Dossier.situation')).toMatchObject({ allowed: true, allowRules: ['break-glass-own-region'], legalBases: ['sw-458ter', 'gdpr-9-2-g', 'gdpr-10'] });
    const section = sectionOf(sectionOf(readFileSync(flowsDocPath, 'utf8'), '## Politiezone Limburg — casusoverleg'), '### CaseFile (query)');
    expect(section.split('In a declared emergency')[1]).toMatch(/\| REFERRAL \| CASE_NARRATIVE \| Dossier: infoSharing, referrals, situation.* \| break-glass-own-region \|/);
  });
});

/** The facts a record of this type can have, each combination once, as the test's oracle (tests/property/oracle.ts) judges them. */
function possibleFacts(typeName: string, actor: Actor): Facts[] {
  const own = actor.safeHomeId ?? 'limburg';
  const options: Partial<Record<RecordAttribute, Facts[]>> = {
    safeHomeId: [{ safeHomeId: own }, { safeHomeId: 'antwerpen' }],
    participantIds: ['ACTIVE', 'CLOSED'].flatMap((status) => [[actor.organisationId], []].map((participantIds) => ({ dossier: { status, participantIds } }))),
    personRole: ['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER', 'OTHER'].map((personRole) => ({ personRole })),
    category: shareableCategories.map((category) => ({ category })),
    ownerOrganisationId: [{ ownerOrganisationId: actor.organisationId }, { ownerOrganisationId: 'another-organisation' }],
    addressProtected: [{ addressProtected: true }, { addressProtected: false }],
    regionIds: [{ regionIds: [own] }, { regionIds: ['antwerpen'] }],
  };
  // A dossier's status and its participants are one fact of the oracle's.
  const attributes = (recordAttributes[typeName] ?? []).filter((attribute) => attribute !== 'dossierStatus');
  return attributes.reduce<Facts[]>((combinations, attribute) => combinations.flatMap((facts) => options[attribute]!.map((more) => ({ ...facts, ...more }))), [{}]);
}

/** The policy's own answer, from policy/ as data: may some record of this type ever let this field through to the actor? */
function someRecordLets(actor: Actor, typeName: string, field: string): boolean {
  if (typeName === 'Mutation') {
    const action = mutationActions[field];
    const classified = classification.Mutation[field];
    const categories: readonly string[] = typeof classified === 'object' ? classified.among : [classified];
    return !!action && rules.some((rule) =>
      rule.effect === 'allow' && rule.organisationTypes.includes(actor.organisationType) && (!rule.roles || rule.roles.includes(actor.role)) &&
      rule.purposes.includes(actor.purpose) && rule.actions.includes(action) && (!rule.breakGlass || !!actor.breakGlass) && rule.categories.some((c) => categories.includes(c)));
  }
  const oracle = new Oracle(actor);
  if (!recordAttributes[typeName]) return oracle.mayRead(typeName, field, null);
  return possibleFacts(typeName, actor).some((facts) => oracle.mayRead(typeName, field, { allowContexts: [facts], denyContexts: [facts] }));
}

/** The coordinates the operation reaches for the actor: each field it runs, and below it only when the policy lets it through. */
function reached(fields: GeneratedField[], lets: (typeName: string, field: string) => boolean, into = new Set<string>()): Set<string> {
  for (const field of fields.filter((f) => !f.skipped)) {
    into.add(`${field.typeName}.${field.field}`);
    if (lets(field.typeName, field.field)) reached(field.children, lets, into);
  }
  return into;
}

/** What the sheet's section of one document says, for one recipient: fields disclosed, never disclosed, and writes allowed or not. */
function readSheet(section: string) {
  const coordinates = (cell: string) => cell.split('; ').flatMap((part) => {
    const [typeName, fields] = part.split(': ');
    return fields.replace(/ \([^)]*\)/g, '').split(', ').map((field) => `${typeName}.${field}`);
  });
  const said = { disclosed: new Set<string>(), never: new Set<string>(), emergency: new Set<string>(), writes: new Map<string, boolean>() };
  let place: 'disclosed' | 'never' | 'emergency' | 'writes' = 'disclosed';
  let writing = '';
  for (const line of section.split('\n')) {
    if (line.startsWith('Writes `')) [place, writing] = ['writes', line.split('`')[1]];
    else if (line.startsWith('Its answer')) place = 'disclosed';
    else if (line.startsWith('Never disclosed')) place = 'never';
    else if (line.startsWith('In a declared emergency')) place = 'emergency';
    if (!line.startsWith('| ') || line.startsWith('| for |') || line.startsWith('| ---')) continue;
    const cells = line.slice(2, -2).split(' | ');
    if (place === 'writes') said.writes.set(writing, !cells[1].startsWith('never'));
    else if (place === 'never') coordinates(cells[1]).forEach((c) => said.never.add(c));
    else coordinates(cells[2]).forEach((c) => said[place === 'emergency' ? 'emergency' : 'disclosed'].add(c));
  }
  return said;
}

const recipientArbitrary: fc.Arbitrary<FlowRecipient> = fc
  .constantFrom(...Object.values(Role))
  .chain((role) => fc.record({ organisationType: fc.constantFrom(...roleOrganisationTypes[role]), role: fc.constant(role), purpose: fc.constantFrom(...purposesByRole[role]), breakGlass: fc.boolean() }));

describe('the data-flow sheet against the policy (property)', () => {
  it('lists as disclosed only fields some rule lets through to that role and purpose, and as never only those no rule does; nothing the document reaches is left out', () => {
    fc.assert(
      fc.property(recipientArbitrary, fc.oneof({ weight: 3, arbitrary: operationArbitrary(schema, 'Query') }, { weight: 1, arbitrary: operationArbitrary(schema, 'Mutation') }), (recipient, operation) => {
        const actor = actorOf(recipient);
        const lets = (typeName: string, field: string) => someRecordLets(actor, typeName, field);
        const sheet = flowSheetMarkdown(schema, [
          { id: 'generated', name: 'Generated', about: 'drawn by fast-check', recipients: [recipient], documents: [{ operationName: 'Generated', documentId: 'sha256:generated', body: operation.text }] },
        ]);
        const said = readSheet(sectionOf(sheet, `### Generated (${operation.rootType === 'Query' ? 'query' : 'mutation'})`));
        for (const coordinate of said.disclosed) expect([coordinate, lets(...(coordinate.split('.') as [string, string]))]).toEqual([coordinate, true]);
        for (const coordinate of said.never) expect([coordinate, lets(...(coordinate.split('.') as [string, string]))]).toEqual([coordinate, false]);
        for (const [field, allowed] of said.writes) expect([field, allowed]).toEqual([field, lets('Mutation', field)]);
        const emergency = actorOf({ ...recipient, breakGlass: true });
        for (const coordinate of said.emergency) expect([coordinate, someRecordLets(emergency, ...(coordinate.split('.') as [string, string]))]).toEqual([coordinate, true]);
        const listed = new Set([...said.disclosed, ...said.never, ...[...said.writes.keys()].map((field) => `Mutation.${field}`)]);
        expect([...listed].sort()).toEqual([...reached(operation.fields, lets)].sort());
      }),
      { numRuns: Number(process.env.FLOWS_PROPERTY_RUNS ?? 300), seed: Number(process.env.FLOWS_PROPERTY_SEED ?? 20240329) },
    );
  });
});
