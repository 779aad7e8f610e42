import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

const schema = 'persons';

export const persons: Migration = {
  name: '001-persons',
  async up(db: Knex) {
    const s = () => db.schema.withSchema(schema);
    await s().createTable('persons', (t) => {
      t.uuid('id').primary();
      t.text('given_name').notNullable();
      t.text('family_name').notNullable();
      t.date('birth_date').notNullable();
      t.text('national_number').unique();
      t.text('phone');
      t.text('email');
      t.text('street');
      t.text('postal_code');
      t.text('municipality');
      t.boolean('address_protected').notNullable().defaultTo(false);
      t.index(['family_name', 'birth_date']);
    });
    // A person takes part in a dossier in one role; dossier ids belong to the dossiers subgraph.
    await s().createTable('dossier_persons', (t) => {
      t.uuid('dossier_id').notNullable();
      t.uuid('person_id').notNullable().references('id').inTable(`${schema}.persons`).onDelete('CASCADE');
      t.enu('role', ['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER', 'OTHER']).notNullable();
      t.primary(['dossier_id', 'person_id']);
      t.index(['person_id']);
    });
  },
  async down(db: Knex) {
    await db.schema.withSchema(schema).dropTable('dossier_persons');
    await db.schema.withSchema(schema).dropTable('persons');
  },
};
