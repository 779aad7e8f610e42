import { Knex } from 'knex';
import { personAttributesByIds } from '../common/access-facts';
import { withAccess } from '../common/access';
import { manyPer, onePer } from '../common/batch';
import { SubgraphContext } from '../common/context';
import { dossierAttributeSql, whereVisible } from '../common/policy-sql';
import { Person, PersonRole } from './types';

/** All SQL of the persons subgraph. */
export interface PersonInDossier extends Person {
  dossierId: string;
  role: PersonRole;
}

const roleOrder = `CASE dp.role WHEN 'VICTIM' THEN 1 WHEN 'ALLEGED_PERPETRATOR' THEN 2 WHEN 'CHILD' THEN 3 ELSE 4 END`;

/** A person's policy attributes in one dossier: the dossier's, and their role in it. */
const inDossier = (alias: string) => ({ ...dossierAttributeSql(`${alias}.dossier_id`), personRole: { sql: `${alias}.role` } });

/**
 * Persons the actor may see in at least one of their dossiers, with one attribute set per dossier.
 * The others never leave PostgreSQL.
 */
export async function personsByIds(db: Knex, ids: readonly string[], context: SubgraphContext): Promise<(Person | null)[]> {
  const rows: Person[] = await db('persons.persons as p')
    .whereIn('p.id', ids)
    .whereExists((exists) => {
      whereVisible(exists.from('persons.dossier_persons as dp').whereRaw('dp.person_id = p.id'), context.ability, 'Person', inDossier('dp'));
    });
  const attributes = await Promise.all(rows.map((row) => context.load(personAttributesByIds, row.id)));
  return onePer(ids, rows.map((row, index) => withAccess(row, attributes[index])), (row) => row.id);
}

/** The persons of many dossiers that the actor may see, in one statement, victims first; each with its role as attribute. */
export async function personsByDossiers(db: Knex, dossierIds: readonly string[], { ability }: SubgraphContext): Promise<PersonInDossier[][]> {
  const rows: PersonInDossier[] = await whereVisible(
    db('persons.dossier_persons as dp').join('persons.persons as p', 'p.id', 'dp.personId').whereIn('dp.dossierId', dossierIds),
    ability,
    'DossierPerson',
    inDossier('dp'),
  )
    .select('p.*', 'dp.dossierId', 'dp.role')
    .orderByRaw(`${roleOrder}, p.birth_date, p.id`);
  return manyPer(dossierIds, rows, (row) => row.dossierId);
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
  const persons: { personId: string; dossierId: string }[] = await trx('persons.dossier_persons as dp')
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

/**
 * The person already known for each identity, or null: by national register number, else by
 * name and birth date (case-insensitive) among persons with no or the same number.
 */
export async function matchPersons(trx: Knex, identities: PersonIdentity[]): Promise<(string | null)[]> {
  const numbers = identities.map((person) => person.nationalNumber).filter((number): number is string => Boolean(number));
  const byNumber: { id: string; nationalNumber: string }[] = numbers.length ? await trx('persons.persons').select('id', 'nationalNumber').whereIn('nationalNumber', numbers) : [];
  const byName: (PersonIdentity & { id: string })[] = await trx('persons.persons')
    .select('id', 'givenName', 'familyName', 'birthDate', 'nationalNumber')
    .whereRaw(
      `(lower(family_name), birth_date) IN (${identities.map(() => '(?, ?::date)').join(', ')})`,
      identities.flatMap((person) => [person.familyName.toLowerCase(), person.birthDate]),
    );
  return identities.map((person) => {
    const numbered = person.nationalNumber ? byNumber.find((row) => row.nationalNumber === person.nationalNumber) : undefined;
    if (numbered) return numbered.id;
    const named = byName.find(
      (row) => row.givenName.toLowerCase() === person.givenName.toLowerCase() && row.familyName.toLowerCase() === person.familyName.toLowerCase()
        && row.birthDate === person.birthDate && (!row.nationalNumber || !person.nationalNumber || row.nationalNumber === person.nationalNumber),
    );
    return named?.id ?? null;
  });
}

export async function personIdsInDossier(trx: Knex, dossierId: string): Promise<string[]> {
  const rows: { personId: string }[] = await trx('persons.dossier_persons').select('personId').where({ dossierId });
  return rows.map((row) => row.personId);
}
