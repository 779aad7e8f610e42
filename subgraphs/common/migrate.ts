import { Knex } from 'knex';
import { Migration, SubgraphDefinition } from './subgraph';

/** A PostgreSQL schema and the migrations that build it (a subgraph's, or the gateway's audit log). */
export type MigrationSet = Pick<SubgraphDefinition, 'name' | 'databaseSchema' | 'migrations'>;

class InCodeMigrationSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly migrations: Migration[]) {}
  async getMigrations() {
    return this.migrations;
  }
  getMigrationName(migration: Migration) {
    return migration.name;
  }
  async getMigration(migration: Migration) {
    return migration;
  }
}

/** Brings a schema to its latest migration; its history is kept in that schema. */
export async function migrateSchema(db: Knex, definition: MigrationSet): Promise<string[]> {
  await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [definition.databaseSchema]);
  const [, applied] = await db.migrate.latest({
    migrationSource: new InCodeMigrationSource(definition.migrations),
    schemaName: definition.databaseSchema,
    tableName: 'knex_migrations',
  });
  return applied as string[];
}
