import { Knex } from 'knex';
import { manyPer, onePer } from '../common/batch';
import { Person, PersonRole } from './types';

/** All SQL of the persons subgraph. */
export interface PersonInDossier extends Person {
  dossierId: string;
  role: PersonRole;
}

const roleOrder = `CASE dp.role WHEN 'VICTIM' THEN 1 WHEN 'ALLEGED_PERPETRATOR' THEN 2 WHEN 'CHILD' THEN 3 ELSE 4 END`;

export async function personsByIds(db: Knex, ids: readonly string[]): Promise<(Person | null)[]> {
  return onePer(ids, await db('persons.persons').whereIn('id', ids), (row: Person) => row.id);
}

/** The persons of many dossiers in one statement, victims first. */
export async function personsByDossiers(db: Knex, dossierIds: readonly string[]): Promise<PersonInDossier[][]> {
  const rows: PersonInDossier[] = await db('persons.dossier_persons as dp')
    .join('persons.persons as p', 'p.id', 'dp.personId')
    .whereIn('dp.dossierId', dossierIds)
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
