import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Knex } from 'knex';
import { appendInTransaction } from '../audit-log/append';
import { RequestLines } from '../audit-log/disclosure';
import type { Actor } from '../policy/actor';
import { RecordAttributes } from '../policy/record-attributes';
import { createDatabase } from '../platform/database';
import { regions } from '../seed/regions';
import { accessOf, withAccess } from '../subgraphs/common/access';
import { dossierRecordAttributes } from '../subgraphs/common/access-facts';
import { createContext, SubgraphContext } from '../subgraphs/common/context';
import { isVisible } from '../subgraphs/common/guard';
import { whereVisible } from '../subgraphs/common/policy-sql';
import { attributesColumn, RecordAttributeMap, WithAttributes } from '../subgraphs/common/record-attribute-sql';
import { disclosurePage } from '../subgraphs/audit/repository';
import { anonymousConsultPage, dossiersByIds, infoSharingItemAttributes } from '../subgraphs/dossiers/repository';
import { dossiersWithPersons, personsByIds } from '../subgraphs/persons/repository';
import { assessmentsByIds } from '../subgraphs/risk/repository';
import { createScratchDatabase, dropScratchDatabase } from './support/database';
import { actorsOf, describeActor } from './property/actors';
import { auditLineRegions } from './property/record-facts';
import { loadAuditLog, loadWorld, World } from './property/world';
import { createWorldTemplate } from './property/world-database';
import { buildWorld, describeWorld, insertWorld, worldSpecArbitrary } from './property/world-generator';

/**
 * The SQL visibility filter against the policy itself (issue 11): over generated worlds written to
 * PostgreSQL — dossiers of several regions and statuses, consultations with participants who left,
 * persons in several dossiers with roles and protected addresses, shared items of every category,
 * actions, assessments, anonymous consults, disclosure-log lines about all of them — and every
 * kind of actor (every organisation type, role, purpose; break-glass), the rows each type's SQL
 * filter admits are exactly the records the guard's isVisible allows on their attributes as the
 * world says they are; and the attributes read next to them (the select-list generated from the
 * same attribute map) are those. A failure names its seed: DIFFERENTIAL_SEED=<seed> npx jest
 * tests/policy-sql-differential.test.ts (DIFFERENTIAL_WORLDS scales the run).
 */
const seed = Number(process.env.DIFFERENTIAL_SEED ?? 20250611);
const worldCount = Number(process.env.DIFFERENTIAL_WORLDS ?? 4);
const linesPerWorld = 40;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());
const worlds = fc.sample(worldSpecArbitrary, { seed, numRuns: worldCount }).map((spec) => ({ spec, rows: buildWorld(spec, today) }));
const cases = { worlds: 0, actors: 0, queries: 0, decisions: 0, admitted: 0 };
let template: string;
const started = Date.now();

beforeAll(async () => {
  template = await createWorldTemplate();
}, 120_000);

afterAll(async () => {
  if (template) await dropScratchDatabase(template);
  console.log(`policy SQL differential test (DIFFERENTIAL_SEED=${seed}): ${cases.worlds} worlds, ${cases.actors} actors, ${cases.queries} filtered queries, ${cases.decisions} (actor, record) decisions (${cases.admitted} admitted) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** What the world says a dossier's attributes are. */
const dossierTruth = (world: World, dossierId: string): RecordAttributes => {
  const dossier = world.dossier.get(dossierId)!;
  return { safeHomeId: dossier.safeHomeId, dossierStatus: dossier.status, participantIds: world.currentParticipants(dossierId) };
};

const personTruth = (world: World, personId: string): RecordAttributes[] =>
  world.rolesOfPerson(personId).map((role) => ({ ...dossierTruth(world, role.dossierId), personRole: role.role, addressProtected: world.person.get(personId)!.addressProtected }));

/** A person's attribute sets come in no particular order. */
const inOrder = (sets: RecordAttributes[]) => [...sets].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** One entity type: its records with the attributes the world gives them, and what the hub's SQL admits for an actor, with the attributes read next to each. */
interface Entity {
  typeName: string;
  truth(world: World): Map<string, RecordAttributes[]>;
  admitted(db: Knex, context: SubgraphContext): Promise<Map<string, RecordAttributes[] | undefined>>;
}

const byId = <T>(rows: T[], id: (row: T) => string, sets: (row: T) => RecordAttributes[] | undefined) => new Map(rows.map((row) => [id(row), sets(row)]));
const found = <T>(rows: (T | null)[]): T[] => rows.filter((row): row is T => row !== null);

/** A type the hub reads only through a query of its own: filtered and read from its attribute map, as those queries are. */
function mapped(typeName: string, table: string, alias: string, map: RecordAttributeMap, truth: (world: World) => Map<string, RecordAttributes[]>): Entity {
  return {
    typeName,
    truth,
    async admitted(db, { ability }) {
      const rows: WithAttributes<{ id: string }>[] = await whereVisible(db(`${table} as ${alias}`).select(`${alias}.id`, attributesColumn(db, map, alias)), ability, typeName, map, alias);
      return byId(rows, (row) => row.id, (row) => [row.policyAttributes]);
    },
  };
}

const entities = (world: World, lineIds: Map<number, string>): Entity[] => {
  const dossierIds = world.data.dossiers.map((dossier) => dossier.id);
  const personIds = world.data.persons.map((person) => person.id);
  const inDossier = <T extends { id: string; dossierId: string }>(rows: T[], own: (row: T) => RecordAttributes = () => ({})) =>
    new Map(rows.map((row) => [row.id, [{ ...dossierTruth(world, row.dossierId), ...own(row) }]]));
  return [
    {
      typeName: 'Dossier',
      truth: () => new Map(dossierIds.map((id) => [id, [dossierTruth(world, id)]])),
      admitted: async (db, context) => byId(found(await dossiersByIds(db, dossierIds, context)), (row) => row.id, accessOf),
    },
    {
      typeName: 'Person',
      truth: () => new Map(personIds.filter((id) => world.rolesOfPerson(id).length).map((id) => [id, personTruth(world, id)])),
      admitted: async (db, context) => byId(found(await personsByIds(db, personIds, context)), (row) => row.id, (row) => inOrder(accessOf(row) ?? [])),
    },
    {
      // The persons of a dossier: filtered in SQL; their attribute sets are the persons' (read as for Person).
      typeName: 'DossierPerson',
      truth: () => new Map(world.data.roles.map((role) => [`${role.personId} in ${role.dossierId}`, [{ ...dossierTruth(world, role.dossierId), personRole: role.role, addressProtected: world.person.get(role.personId)!.addressProtected }]])),
      admitted: async (db, context) => {
        const perDossier = await dossiersWithPersons(db, dossierIds, context);
        return new Map(perDossier.flatMap((dossier) => dossier?.visiblePersons ?? []).map((row) => [`${row.id} in ${row.dossierId}`, undefined]));
      },
    },
    {
      typeName: 'RiskAssessment',
      truth: () => inDossier(world.data.assessments),
      admitted: async (db, context) => byId(found(await assessmentsByIds(db, world.data.assessments.map((a) => a.id), context)), (row) => row.id, accessOf),
    },
    {
      typeName: 'AnonymousConsult',
      truth: () => new Map(world.data.anonymousConsults.map((consult) => [consult.id, [{ safeHomeId: consult.safeHomeId }]])),
      admitted: async (db, { ability }) => byId((await anonymousConsultPage(db, ability, null, 10_000, null)).rows, (row) => row.id, accessOf),
    },
    {
      typeName: 'Disclosure',
      truth: () => new Map((world.auditLog ?? []).map((line) => [lineIds.get(line.seq)!, [{ regionIds: auditLineRegions(world, line).sort() }]])),
      admitted: async (db, { ability }) =>
        // A person in two dossiers of one region puts that region in a line twice: the regions are a set.
        byId((await disclosurePage(db, ability, {}, 10_000, null)).rows, (row) => row.requestId, (row) => accessOf(row)?.map(({ regionIds }) => ({ regionIds: [...new Set(regionIds)].sort() }))),
    },
    mapped('Referral', 'dossiers.referrals', 'referral', dossierRecordAttributes, () => inDossier(world.data.referrals)),
    mapped('ActionPlanItem', 'dossiers.action_plan_items', 'a', dossierRecordAttributes, () => inDossier(world.data.actions)),
    // An item is read through its dossier, whose attributes it inherits beside its own category (the guard's inheritAccess).
    mapped('InfoSharingItem', 'dossiers.info_sharing_items', 'i', { ...dossierRecordAttributes, ...infoSharingItemAttributes }, () => inDossier(world.data.infoItems, (item) => ({ category: item.category }))),
  ];
};

/** Log lines about the world's records and others (a person, a dossier, a consult, none, a text id), by organisations of its regions and the central team. */
function generatedLines(world: World, worldRegions: readonly string[], index: number): RequestLines[] {
  const askers = world.data.organisations.filter((organisation) => organisation.safeHomeId === null || worldRegions.includes(organisation.safeHomeId)).map((o) => o.id);
  const subjects: [string | null, string | null][] = [
    ...world.data.persons.map((person): [string, string] => ['Person', person.id]),
    ...world.data.dossiers.map((dossier): [string, string] => ['Dossier', dossier.id]),
    ...world.data.anonymousConsults.map((consult): [string, string] => ['AnonymousConsult', consult.id]),
    [null, null],
    ['Dossier', 'not-a-uuid'],
    ['Person', randomUUID()],
  ];
  const picks = fc.sample(fc.tuple(fc.nat(), fc.nat()), { seed: seed + index, numRuns: linesPerWorld });
  return picks.map(([asker, subject]) => {
    const [subjectType, subjectId] = subjects[subject % subjects.length];
    return {
      request: {
        occurredAt: new Date(), requestId: randomUUID(), traceId: '0'.repeat(32), actorSubject: 'differential-test', organisationId: askers[asker % askers.length],
        role: 'CASE_MANAGER', purpose: 'CASE_MANAGEMENT', operationName: null, documentHash: '0'.repeat(64), breakGlass: false, justification: null, hiddenUntil: null,
      },
      lines: [{ kind: subjectType ? 'SUBJECT' : 'SUMMARY', subjectType, subjectId, fields: [], denied: [], outcome: 'DISCLOSED' }],
    };
  });
}

const show = (ids: Iterable<string>) => [...ids].sort().slice(0, 6).join(', ');

describe.each(worlds.map(({ spec, rows }, index) => [`${index} of DIFFERENTIAL_SEED=${seed}: ${describeWorld(rows)}`, index, spec, rows] as const))('generated world %s', (_, index, spec, rows) => {
  let database: string;
  let db: Knex;
  let world: World;
  let lineIds: Map<number, string>;

  beforeAll(async () => {
    const scratch = await createScratchDatabase(`safehome_differential${index}`, template);
    database = scratch.database;
    db = createDatabase(scratch.url);
    await insertWorld(db, rows);
    const loaded = await loadWorld(db);
    await db.transaction((trx) => appendInTransaction(trx, ...generatedLines(loaded, spec.regions, index)));
    const log = await loadAuditLog(db);
    lineIds = new Map(log.map((line) => [line.seq, line.requestId]));
    world = loaded.withAuditLog(log);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    if (database) await dropScratchDatabase(database);
  });

  it('admits in SQL exactly the records the policy lets each actor see, with their attributes read as they are', async () => {
    const outsider = regions.map((region) => region.id).find((id) => !spec.regions.includes(id))!;
    const actors: Actor[] = actorsOf([...spec.regions, outsider]);
    const types = entities(world, lineIds);
    const truths = types.map((entity) => entity.truth(world));
    cases.worlds += 1;
    for (const actor of actors) {
      cases.actors += 1;
      const context = createContext(db, { actor, requestId: randomUUID(), traceId: '0'.repeat(32), documentHash: '0'.repeat(64) });
      for (const [position, entity] of types.entries()) {
        const truth = truths[position];
        const admitted = await entity.admitted(db, context);
        cases.queries += 1;
        cases.decisions += truth.size;
        cases.admitted += admitted.size;
        const allowed = [...truth.keys()].filter((id) => isVisible(entity.typeName, withAccess({}, truth.get(id)!), context));
        const leaked = [...admitted.keys()].filter((id) => !allowed.includes(id));
        const withheld = allowed.filter((id) => !admitted.has(id));
        if (leaked.length || withheld.length) {
          throw new Error(`${entity.typeName} for ${describeActor(actor)}: the SQL filter admits ${leaked.length} the policy refuses (${show(leaked)}) and withholds ${withheld.length} it allows (${show(withheld)})`);
        }
        for (const [id, sets] of admitted) {
          if (sets === undefined) continue;
          const expected = entity.typeName === 'Person' ? inOrder(truth.get(id)!) : truth.get(id);
          try {
            expect(sets).toEqual(expected);
          } catch {
            throw new Error(`${entity.typeName} ${id}: attributes read ${JSON.stringify(sets)}, the world says ${JSON.stringify(expected)}`);
          }
        }
      }
    }
  }, 300_000);
});
