import { createAuditLog } from '../audit-log/disclosure-log';
import { migrateAll } from '../hub/prepare-database';
import { startHub } from '../hub/start-hub';
import { abilityFor, Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { seed } from '../seed/seed';
import { createDatabase } from '../platform/database';
import { logLine, newTrace } from './support/audit';
import { testDatabaseUrl, useTestDatabase, withScratchDatabase } from './support/database';
import { actor, limburgPolice, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';
import { testIssuer } from './support/test-issuer';

const { query } = useTestHub();
const db = useTestDatabase();
const justiceHouse = () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);

async function linesOf(requestTrace: string) {
  return db()('audit.disclosures').where({ traceId: requestTrace }).orderBy('seq');
}

async function ask(document: string, who = limburgPolice()) {
  const trace = newTrace();
  return { trace, response: await query(document, {}, who, { traceparent: trace.traceparent }) };
}

describe('the disclosure log', () => {
  it('records, per person and dossier, exactly the fields that left, with category and legal basis', async () => {
    const { trace, response } = await ask('{ dossier(code: "LIMB6024") { code persons { role person { givenName } } } }');
    expect(response.body.errors).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toMatch(/__audit_id/);
    const lines = await linesOf(trace.traceId);
    const dossier = lines.find((line) => line.subjectType === 'Dossier');
    expect(dossier).toMatchObject({ kind: 'SUBJECT', subjectId: LIMB6024.id, organisationId: 'limburg-police', role: 'POLICE_LIAISON', purpose: 'CASE_CONSULTATION', outcome: 'DISCLOSED', breakGlass: false });
    expect(dossier.fields).toEqual([
      { field: 'Dossier.code', category: 'CASE_ADMIN', rules: ['core-partner-own-region'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'] },
      { field: 'DossierPerson.role', category: 'IDENTITY', rules: ['consultation-participants-case-content'], legalBasis: ['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'] },
    ]);
    const persons = lines.filter((line) => line.subjectType === 'Person');
    expect(persons.map((line) => line.subjectId).sort()).toEqual([LIMB6024.victimId, LIMB6024.perpetratorId, ...LIMB6024.childIds].sort());
    const givenName = { field: 'Person.givenName', category: 'IDENTITY', rules: ['consultation-participants-case-content'], legalBasis: ['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'] };
    expect(persons.map((line) => line.fields)).toEqual(persons.map(() => [givenName]));
    expect(lines).toHaveLength(5);
  });

  it('names, for each field of each record, the rule that granted it there and only its legal bases', async () => {
    // The justice house reads the alleged perpetrator's name under its own rule, not under the consultation rule it does not meet.
    const { trace, response } = await ask('{ dossier(code: "LIMB6024") { code persons { person { familyName } } } }', justiceHouse());
    expect(response.body.data!.dossier.persons).toEqual([{ person: { familyName: 'Vande Molkaert' } }]);
    const lines = await linesOf(trace.traceId);
    expect(lines.find((line) => line.subjectType === 'Person').fields).toEqual([
      { field: 'Person.familyName', category: 'IDENTITY', rules: ['justice-house-perpetrator-identity'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'] },
    ]);
    expect(lines.find((line) => line.subjectType === 'Dossier').fields).toEqual([
      { field: 'Dossier.code', category: 'CASE_ADMIN', rules: ['core-partner-own-region'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'] },
    ]);
    // The case manager reads a person's id under the team's case-file rule, not under any other that happens to name ids.
    const team = await ask(`{ person(id: "${LIMB6024.victimId}") { id } }`, actor('limburg-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT));
    expect((await linesOf(team.trace.traceId))[0].fields).toEqual([
      { field: 'Person.id', category: 'KEY', rules: ['safe-home-team-own-region'], legalBasis: ['vh-decree-personal-data', 'vh-decree-art2-5', 'gdpr-6-1-e'] },
    ]);
    // Every field that left, of a whole case file and of statistics, is logged with the rule that granted it.
    for (const [document, who] of [
      ['{ dossier(code: "LIMB6024") { code track safeHome { name } situation { summary } persons { role person { givenName address { street } riskHistory { level } } } caseConsultations { decisions participants { id } } riskAssessments { level answers { itemCode } } currentRiskLevel infoSharing { category content } actionPlan { description owner { name } } } }', limburgPolice()],
      ['{ referredFamiliesPerYear { year count } childrenInvolvement { year families } }', statistician()],
    ] as const) {
      const { trace: broad } = await ask(document, who);
      const fields = (await linesOf(broad.traceId)).flatMap((line) => line.fields as { field: string; rules: string[] }[]);
      expect(fields.length).toBeGreaterThan(3);
      expect(fields.filter((field) => !field.rules.length)).toEqual([]);
    }
    // Reference data is granted by its own rule, whoever asks.
    const reference = await ask('{ safeHomes { name } }', justiceHouse());
    expect((await linesOf(reference.trace.traceId))[0].fields).toEqual([{ field: 'SafeHome.name', category: 'REFERENCE', rules: ['reference-data'], legalBasis: ['gdpr-6-1-e'] }]);
  });

  it('records refused fields as denied, with the reason', async () => {
    const { trace } = await ask('{ dossier(code: "LIMB6024") { code situation { summary } persons { person { givenName phone } } } }', justiceHouse());
    const lines = await linesOf(trace.traceId);
    const dossier = lines.find((line) => line.subjectType === 'Dossier');
    expect(dossier.outcome).toBe('PARTIAL');
    expect(dossier.denied).toEqual([{ field: 'Dossier.situation', reason: expect.stringMatching(/takes part in the dossier's case consultation/) }]);
    const perpetrator = lines.find((line) => line.subjectType === 'Person');
    expect(perpetrator).toMatchObject({ subjectId: LIMB6024.perpetratorId, outcome: 'PARTIAL' });
    expect(perpetrator.denied).toEqual([{ field: 'Person.phone', reason: expect.stringMatching(/takes part in the dossier's case consultation/) }]);
    expect(lines.filter((line) => line.subjectType === 'Person')).toHaveLength(1);
  });

  it('writes one cheap summary line for an answer without personal data', async () => {
    const { trace } = await ask('{ referredFamiliesPerYear { year count } }', statistician());
    const lines = await linesOf(trace.traceId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'SUMMARY', subjectType: null, outcome: 'DISCLOSED' });
    expect(lines[0].fields.map((f: { category: string }) => f.category)).toEqual(['AGGREGATE', 'AGGREGATE']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    await expect(db()('audit.disclosures').update({ outcome: 'NOTHING' })).rejects.toThrow(/append-only: UPDATE/);
    await expect(db()('audit.disclosures').delete()).rejects.toThrow(/append-only: DELETE/);
    await expect(db().raw('TRUNCATE audit.disclosures')).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('stays one intact chain under concurrent appends from two gateways', async () => {
    const request = (i: number) => {
      const { request: facts, lines } = logLine(new Date(), `concurrent-${i}`, 'concurrent');
      return { request: facts, lines: [...lines, ...lines] };
    };
    const gateways = [createAuditLog(createDatabase(testDatabaseUrl())), createAuditLog(createDatabase(testDatabaseUrl()))];
    try {
      await Promise.all(Array.from({ length: 100 }, (_, i) => gateways[i % 2].append(request(i))));
    } finally {
      await Promise.all(gateways.map((gateway) => gateway.close()));
    }
    expect(await db()('audit.disclosures').where({ traceId: 'concurrent' }).count({ n: '*' })).toEqual([{ n: 200 }]);
  });

  it('is an intact hash chain', async () => {
    const result = await createAuditLog(db()).verify();
    expect(result).toMatchObject({ intact: true });
    expect(result.lines).toBeGreaterThan(5);
  });
});

describe('on a database of its own', () => {
  it('verify finds the first tampered line; nothing is released when the log cannot be written', async () => {
    await withScratchDatabase('safehome_audit', async (url) => {
      const scratch = createDatabase(url);
      await migrateAll(scratch);
      await seed(scratch);
      const hub = await startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
      try {
        const ask = async () => postGraphQL(hub.gateway.graphqlUrl, { query: '{ dossier(code: "LIMB6024") { code } }' }, { authorization: `Bearer ${await tokenFor()}` });
        for (let i = 0; i < 3; i += 1) expect((await ask()).body.data).toEqual({ dossier: { code: 'LIMB6024' } });
        const log = createAuditLog(scratch);
        expect(await log.verify()).toEqual({ intact: true, lines: 3, roots: 3 });

        // Someone with the power to switch the trigger off changes a line: the chain shows it.
        await scratch.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER disclosures_append_only');
        await scratch.raw(`UPDATE audit.disclosures SET organisation_id = 'limburg-caw' WHERE seq = 2`);
        expect(await log.verify()).toEqual({ intact: false, lines: 1, roots: 1, firstBroken: { seq: 2, reason: 'its content does not match its hash' } });

        await scratch.raw('ALTER TABLE audit.disclosures RENAME TO disclosures_gone');
        const { status, body } = await ask();
        expect(status).toBe(503);
        expect(body).toEqual({ errors: [{ message: expect.stringMatching(/could not be recorded/), extensions: { code: 'AUDIT_UNAVAILABLE' } }] });
      } finally {
        await hub.stop();
        await scratch.destroy();
      }
    });
  });
});

describe('the DPO and the data subject', () => {
  const dpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);

  it('gives the DPO the disclosures about a person, newest first, a page at a time, and the state of the chain', async () => {
    await ask('{ person(id: "6024d055-1e00-4000-8000-0000000000a1") { givenName } }');
    const { body } = await query(`{
      disclosures(filter: { personId: "${LIMB6024.victimId}", organisationId: "limburg-police" }, first: 1) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { seq organisation { id name } role purpose subjectType subjectId fields { field category legalBasis } outcome }
      }
      auditChainStatus { intact lines roots }
    }`, {}, dpo());
    expect(body.errors).toBeUndefined();
    const page = body.data!.disclosures;
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.nodes[0]).toMatchObject({ organisation: { id: 'limburg-police', name: 'Politiezone Limburg' }, role: 'POLICE_LIAISON', subjectType: 'Person', subjectId: LIMB6024.victimId });
    expect(body.data!.auditChainStatus).toMatchObject({ intact: true, roots: expect.any(Number) });
    expect(body.data!.auditChainStatus.roots).toBeGreaterThanOrEqual(1);
    if (page.pageInfo.hasNextPage) {
      const next = await query(`{ disclosures(filter: { personId: "${LIMB6024.victimId}" }, first: 1, after: "${page.pageInfo.endCursor}") { nodes { seq } } }`, {}, dpo());
      expect(Number(next.body.data!.disclosures.nodes[0].seq)).toBeLessThan(Number(page.nodes[0].seq));
    }
  });

  it('filters the log by outcome: each outcome its own lines, together all of them', async () => {
    await ask('{ person(id: "6024d055-1e00-4000-8000-0000000000a1") { givenName } }');
    const until = new Date().toISOString();
    const outcomes = ['DISCLOSED', 'PARTIAL', 'DENIED', 'NOTHING', 'WRITTEN'];
    const { body } = await query(`{
      all: disclosures(filter: { organisationId: "limburg-police", to: "${until}" }, first: 1) { totalCount }
      ${outcomes.map((outcome) => `${outcome}: disclosures(filter: { organisationId: "limburg-police", to: "${until}", outcome: ${outcome} }, first: 100) { totalCount nodes { outcome } }`).join('\n')}
    }`, {}, dpo());
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    for (const outcome of outcomes) expect(new Set(data[outcome].nodes.map((line: { outcome: string }) => line.outcome))).toEqual(new Set(data[outcome].totalCount ? [outcome] : []));
    expect(data.DISCLOSED.totalCount).toBeGreaterThanOrEqual(1);
    expect(outcomes.reduce((sum, outcome) => sum + data[outcome].totalCount, 0)).toBe(data.all.totalCount);
    const unknown = await query('{ disclosures(filter: { outcome: LEAKED }) { totalCount } }', {}, dpo());
    expect(unknown.body.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives the log to no one else', async () => {
    const { body } = await query('{ disclosures { totalCount } subjectAccessReport(personId: "x") { personId } }', {}, limburgPolice());
    expect(body.data).toEqual({ disclosures: null, subjectAccessReport: null });
    expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('lets only police or prosecution hold disclosures from subject access, with a sensible date', async () => {
    const caw = actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION);
    const refusedOrg = await query('{ dossier(code: "LIMB6024") { code } }', {}, caw, { 'x-investigation-hold-until': '2027-06-01' });
    expect(refusedOrg.status).toBe(400);
    expect(refusedOrg.body.errors![0]).toMatchObject({ message: expect.stringMatching(/only police or prosecution/), extensions: { code: 'BAD_USER_INPUT' } });
    const badDate = await query('{ dossier(code: "LIMB6024") { code } }', {}, limburgPolice(), { 'x-investigation-hold-until': '2027-02-30' });
    expect(badDate.status).toBe(400);
  });
});

describe('subject access on a log of its own', () => {
  it('lists exactly the disclosures of that person, and a held one only after its date', async () => {
    await withScratchDatabase('safehome_sar', async (url) => {
      const scratch = createDatabase(url);
      await migrateAll(scratch);
      await seed(scratch);
      const hub = await startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
      try {
        const as = async (who: ReturnType<typeof actor>, document: string, headers: Record<string, string> = {}) =>
          postGraphQL(hub.gateway.graphqlUrl, { query: document }, { authorization: `Bearer ${await tokenFor(who)}`, ...headers });
        const hold = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
        await as(limburgPolice(), '{ dossier(code: "LIMB6024") { code persons { person { givenName } } } }');
        await as(actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION), `{ person(id: "${LIMB6024.childIds[0]}") { givenName } }`);
        await as(limburgPolice(), `{ person(id: "${LIMB6024.victimId}") { phone address { street } } }`, { 'x-investigation-hold-until': hold });

        const { body } = await as(actor('limburg-safe-home', Role.DPO, Purpose.AUDIT), `{ subjectAccessReport(personId: "${LIMB6024.victimId}") { personId entries { organisation { id } purpose record categories legalBasis } } }`);
        expect(body.errors).toBeUndefined();
        expect(body.data!.subjectAccessReport.entries).toEqual([
          { organisation: { id: 'limburg-police' }, purpose: 'CASE_CONSULTATION', record: 'Dossier', categories: ['CASE_ADMIN'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'] },
          { organisation: { id: 'limburg-police' }, purpose: 'CASE_CONSULTATION', record: 'Person', categories: ['IDENTITY'], legalBasis: ['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'] },
        ]);

        // The held disclosure is in the log for the DPO, with its date; after that date it is in the report.
        const held = await scratch('audit.disclosures').where({ subjectType: 'Person', subjectId: LIMB6024.victimId }).whereNotNull('hiddenUntil');
        expect(held).toHaveLength(1);
        // Her protected address stays with the Safe Home's team: only her phone left.
        expect(held[0].fields.map((f: { category: string }) => f.category)).toEqual(['CONTACT']);
        expect(held[0].denied).toEqual([{ field: 'Person.address', reason: expect.stringMatching(/protected address/) }]);
        const { subjectAccessEntries } = await import('../subgraphs/audit/repository');
        const later = await subjectAccessEntries(scratch, abilityFor(actor('limburg-safe-home', Role.DPO, Purpose.AUDIT)), LIMB6024.victimId, hold);
        expect(later).toHaveLength(3);
      } finally {
        await hub.stop();
        await scratch.destroy();
      }
    });
  });
});
