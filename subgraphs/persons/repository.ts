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
