import { Knex } from 'knex';
import { migrateAll } from '../../hub/prepare-database';
import { RunningHub, startHub } from '../../hub/start-hub';
import { insertReferenceData } from '../../seed/seed';
import { createDatabase } from '../../platform/database';
import { createScratchDatabase, dropScratchDatabase } from '../support/database';
import { insertWorld, WorldRows } from './world-generator';
import { testIssuer } from '../support/test-issuer';

/**
 * Databases for generated worlds: one template, migrated and holding the seed's reference data,
 * made once; then each world gets a copy of its own with its case data, and the whole hub over it.
 */

export async function createWorldTemplate(): Promise<string> {
  const { database, url } = await createScratchDatabase('safehome_property_template');
  const db = createDatabase(url);
  try {
    await migrateAll(db);
    await db.transaction((trx) => insertReferenceData(trx));
  } finally {
    await db.destroy();
  }
  return database;
}

export interface RunningWorld {
  database: string;
  /** The test's own handle on the world's database (the oracle reads the world through it). */
  db: Knex;
  hub: RunningHub;
  stop(): Promise<void>;
}

export async function startWorld(template: string, index: number, world: WorldRows): Promise<RunningWorld> {
  const { database, url } = await createScratchDatabase(`safehome_property_world${index}`, template);
  const db = createDatabase(url);
  try {
    await insertWorld(db, world);
    const hub = await startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    return {
      database, db, hub,
      async stop() {
        await hub.stop();
        await db.destroy();
        await dropScratchDatabase(database);
      },
    };
  } catch (error) {
    await db.destroy();
    await dropScratchDatabase(database);
    throw error;
  }
}
