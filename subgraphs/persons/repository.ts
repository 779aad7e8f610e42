import { Knex } from 'knex';
import { dossierAttributes, dossierPersonAttributes, personAttributesByIds, personInDossierAttributes } from '../common/access-facts';
import { withAccess } from '../common/access';
import { manyPer, onePer } from '../common/batch';
import { SubgraphContext } from '../common/context';
import { visibleCondition, whereVisible } from '../common/policy-sql';
import { attributesColumn, WithAttributes } from '../common/record-attribute-sql';
import { DossierPersonRow, PersonRow } from './rows';
import { PersonRole } from './types';

/** All SQL of the persons subgraph. */

/** A person read through their role in one dossier. */
export type PersonInDossier = PersonRow & Pick<DossierPersonRow, 'dossierId' | 'role'>;

const roleOrder = `CASE dp.role WHEN 'VICTIM' THEN 1 WHEN 'ALLEGED_PERPETRATOR' THEN 2 WHEN 'CHILD' THEN 3 ELSE 4 END`;

/**
 * Persons the actor may see in at least one of their dossiers, with one attribute set per dossier.
 * The others never leave PostgreSQL.
 */
export async function personsByIds(db: Knex, ids: readonly string[], context: SubgraphContext): Promise<(PersonRow | null)[]> {
  const rows: PersonRow[] = await db('persons.persons as p')
    .whereIn('p.id', ids)
    .whereExists((exists) => {
      whereVisible(exists.from('persons.person_roles as r').whereRaw('r.person_id = p.id'), context.ability, 'Person', personInDossierAttributes, 'r');
    });
  const attributes = await Promise.all(rows.map((row) => context.load(personAttributesByIds, row.id)));
  return onePer(ids, rows.map((row, index) => withAccess(row, attributes[index])), (row) => row.id);
}

/** A dossier as this subgraph resolves a reference to it: the id, the persons of it the actor may see (victims first), and its policy attributes. */
export interface DossierWithPersons {
  id: string;
  visiblePersons: PersonInDossier[];
}

/**
 * Dossiers with the persons of each that the actor may see, victims first, in one statement: a
 * dossier's attributes are read beside its persons (the risk subgraph reads them for the same
 * dossier; a lookup of their own here would be a second one in the same request). Persons the
 * actor may not see never leave PostgreSQL; null for a dossier that does not exist.
 */
export async function dossiersWithPersons(db: Knex, dossierIds: readonly string[], { ability }: SubgraphContext): Promise<(DossierWithPersons | null)[]> {
  const visible = visibleCondition(ability, 'DossierPerson', dossierPersonAttributes, 'dp');
  // The attributes once per dossier (materialised, not once per person); then one row per visible
  // person of each, or one without a person (id null) for a dossier with none.
  const rows: (WithAttributes<{ referenceId: string }> & { id: string | null })[] = await db
    .withMaterialized('f', db('dossiers.access_facts as f').whereIn('f.dossierId', dossierIds).select('f.dossierId', attributesColumn(db, dossierAttributes, 'f.dossier_id')))
    .from('f')
    .leftJoin('persons.dossier_persons as dp', (join) => {
      join.on('dp.dossierId', 'f.dossierId').andOn(db.raw(visible.sql, visible.bindings as Knex.ValueDict[]));
    })
    .leftJoin('persons.persons as p', 'p.id', 'dp.personId')
    .select('f.dossierId as referenceId', 'f.policyAttributes', 'p.*', 'dp.dossierId', 'dp.role')
    .orderByRaw(`${roleOrder}, p.birth_date, p.id`);
  return manyPer(dossierIds, rows, (row) => row.referenceId).map((own) => {
    if (!own.length) return null;
    const visiblePersons = own.filter((row) => row.id !== null).map(({ referenceId: _dossier, policyAttributes: _attributes, ...person }) => person as PersonInDossier);
    return withAccess({ id: own[0].referenceId, visiblePersons }, own[0].policyAttributes);
  });
}

export interface PersonRows {
  persons: object[];
  dossierPersons: object[];
}

export async function insertPersons(trx: Knex, rows: Partial<PersonRows>): Promise<void> {
  if (rows.persons?.length) await trx.batchInsert('persons.persons', rows.persons, 1000);
  if (rows.dossierPersons?.length) await trx.batchInsert('persons.dossier_persons', rows.dossierPersons, 1000);
}

const ANONYMISED = '[anonymised]';

/**
 * Clears the identity and contact of the persons of these dossiers who are in no other dossier
 * that is still kept; their role in each dossier (what statistics count) stays. Returns, per
 * dossier, how many of its persons were anonymised.
 */
export async function anonymisePersonsOf(trx: Knex, dossierIds: string[], kept: Knex.QueryBuilder): Promise<Map<string, number>> {
  const persons: Pick<DossierPersonRow, 'personId' | 'dossierId'>[] = await trx('persons.dossier_persons as dp')
    .select('dp.personId', 'dp.dossierId')
    .whereIn('dp.dossierId', dossierIds)
    .whereNotExists((other) => other.from('persons.dossier_persons as o').whereRaw('o.person_id = dp.person_id').whereIn('o.dossierId', kept));
  const ids = [...new Set(persons.map((p) => p.personId))];
  for (let i = 0; i < ids.length; i += 1000) {
    await trx('persons.persons').whereIn('id', ids.slice(i, i + 1000)).update({
      givenName: ANONYMISED, familyName: ANONYMISED, birthDate: trx.raw("date_trunc('year', birth_date)::date"),
      nationalNumber: null, phone: null, email: null, street: null,
    });
  }
  const perDossier = new Map<string, number>();
  for (const { dossierId } of persons) perDossier.set(dossierId, (perDossier.get(dossierId) ?? 0) + 1);
  return perDossier;
}

export interface PersonIdentity {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationalNumber?: string | null;
}

/** Deduplication's verdict on a national number given for a person of another name or birth date. */
export const NUMBER_OF_ANOTHER = 'number-of-another' as const;
/** The person an identity is (their id), NUMBER_OF_ANOTHER, or null: no one. */
export type PersonMatch = string | typeof NUMBER_OF_ANOTHER | null;

const sameNumber = (a: string, b: string) => `${a}.national_number = ${b}.national_number`;
const sameNameAndBirth = (a: string, b: string) =>
  `(lower(${a}.given_name) = lower(${b}.given_name) AND lower(${a}.family_name) = lower(${b}.family_name) AND ${a}.birth_date = ${b}.birth_date)`;
/** Possibly one person: the same national number, or the same name and birth date (case-insensitive) where at most one of them has a number. */
const possiblySame = (a: string, b: string) =>
  `(${sameNumber(a, b)} OR (${sameNameAndBirth(a, b)} AND (${a}.national_number IS NULL OR ${b}.national_number IS NULL)))`;

/** The persons of a Safe Home's open dossiers: all that a referral to it is deduplicated against. */
export const personsOfOpenDossiers = (db: Knex, safeHomeId: string) =>
  db('persons.dossier_persons as dp').join('dossiers.access_facts as f', 'f.dossierId', 'dp.dossierId')
    .where('f.safeHomeId', safeHomeId).whereNot('f.dossierStatus', 'CLOSED').select('dp.personId');

/** The persons of one dossier. */
export const personsOfDossier = (db: Knex, dossierId: string) => db('persons.dossier_persons').where({ dossierId }).select('personId');

/**
 * Deduplication among some persons (a query of their ids) only: for each identity, the person it
 * is, by national number, else by name and birth date; NUMBER_OF_ANOTHER when they hold its
 * national number only under another name or birth date; null when none of them is that person.
 */
export async function matchPersons(trx: Knex, identities: PersonIdentity[], among: Knex.QueryBuilder): Promise<PersonMatch[]> {
  if (!identities.length) return [];
  const given = trx.raw(`(VALUES ${identities.map(() => '(?::int, ?::text, ?::text, ?::date, ?::text)').join(', ')}) AS g (position, given_name, family_name, birth_date, national_number)`,
    identities.flatMap((person, index) => [index, person.givenName, person.familyName, person.birthDate, person.nationalNumber ?? null]));
  const candidates: { position: number; id: string; sameNumber: boolean; sameNameAndBirth: boolean }[] = await trx
    .from(given)
    .joinRaw(`JOIN persons.persons q ON ${possiblySame('g', 'q')}`)
    .whereIn('q.id', among)
    .select('g.position', 'q.id', trx.raw(`coalesce(${sameNumber('g', 'q')}, false) AS same_number`), trx.raw(`${sameNameAndBirth('g', 'q')} AS same_name_and_birth`))
    .orderBy('q.id');
  return identities.map((_, index) => {
    const mine = candidates.filter((candidate) => candidate.position === index);
    const numbered = mine.filter((candidate) => candidate.sameNumber);
    if (numbered.length) return numbered.find((candidate) => candidate.sameNameAndBirth)?.id ?? NUMBER_OF_ANOTHER;
    return mine[0]?.id ?? null;
  });
}

/** The persons of a dossier with the identity deduplication compares, and their role there. */
export async function identitiesInDossier(trx: Knex, dossierId: string): Promise<(PersonIdentity & { id: string; role: PersonRole })[]> {
  return trx('persons.dossier_persons as dp').join('persons.persons as p', 'p.id', 'dp.personId').where('dp.dossierId', dossierId)
    .select('p.id', 'p.givenName', 'p.familyName', 'p.birthDate', 'p.nationalNumber', 'dp.role').orderBy('p.id');
}

/**
 * Per dossier, the other open dossiers of its Safe Home that hold possibly one of its persons (the
 * same person, national number, or name and birth date): what the Safe Home's team triages a
 * referral against before it links it.
 */
export async function possibleMatchesByDossiers(db: Knex, dossierIds: readonly string[]): Promise<string[][]> {
  const rows: { dossierId: string; matchId: string }[] = await db('persons.dossier_persons as dp')
    .join('persons.persons as p', 'p.id', 'dp.personId')
    .join('dossiers.access_facts as f', 'f.dossierId', 'dp.dossierId')
    .joinRaw(`JOIN persons.persons q ON ${possiblySame('p', 'q')}`)
    .join('persons.dossier_persons as other', 'other.personId', 'q.id')
    .join('dossiers.access_facts as g', 'g.dossierId', 'other.dossierId')
    .whereIn('dp.dossierId', dossierIds)
    .whereRaw('other.dossier_id <> dp.dossier_id AND g.safe_home_id = f.safe_home_id')
    .whereNot('g.dossierStatus', 'CLOSED')
    .distinct('dp.dossierId', 'other.dossierId as matchId');
  return manyPer(dossierIds, rows, (row) => row.dossierId).map((list) => list.map((row) => row.matchId));
}

export async function personIdsInDossier(trx: Knex, dossierId: string): Promise<string[]> {
  const rows: Pick<DossierPersonRow, 'personId'>[] = await personsOfDossier(trx, dossierId);
  return rows.map((row) => row.personId);
}
