import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** Who is in which dossier in which role, published read-only for the policy checks of other subgraphs. */
export const personRoles: Migration = {
  name: '002-person-roles',
  async up(db: Knex) {
    await db.raw('CREATE VIEW persons.person_roles AS SELECT dp.person_id, dp.dossier_id, dp.role FROM persons.dossier_persons dp');
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW persons.person_roles');
  },
};
