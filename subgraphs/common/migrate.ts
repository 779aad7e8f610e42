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

const migrationConfig = (definition: MigrationSet) => ({
  migrationSource: new InCodeMigrationSource(definition.migrations),
  schemaName: definition.databaseSchema,
  tableName: 'knex_migrations',
});

/** The migrations of a schema not applied yet (all of them on a database that never had it); reads, never creates. */
export async function pendingMigrations(db: Knex, definition: MigrationSet): Promise<string[]> {
  const history = `${definition.databaseSchema}.knex_migrations`;
  const { rows } = await db.raw('SELECT to_regclass(?) AS history', [history]);
  const applied = new Set(rows[0].history ? (await db.withSchema(definition.databaseSchema).select('name').from('knex_migrations')).map((row: { name: string }) => row.name) : []);
  return definition.migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
}

/** Brings a schema to its latest migration; its history is kept in that schema. */
export async function migrateSchema(db: Knex, definition: MigrationSet): Promise<string[]> {
  await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [definition.databaseSchema]);
  const [, applied] = await db.migrate.latest(migrationConfig(definition));
  return applied as string[];
}
