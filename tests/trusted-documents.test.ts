import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { verifyLog } from '../audit-log/verify';
import { documentIdOf } from '../clients/document-id';
import {
  CaseFileDocument, DecideTrustedDocumentDocument, DossierWithPersonsAndRiskDocument, OpenDossiersWithRiskDocument, OverdueActionsDocument, TrustedDocumentsDocument,
} from '../clients/generated/graphql';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { REGISTRY_CACHE_MS } from '../gateway/trusted-documents';
import { revokeApplicationOnRecord } from '../hub/application-revocation';
import { developmentRegistrations } from '../hub/development-registrations';
import { documentFlow } from '../hub/document-flow';
import { readDocumentManifest, registerTrustedDocuments, Registration } from '../hub/document-registration';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { pageClients } from '../hub/page-clients';
import { trustedDocumentsFromEnv } from '../hub/operations-config';
import { logger as hubLogger } from '../platform/logger';
import { organisationDirectory } from '../hub/organisation-directory';
import { partnerRegistration } from '../hub/partner-registration';
import { createLogger } from '../platform/logger';
import { Actor, OrganisationType, Purpose, Role } from '../policy';
import { apiSchemaPath } from '../schema/files';
import { LIMB6024 } from '../seed/fixtures';
import { newTrace } from './support/audit';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { actor, GraphQLResponse, limburgPolice, postGraphQL, tokenFor, useTestHub } from './support/hub';
import { testApplication } from './support/test-application';
import { testIssuer } from './support/test-issuer';

/**
 * Trusted documents through real gateways (enforce, allow, off) over the case-work database: which
 * documents an application runs, how every other is refused and logged, the DPO's decisions (region
 * by region, on the chain), and the document id on every disclosure line.
 */
const { hub } = useTestHub('casework');
const db = useTestDatabase('casework');

const requestLog: string[] = [];
const logger = createLogger({ write: (line: string) => void requestLog.push(line) });
logger.level = 'info';

const tag = process.pid;
const policeApp = `tdt-limburg-police-${tag}`;
const cawApp = `tdt-limburg-caw-${tag}`;
const antwerpApp = `tdt-antwerpen-police-${tag}`;
const police = () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
const caw = () => actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION);
const limburgDpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);
const antwerpenDpo = () => actor('antwerpen-safe-home', Role.DPO, Purpose.AUDIT);
const centralDpo = () => actor('vlaanderen-central-team', Role.CENTRAL_DPO, Purpose.AUDIT);

const manifest = readDocumentManifest().byOperation;
const textOf = (operation: string) => manifest.get(operation)!.body;
const openDossiers = documentIdOf(OpenDossiersWithRiskDocument);
const caseFile = documentIdOf(CaseFileDocument);
const overdue = documentIdOf(OverdueActionsDocument);
const withRisk = documentIdOf(DossierWithPersonsAndRiskDocument);
const hexOf = (documentId: string) => documentId.slice('sha256:'.length);
const openDossiersVariables = { safeHomeId: 'limburg', first: 5 };

const application = (id: string, organisationId: string, role: Role, operations: string[], approved = false): Registration => ({
  application: { id, name: `Test application ${id}`, organisationId, role, purposes: [Purpose.CASE_CONSULTATION] },
  operations,
  approval: approved ? { decidedBy: 'test-setup', note: 'Approved for the trusted-documents tests.' } : undefined,
});

const gateways: RunningGateway[] = [];
let enforce: RunningGateway;

async function startGatewayIn(mode: string, env: NodeJS.ProcessEnv = {}): Promise<RunningGateway> {
  const subgraphUrls = Object.fromEntries(hub().subgraphs.map((subgraph) => [subgraph.name, subgraph.graphqlUrl]));
  const { port: _port, ...options } = await gatewayOptionsFromEnv(subgraphUrls, testDatabaseUrl('casework'), { ...process.env, TRUSTED_DOCUMENTS: mode, ...env }, testIssuer);
  const gateway = await startGateway({ ...options, requestLog: logger }, 0);
  gateways.push(gateway);
  return gateway;
}

beforeAll(async () => {
  // The police application's list runs (approved); its case file, and later its risk view, wait for the DPO.
  await registerTrustedDocuments(db(), [
    application(policeApp, 'limburg-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk'], true),
    application(cawApp, 'limburg-caw', Role.SOCIAL_WORKER, ['OverdueActions'], true),
    application(antwerpApp, 'antwerpen-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk']),
  ]);
  await registerTrustedDocuments(db(), [application(policeApp, 'limburg-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk', 'CaseFile', 'DossierWithPersonsAndRisk'])]);
  enforce = await startGatewayIn('enforce');
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
});

interface Sent {
  response: GraphQLResponse;
  traceId: string;
}

/** A request as an actor through an application (null: a token that names none). */
async function send(gateway: RunningGateway, body: object | object[], who: Actor = police(), clientId: string | null = policeApp): Promise<Sent> {
  const { traceId, traceparent } = newTrace();
  const response = await postGraphQL(gateway.graphqlUrl, body, { authorization: `Bearer ${await tokenFor(who, undefined, clientId ?? undefined)}`, traceparent });
  return { response, traceId };
}

/** The request log line of a request (written once its response is done). */
async function logLineOf(traceId: string): Promise<Record<string, unknown> & { raw: string }> {
  for (let turn = 0; turn < 200; turn += 1) {
    const raw = requestLog.find((line) => line.includes(traceId));
    if (raw) return { ...JSON.parse(raw), raw };
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`no request log line for trace ${traceId}`);
}

const codeOf = ({ response }: Sent) => response.body.errors?.[0]?.extensions?.code;

/** Refused before anything ran: the status, the stable code, and a request log line naming the application and document, never its text. */
async function expectRefused(sent: Sent, code: string, { documentId, application = policeApp, text }: { documentId?: string; application?: string | null; text?: string } = {}) {
  expect({ status: sent.response.status, code: codeOf(sent), data: sent.response.body.data }).toEqual({ status: 400, code, data: undefined });
  const line = await logLineOf(sent.traceId);
  expect(line).toMatchObject({ status: 400, outcome: 'rejected', refusal: code, application });
  expect(line.documentId).toBe(documentId);
  if (text) expect(line.raw).not.toContain(text.slice(0, 40));
  expect(await db()('audit.disclosures').where({ traceId: sent.traceId })).toEqual([]);
}

describe('in enforce mode, an application', () => {
  it('runs its approved document by id, by Apollo persisted-query hash (with and without the text) and as the identical text, each line naming the document', async () => {
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hexOf(openDossiers) } }, variables: openDossiersVariables };
    for (const body of [
      { documentId: openDossiers, variables: openDossiersVariables },
      byHash,
      { ...byHash, query: textOf('OpenDossiersWithRisk') },
      { query: textOf('OpenDossiersWithRisk'), variables: openDossiersVariables },
    ]) {
      const sent = await send(enforce, body);
      expect([body, sent.response.status, sent.response.body.data?.dossiers?.nodes?.length]).toEqual([body, 200, 5]);
      expect(await logLineOf(sent.traceId)).toMatchObject({ status: 200, outcome: expect.stringMatching(/^(ok|forbidden-partial)$/), application: policeApp, documentId: openDossiers, adHoc: false });
      const lines = await db()('audit.disclosures').where({ traceId: sent.traceId });
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map((line: { documentHash: string }) => line.documentHash))).toEqual(new Set([hexOf(openDossiers)]));
    }
  });

  it('is refused its document the DPO has not approved, by id and as text, saying it is pending', async () => {
    const byId = await send(enforce, { documentId: caseFile, variables: { code: LIMB6024.code } });
    await expectRefused(byId, 'TRUSTED_DOCUMENT_REQUIRED', { documentId: caseFile });
    expect(byId.response.body.errors![0].message).toMatch(/pending/);
    const asText = await send(enforce, { query: textOf('CaseFile'), variables: { code: LIMB6024.code } });
    await expectRefused(asText, 'TRUSTED_DOCUMENT_REQUIRED', { documentId: caseFile, text: textOf('CaseFile') });
    expect(asText.response.body.errors![0].message).toMatch(/pending/);
  });

  it("is refused another application's document exactly as a document that does not exist", async () => {
    const unknown = `sha256:${'ab'.repeat(32)}`;
    const foreign = await send(enforce, { documentId: overdue, variables: {} });
    const missing = await send(enforce, { documentId: unknown, variables: {} });
    await expectRefused(foreign, 'PERSISTED_QUERY_NOT_FOUND', { documentId: overdue });
    await expectRefused(missing, 'PERSISTED_QUERY_NOT_FOUND', { documentId: unknown });
    expect(JSON.stringify(foreign.response.body).replace(overdue, 'ID')).toBe(JSON.stringify(missing.response.body).replace(unknown, 'ID'));
    // The caw application runs that very document.
    const own = await send(enforce, { documentId: overdue, variables: { first: 5 } }, caw(), cawApp);
    expect(own.response.status).toBe(200);
  });

  it('is refused an ad-hoc document, and a hash that is not its text’s', async () => {
    const adHoc = '{ safeHomes { id name } }';
    await expectRefused(await send(enforce, { query: adHoc }), 'TRUSTED_DOCUMENT_REQUIRED', { documentId: `sha256:${createHash('sha256').update(adHoc).digest('hex')}`, text: adHoc });
    const mismatch = { query: textOf('CaseFile'), variables: { code: LIMB6024.code } };
    await expectRefused(await send(enforce, { ...mismatch, documentId: openDossiers }), 'PERSISTED_QUERY_HASH_MISMATCH', { text: textOf('CaseFile') });
    await expectRefused(await send(enforce, { ...mismatch, extensions: { persistedQuery: { version: 1, sha256Hash: hexOf(openDossiers) } } }), 'PERSISTED_QUERY_HASH_MISMATCH');
    await expectRefused(await send(enforce, { documentId: openDossiers, extensions: { persistedQuery: { version: 1, sha256Hash: hexOf(caseFile) } } }), 'PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('is refused over GET as over POST', async () => {
    const get = async (parameters: Record<string, string>) => {
      const { traceId, traceparent } = newTrace();
      const response = await fetch(`${enforce.graphqlUrl}?${new URLSearchParams(parameters)}`, {
        headers: { authorization: `Bearer ${await tokenFor(police(), undefined, policeApp)}`, 'apollo-require-preflight': 'true', traceparent },
      });
      return { response: { status: response.status, body: await response.json() }, traceId } as Sent;
    };
    const variables = JSON.stringify(openDossiersVariables);
    expect((await get({ documentId: openDossiers, variables })).response.body.data!.dossiers.nodes).toHaveLength(5);
    await expectRefused(await get({ query: '{ safeHomes { id } }' }), 'TRUSTED_DOCUMENT_REQUIRED', { documentId: `sha256:${createHash('sha256').update('{ safeHomes { id } }').digest('hex')}` });
    await expectRefused(await get({ documentId: caseFile, variables: JSON.stringify({ code: LIMB6024.code }) }), 'TRUSTED_DOCUMENT_REQUIRED', { documentId: caseFile });
  });

  it('refuses what Apollo Server would not read as one request, rather than reshaping it: a batch, extensions that are no object, a parameter given twice over GET', async () => {
    const approved = { documentId: openDossiers, variables: openDossiersVariables };
    const batch = await send(enforce, [approved, { query: '{ safeHomes { id } }' }]);
    await expectRefused(batch, 'BAD_REQUEST');
    expect(batch.response.body.errors![0].message).toMatch(/batch/);
    await expectRefused(await send(enforce, { ...approved, extensions: 'persistedQuery' }), 'BAD_REQUEST');
    await expectRefused(await send(enforce, { ...approved, extensions: ['persistedQuery'] }), 'BAD_REQUEST');
    const get = async (search: string) => {
      const { traceId, traceparent } = newTrace();
      const response = await fetch(`${enforce.graphqlUrl}?${search}&variables=${encodeURIComponent(JSON.stringify(openDossiersVariables))}`, {
        headers: { authorization: `Bearer ${await tokenFor(police(), undefined, policeApp)}`, 'apollo-require-preflight': 'true', traceparent },
      });
      return { response: { status: response.status, body: await response.json() }, traceId } as Sent;
    };
    const text = encodeURIComponent(textOf('OpenDossiersWithRisk'));
    await expectRefused(await get(`query=${encodeURIComponent('{ safeHomes { id } }')}&query=${text}`), 'BAD_REQUEST');
    await expectRefused(await get(`documentId=${encodeURIComponent(caseFile)}&documentId=${encodeURIComponent(openDossiers)}`), 'BAD_REQUEST');
    await expectRefused(await get(`query=${text}&extensions=${encodeURIComponent('{"persistedQuery":')}`), 'BAD_REQUEST');
    expect((await get(`query=${text}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hexOf(openDossiers) } }))}`)).response.status).toBe(200);
  });

  it('with a token that names no application, runs nothing; the explorer, named in TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS, runs ad-hoc documents', async () => {
    await expectRefused(await send(enforce, { documentId: openDossiers, variables: openDossiersVariables }, police(), null), 'PERSISTED_QUERY_NOT_FOUND', { documentId: openDossiers, application: null });
    await expectRefused(await send(enforce, { query: '{ safeHomes { id } }' }, police(), null), 'TRUSTED_DOCUMENT_REQUIRED', {
      documentId: `sha256:${createHash('sha256').update('{ safeHomes { id } }').digest('hex')}`, application: null,
    });
    const explorer = await send(enforce, { query: '{ safeHomes { id } }' }, police(), 'safe-home-explorer');
    expect(explorer.response.body.data!.safeHomes.length).toBeGreaterThan(0);
    expect(await logLineOf(explorer.traceId)).toMatchObject({ application: 'safe-home-explorer', adHoc: true, outcome: 'ok' });
  });

  it("refuses the tokens of a revoked application, and tokens that do not fit their application's registration, as UNAUTHENTICATED", async () => {
    const wrongOrganisation = await send(enforce, { documentId: openDossiers, variables: openDossiersVariables }, limburgPolice(), cawApp);
    expect([wrongOrganisation.response.status, codeOf(wrongOrganisation)]).toEqual([401, 'UNAUTHENTICATED']);
    const wrongPurpose = await send(enforce, { documentId: openDossiers, variables: openDossiersVariables }, actor('limburg-police', Role.POLICE_LIAISON, Purpose.REFERRAL));
    expect([wrongPurpose.response.status, codeOf(wrongPurpose)]).toEqual([401, 'UNAUTHENTICATED']);

    const revoked = `tdt-revoked-${tag}`;
    await registerTrustedDocuments(db(), [application(revoked, 'limburg-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk'], true)]);
    const body = { documentId: openDossiers, variables: openDossiersVariables };
    expect((await send(enforce, body, police(), revoked)).response.status).toBe(200);
    await revokeApplicationOnRecord(db(), { applicationId: revoked, revokedBy: 'test-operator', note: 'Its client secret leaked in a test.' });
    await new Promise((done) => setTimeout(done, REGISTRY_CACHE_MS + 50));
    const refused = await send(enforce, body, police(), revoked);
    expect([refused.response.status, codeOf(refused), refused.response.body.errors![0].message]).toEqual([401, 'UNAUTHENTICATED', `access denied: application "${revoked}" is revoked`]);
    expect(await logLineOf(refused.traceId)).toMatchObject({ status: 401, outcome: 'unauthenticated', application: revoked });
    const [line] = await db()('audit.disclosures').where({ subjectType: 'Application', subjectId: revoked });
    expect(line).toMatchObject({ kind: 'CHANGE', outcome: 'WRITTEN', actorSubject: 'test-operator', operationName: 'revokeApplication' });
  });
});

describe('the DPO', () => {
  const dpoPage = 'safe-home-dpo';
  /** Every operation of the DPO's page, approved with the hub's release. */
  const dpoPageApproved = pageClients.find((page) => page.id === dpoPage)!.operations.map(() => 'APPROVED');
  const listOf = async (who: Actor, applicationId: string) => {
    const sent = await send(enforce, { documentId: documentIdOf(TrustedDocumentsDocument), variables: { applicationId, first: 100 } }, who, dpoPage);
    expect(sent.response.body.errors).toBeUndefined();
    return sent.response.body.data!.trustedDocuments as { totalCount: number; nodes: { documentId: string; status: string; body: string; application: { id: string; organisation: { id: string } | null } }[] };
  };
  const decide = (who: Actor, applicationId: string, documentId: string, verdict: 'APPROVE' | 'REJECT', note = 'Checked against the policy and the protocol with the police zone.') =>
    send(enforce, { documentId: documentIdOf(DecideTrustedDocumentDocument), variables: { input: { applicationId, documentId, verdict, note } } }, who, dpoPage);

  it('of the region sees its applications’ documents with their text; another region’s DPO sees none of them; the central DPO sees all, the hub’s pages’ too', async () => {
    const limburg = await listOf(limburgDpo(), policeApp);
    expect(limburg.nodes.map((node) => [node.documentId, node.status])).toEqual([[openDossiers, 'APPROVED'], [caseFile, 'PENDING'], [withRisk, 'PENDING']]);
    expect(limburg.nodes[0]).toMatchObject({ body: textOf('OpenDossiersWithRisk'), application: { id: policeApp, organisation: { id: 'limburg-police' } } });
    expect(await listOf(antwerpenDpo(), policeApp)).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await listOf(antwerpenDpo(), antwerpApp)).totalCount).toBe(1);
    expect((await listOf(limburgDpo(), dpoPage)).totalCount).toBe(0);
    expect((await listOf(centralDpo(), dpoPage)).nodes.map((node) => node.status)).toEqual(dpoPageApproved);
    expect((await listOf(centralDpo(), policeApp)).totalCount).toBe(3);
  });

  it('approves a document, which then runs within the registry cache’s bound; the decision is a CHANGE line on the chain, naming the DPO page’s document', async () => {
    const otherRegion = await decide(antwerpenDpo(), policeApp, caseFile, 'APPROVE');
    const missing = await decide(antwerpenDpo(), policeApp, `sha256:${'cd'.repeat(32)}`, 'APPROVE');
    expect(otherRegion.response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documentId' });
    expect(otherRegion.response.body.errors![0].message.replace(caseFile, 'ID')).toBe(missing.response.body.errors![0].message.replace(`sha256:${'cd'.repeat(32)}`, 'ID'));
    expect((await decide(limburgDpo(), policeApp, caseFile, 'APPROVE', 'too short')).response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });

    const approved = await decide(limburgDpo(), policeApp, caseFile, 'APPROVE');
    expect(approved.response.body.data!.decideTrustedDocument).toMatchObject({ documentId: caseFile, status: 'APPROVED', decidedBy: limburgDpo().subject, note: expect.stringContaining('protocol') });
    const decidedAt = Date.now();
    let ran: Sent;
    do ran = await send(enforce, { documentId: caseFile, variables: { code: LIMB6024.code } });
    while (ran.response.status !== 200 && Date.now() - decidedAt < 3 * REGISTRY_CACHE_MS);
    expect(ran.response.body.data!.dossier.code).toBe(LIMB6024.code);
    expect(Date.now() - decidedAt).toBeLessThan(2 * REGISTRY_CACHE_MS);

    const [line] = await db()('audit.disclosures').where({ traceId: approved.traceId });
    expect(line).toMatchObject({
      kind: 'CHANGE', outcome: 'WRITTEN', subjectType: 'TrustedDocument', subjectId: `${policeApp} ${caseFile}`, organisationId: 'limburg-safe-home',
      operationName: 'decideTrustedDocument', documentHash: hexOf(documentIdOf(DecideTrustedDocumentDocument)),
      fields: [{ field: 'Mutation.decideTrustedDocument', category: 'DATA_FLOW', rules: ['dpo-decides-own-region-data-flows'], legalBasis: ['egov-decree-art8', 'gdpr-25', 'gdpr-39'] }],
    });
    expect((await verifyLog(db())).intact).toBe(true);
  });

  it('refuses an application id or a document id that is no identifier before looking anything up, without echoing it', async () => {
    const long = 'x'.repeat(100_000);
    for (const [applicationId, documentId, field] of [
      [long, caseFile, 'input.applicationId'], [`${policeApp} `, caseFile, 'input.applicationId'],
      [policeApp, long, 'input.documentId'], [policeApp, caseFile.toUpperCase(), 'input.documentId'], [policeApp, hexOf(caseFile), 'input.documentId'],
    ]) {
      const { response } = await decide(limburgDpo(), applicationId, documentId, 'REJECT');
      expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.body.errors![0].message.length).toBeLessThan(100);
    }
  });

  it('withdraws an approval (REJECT), after which the document is refused as rejected; a rejection is final', async () => {
    expect((await decide(limburgDpo(), policeApp, withRisk, 'APPROVE')).response.body.errors).toBeUndefined();
    expect((await decide(limburgDpo(), policeApp, withRisk, 'APPROVE')).response.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'APPROVED' });
    expect((await decide(centralDpo(), policeApp, withRisk, 'REJECT', 'Discloses birth dates the consultation does not need.')).response.body.data!.decideTrustedDocument.status).toBe('REJECTED');
    expect((await decide(centralDpo(), policeApp, withRisk, 'APPROVE')).response.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'REJECTED' });
    await new Promise((done) => setTimeout(done, REGISTRY_CACHE_MS + 50));
    const refused = await send(enforce, { documentId: withRisk, variables: { code: LIMB6024.code } });
    await expectRefused(refused, 'TRUSTED_DOCUMENT_REQUIRED', { documentId: withRisk });
    expect(refused.response.body.errors![0].message).toMatch(/rejected/);
    const decisions = await db()('audit.disclosures').where({ subjectType: 'TrustedDocument', subjectId: `${policeApp} ${withRisk}` }).orderBy('seq');
    expect(decisions.map((line: { organisationId: string }) => line.organisationId)).toEqual(['limburg-safe-home', 'vlaanderen-central-team']);
  });

  it("does not decide the hub's own pages' documents, approved with the release: rejecting the DPO page's own would lock every DPO out", async () => {
    const decision = documentIdOf(DecideTrustedDocumentDocument);
    const refused = await decide(centralDpo(), dpoPage, decision, 'REJECT', 'Trying to lock the page out of deciding anything.');
    expect(refused.response.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'APPROVED' });
    expect(await db()('audit.trusted_documents').where({ applicationId: dpoPage, documentId: decision }).first()).toMatchObject({ status: 'APPROVED', decidedBy: 'hub-release' });
    expect((await listOf(centralDpo(), dpoPage)).nodes.map((node) => node.status)).toEqual(dpoPageApproved);
  });

  it('reads what each document can disclose and change, as the flow sheet walks it: for each purpose of its application, for each staff role of a page, for no application bound to no role', async () => {
    const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    type Flow = { organisationType: string; role: string; purpose: string; reads: { field: string; allowed: boolean }[]; writes: { field: string; allowed: boolean; action: string }[]; breakGlassReads: { field: string }[] };
    const flowsOf = async (who: Actor, applicationId: string, documentId: string) =>
      ((await listOf(who, applicationId)).nodes.find((node) => node.documentId === documentId) as unknown as { dataFlow: Flow[] | null }).dataFlow;
    const walked = (body: string, recipient: { organisationType: OrganisationType; role: Role; purpose: Purpose }, breakGlass = false) =>
      documentFlow(schema, body, { ...recipient, breakGlass }).fields.filter((field) => field.typeName !== 'Mutation').map((field) => ({ field: `${field.typeName}.${field.field}`, allowed: field.allowed }));

    const police = { organisationType: OrganisationType.POLICE, role: Role.POLICE_LIAISON, purpose: Purpose.CASE_CONSULTATION };
    const [caseFileFlow, ...others] = (await flowsOf(limburgDpo(), policeApp, caseFile))!;
    expect(others).toEqual([]);
    expect(caseFileFlow).toMatchObject({ ...police, writes: [] });
    expect(caseFileFlow.reads.map(({ field, allowed }) => ({ field, allowed }))).toEqual(walked(textOf('CaseFile'), police));
    expect(caseFileFlow.reads.find((read) => read.field === 'Person.givenName')).toMatchObject({
      allowed: true, category: 'IDENTITY', persons: 'every person of the dossier', rules: ['consultation-participants-case-content'], legalBasis: expect.arrayContaining(['sw-458ter']),
    });
    const widened = walked(textOf('CaseFile'), police, true).filter((read) => read.allowed && !caseFileFlow.reads.some((usual) => usual.field === read.field && usual.allowed));
    expect(caseFileFlow.breakGlassReads.map((read) => read.field)).toEqual(widened.map((read) => read.field));

    const decisionFlows = (await flowsOf(centralDpo(), dpoPage, documentIdOf(DecideTrustedDocumentDocument)))!;
    expect(decisionFlows.map(({ role, purpose }) => [role, purpose])).toEqual([[Role.DPO, Purpose.AUDIT], [Role.CENTRAL_DPO, Purpose.AUDIT]]);
    expect(decisionFlows[0].writes).toEqual([expect.objectContaining({ field: 'Mutation.decideTrustedDocument', allowed: true, action: 'update', category: 'DATA_FLOW' })]);

    const { nodes } = await listOf(centralDpo(), testApplication);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((node) => (node as unknown as { dataFlow: unknown }).dataFlow)).toEqual(nodes.map(() => null));
  });

  it("reads the seed's and the release's decisions on the chain, each naming its document by application", async () => {
    const subjects = async (actorSubject: string): Promise<string[]> =>
      (await db()('audit.disclosures').where({ subjectType: 'TrustedDocument', actorSubject }).select('subjectId')).map((line: { subjectId: string }) => line.subjectId);
    const seeded = await subjects('seed');
    expect(seeded).toContain(`limburg-police-app ${openDossiers}`);
    expect(seeded.some((subject: string) => subject.startsWith('antwerpen-police-app '))).toBe(false);
    const released = await subjects('hub-release');
    expect(released).toEqual(expect.arrayContaining([`safe-home-dpo ${documentIdOf(TrustedDocumentsDocument)}`, `safe-home-dpo ${documentIdOf(DecideTrustedDocumentDocument)}`]));
    const { body } = await send(enforce, { query: '{ disclosures(first: 3) { nodes { documentId documentHash } } }' }, centralDpo(), 'safe-home-explorer').then((sent) => sent.response);
    for (const node of body.data!.disclosures.nodes) expect(node.documentId).toBe(`sha256:${node.documentHash}`);
  });
});

describe('the disclosure log, as the DPO reads it', () => {
  it('names no document for a refused break-glass declaration, which was refused before any document was read', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const { traceId, traceparent } = newTrace();
    const response = await postGraphQL(enforce.graphqlUrl, { documentId: openDossiers, variables: openDossiersVariables }, {
      authorization: `Bearer ${await tokenFor(police(), undefined, policeApp)}`, traceparent, 'x-break-glass': 'too short',
    });
    expect([response.status, response.body.errors![0].extensions!.code]).toEqual([403, 'BREAK_GLASS_REFUSED']);
    const { body } = await send(enforce, { query: `{ disclosures(filter: { organisationId: "limburg-police", breakGlassOnly: true, from: "${since}" }, first: 100) { nodes { traceId documentHash documentId } } }` }, centralDpo(), 'safe-home-explorer').then((sent) => sent.response);
    expect(body.data!.disclosures.nodes.filter((node: { traceId: string }) => node.traceId === traceId)).toEqual([{ traceId, documentHash: '', documentId: null }]);
  });
});

describe('in allow mode', () => {
  let allow: RunningGateway;
  beforeAll(async () => {
    allow = await startGatewayIn('allow', { TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS: '' });
  });

  it('checks documents sent by id as enforce does, and runs ad-hoc text, logged as ad-hoc', async () => {
    await expectRefused(await send(allow, { documentId: overdue, variables: {} }), 'PERSISTED_QUERY_NOT_FOUND', { documentId: overdue });
    await expectRefused(await send(allow, { documentId: withRisk, variables: { code: LIMB6024.code } }), 'TRUSTED_DOCUMENT_REQUIRED', { documentId: withRisk });
    const adHoc = await send(allow, { query: '{ safeHomes { id } }' });
    expect(adHoc.response.body.data!.safeHomes.length).toBeGreaterThan(0);
    expect(await logLineOf(adHoc.traceId)).toMatchObject({ outcome: 'ok', application: policeApp, adHoc: true });
    const approved = await send(allow, { documentId: openDossiers, variables: openDossiersVariables });
    expect(await logLineOf(approved.traceId)).toMatchObject({ outcome: expect.stringMatching(/^(ok|forbidden-partial)$/), documentId: openDossiers, adHoc: false });
  });
});

describe('in off mode', () => {
  it('runs any document of the application by id, whatever its status, and any text', async () => {
    const off = await startGatewayIn('off');
    const rejected = await send(off, { documentId: withRisk, variables: { code: LIMB6024.code } });
    expect(rejected.response.body.data!.dossier.code).toBe(LIMB6024.code);
    expect(await logLineOf(rejected.traceId)).toMatchObject({ documentId: withRisk, adHoc: true });
    expect((await send(off, { query: '{ safeHomes { id } }' })).response.status).toBe(200);
    await expectRefused(await send(off, { documentId: overdue, variables: {} }), 'PERSISTED_QUERY_NOT_FOUND', { documentId: overdue });
  });
});

describe('registration', () => {
  const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
  /** A manifest file of the test's own, read as the hub reads the generated one. */
  function withManifest<T>(documents: Record<string, string>, work: (path: string) => T): T {
    const directory = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      writeFileSync(join(directory, 'persisted-documents.json'), JSON.stringify(documents));
      return work(join(directory, 'persisted-documents.json'));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  it('is idempotent: run again, it registers nothing, decides nothing and writes nothing to the log', async () => {
    // Other test files write to this log meanwhile: only the registration's own lines are counted.
    const registrationLines = async () => (await db()('audit.disclosures').where({ operationName: 'registerTrustedDocuments' }).count({ count: '*' }))[0].count;
    const before = await registrationLines();
    const statuses = await db()('audit.trustedDocuments').select('applicationId', 'documentId', 'status').orderBy('seq');
    expect(await registerTrustedDocuments(db(), developmentRegistrations())).toMatchObject({ registered: 0, approved: 0 });
    expect(await db()('audit.trustedDocuments').select('applicationId', 'documentId', 'status').orderBy('seq')).toEqual(statuses);
    expect(await registrationLines()).toBe(before);
  });

  it('registers a changed document as a new one, PENDING, and leaves the version it replaces as it was', async () => {
    const changed = 'query OpenDossiersWithRisk($safeHomeId: ID!) { dossiers(filter: {safeHomeId: $safeHomeId}, first: 5) { nodes { code } } }';
    await withManifest({ [sha256(changed)]: changed }, async (path) => {
      expect(await registerTrustedDocuments(db(), [application(policeApp, 'limburg-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk'])], readDocumentManifest(path))).toMatchObject({ registered: 1, approved: 0 });
    });
    const rows = await db()('audit.trustedDocuments').where({ applicationId: policeApp }).whereIn('documentId', [openDossiers, sha256(changed)]).orderBy('seq');
    expect(rows.map((row: { documentId: string; status: string }) => [row.documentId, row.status])).toEqual([[openDossiers, 'APPROVED'], [sha256(changed), 'PENDING']]);
  });

  it('refuses a manifest whose id is not the hash of its text, an operation it lacks, and an application bound anew', async () => {
    const text = 'query Anything { safeHomes { id } }';
    withManifest({ [sha256(`${text} `)]: text }, (path) => expect(() => readDocumentManifest(path)).toThrow(/is not the SHA-256 of its text/));
    // Its text must read as it runs: a bidirectional override in a comment would show the DPO the lines in another order.
    const reordered = 'query Anything {\n  # \u202e} sesuoH efaS {\n  safeHomes { id }\n}';
    withManifest({ [sha256(reordered)]: reordered }, (path) => expect(() => readDocumentManifest(path)).toThrow(/holds control characters or bidirectional overrides/));
    await expect(registerTrustedDocuments(db(), [application(policeApp, 'limburg-police', Role.POLICE_LIAISON, ['NoSuchOperation'])])).rejects.toThrow(/NoSuchOperation .* is not in the document manifest/);
    await expect(registerTrustedDocuments(db(), [application(policeApp, 'limburg-caw', Role.SOCIAL_WORKER, ['OpenDossiersWithRisk'])])).rejects.toThrow(/another binding needs another client id/);
    const [{ organisationId }] = await db()('audit.applications').where({ id: policeApp });
    expect(organisationId).toBe('limburg-police');
  });

  it("registers a partner's own manifest for an application bound to a known organisation, a role of its type and purposes that role declares, every document waiting for the DPO", async () => {
    const partnerApp = `tdt-partner-${tag}`;
    const text = 'query PartnerOwnList($safeHomeId: ID!) { dossiers(filter: {safeHomeId: $safeHomeId}, first: 5) { nodes { code } } }';
    const directory = mkdtempSync(join(tmpdir(), 'partner-'));
    const manifestPath = join(directory, 'persisted-documents.json');
    const applicationPath = join(directory, 'application.json');
    writeFileSync(manifestPath, JSON.stringify({ [sha256(text)]: text }));
    const register = (application: Record<string, unknown>) => {
      writeFileSync(applicationPath, JSON.stringify(application));
      return partnerRegistration(applicationPath, manifestPath, organisationDirectory(db()));
    };
    const valid = { id: partnerApp, name: 'Politie Limburg, eigen toepassing', organisationId: 'limburg-police', role: 'POLICE_LIAISON', purposes: ['CASE_CONSULTATION'] };
    for (const [wrong, why] of [
      [{ organisationId: 'nowhere-police' }, /knows no organisation "nowhere-police"/], [{ role: 'CASE_MANAGER' }, /a role an organisation of type POLICE holds/],
      [{ purposes: ['STATISTICS'] }, /"purposes" must be one or more of CASE_CONSULTATION, RISK_ASSESSMENT, REFERRAL/], [{ id: 'has spaces' }, /"id" must be/], [{ purposes: [] }, /"purposes"/],
      // A right-to-left override would show the DPO another name than the one registered.
      [{ name: 'Politie \u202egnikreW' }, /"name" must say what the application is, in at most 200 characters of plain text/],
    ] as const) {
      await expect(register({ ...valid, ...wrong })).rejects.toThrow(why);
    }
    const { registration, manifest } = await register(valid);
    expect(await registerTrustedDocuments(db(), [registration], manifest)).toMatchObject({ registered: 1, approved: 0 });
    expect(await db()('audit.trustedDocuments').where({ applicationId: partnerApp }).select('documentId', 'status')).toEqual([{ documentId: sha256(text), status: 'PENDING' }]);
    rmSync(directory, { recursive: true, force: true });
  });

  it("refuses a registration that adds a purpose to a partner application, whose approved documents would run for it; one that drops a purpose is kept", async () => {
    const widened = `tdt-widened-${tag}`;
    const withPurposes = (purposes: Purpose[]): Registration => {
      const registration = application(widened, 'limburg-police', Role.POLICE_LIAISON, ['OpenDossiersWithRisk'], true);
      return { ...registration, application: { ...registration.application, purposes } };
    };
    await registerTrustedDocuments(db(), [withPurposes([Purpose.CASE_CONSULTATION, Purpose.REFERRAL])]);
    await registerTrustedDocuments(db(), [withPurposes([Purpose.CASE_CONSULTATION])]);
    await expect(registerTrustedDocuments(db(), [withPurposes([Purpose.CASE_CONSULTATION, Purpose.REFERRAL])])).rejects.toThrow(/adding REFERRAL .* another purpose needs another client id/);
    const [{ purposes }] = await db()('audit.applications').where({ id: widened });
    expect(purposes).toEqual([Purpose.CASE_CONSULTATION]);
    await new Promise((done) => setTimeout(done, REGISTRY_CACHE_MS + 50));
    const referral = await send(enforce, { documentId: openDossiers, variables: openDossiersVariables }, actor('limburg-police', Role.POLICE_LIAISON, Purpose.REFERRAL), widened);
    expect([referral.response.status, codeOf(referral)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('runs the text it registered for a document sent as text, not the text as sent: two texts hash alike once encoded (a lone surrogate becomes U+FFFD)', async () => {
    const registered = 'query ReplacementCharacter($code: String! = "\ufffd") { dossier(code: $code) { code } }';
    const replacement = `tdt-replacement-${tag}`;
    await withManifest({ [sha256(registered)]: registered }, (path) =>
      registerTrustedDocuments(db(), [application(replacement, 'limburg-police', Role.POLICE_LIAISON, ['ReplacementCharacter'], true)], readDocumentManifest(path)));
    const sent = await send(enforce, { query: registered.replace('\ufffd', '\ud800') }, police(), replacement);
    expect(sent.response.body).toEqual({ data: { dossier: null } });
    expect(await logLineOf(sent.traceId)).toMatchObject({ status: 200, documentId: sha256(registered), adHoc: false });
  });

  it('keeps what a document is, and a rejection, beyond the reach of an UPDATE', async () => {
    await expect(db()('audit.trustedDocuments').where({ applicationId: policeApp, documentId: openDossiers }).update({ body: '{ safeHomes { id } }' })).rejects.toThrow(/registered once/);
    await expect(db()('audit.trustedDocuments').where({ applicationId: policeApp, documentId: withRisk }).update({ status: 'APPROVED', note: 'sneaked in', decidedBy: 'x', decidedAt: new Date() })).rejects.toThrow(/rejection is final/);
    await expect(db()('audit.trustedDocuments').where({ applicationId: policeApp }).delete()).rejects.toThrow(/not allowed/);
  });
});

describe('the configuration', () => {
  it('defaults to enforce with no ad-hoc application in production, to allow with the explorer elsewhere, and warns when production runs unapproved documents', () => {
    const warn = jest.spyOn(hubLogger, 'warn').mockImplementation(() => undefined);
    try {
      expect(trustedDocumentsFromEnv({ NODE_ENV: 'production' })).toEqual({ mode: 'enforce', adHocApplications: [] });
      expect(trustedDocumentsFromEnv({ NODE_ENV: 'development' })).toEqual({ mode: 'allow', adHocApplications: ['safe-home-explorer'] });
      expect(warn).not.toHaveBeenCalled();
      expect(trustedDocumentsFromEnv({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'off' }).mode).toBe('off');
      expect(trustedDocumentsFromEnv({ NODE_ENV: 'production', TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS: 'safe-home-explorer' }).mode).toBe('enforce');
      expect(warn).toHaveBeenCalledTimes(2);
      expect(() => trustedDocumentsFromEnv({ TRUSTED_DOCUMENTS: 'strict' })).toThrow('TRUSTED_DOCUMENTS must be off, allow, enforce');
    } finally {
      warn.mockRestore();
    }
  });
});
