import { Knex } from 'knex';
import { migrateSchema, pendingMigrations } from '../subgraphs/common/migrate';
import { logger } from '../platform/logger';
import { isSeeded, seed, SeedOptions } from '../seed/seed';
import { subgraphs } from './subgraphs';
import { registerTrustedDocuments } from './document-registration';
import { developmentRegistrations } from './development-registrations';

/** Runs every subgraph's migrations, in order. */
export async function migrateAll(db: Knex): Promise<void> {
  for (const definition of subgraphs) {
    const applied = await migrateSchema(db, definition);
    if (applied.length) logger.info({ subgraph: definition.name, applied }, 'migrated');
  }
}

/** The migrations this version of the hub has and the database lacks, by subgraph. */
export async function pendingMigrationsOfAll(db: Knex): Promise<string[]> {
  const pending: string[] = [];
  for (const definition of subgraphs) pending.push(...(await pendingMigrations(db, definition)).map((name) => `${definition.name}/${name}`));
  return pending;
}

/**
 * Migrates, seeds the synthetic data when the database holds none yet, and registers the trusted
 * documents of the hub's pages and of the synthetic partner applications (new ones only: a
 * registered document keeps its status).
 */
export async function prepareDatabase(db: Knex, seedOptions?: SeedOptions): Promise<void> {
  await migrateAll(db);
  if (!(await isSeeded(db))) {
    const started = Date.now();
    const written = await seed(db, seedOptions);
    logger.info({ ...written, ms: Date.now() - started }, 'seeded synthetic data');
  }
  const registered = await registerTrustedDocuments(db, developmentRegistrations());
  if (registered.registered) logger.info(registered, 'registered trusted documents');
}
