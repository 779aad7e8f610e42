import { Knex } from 'knex';

const snapshots = ['family_referrals', 'current_risk_levels', 'closed_dossiers', 'consults'];

/**
 * Recomputes the statistics' materialised reporting views from the other subgraphs' tables, and
 * records the new snapshot, in one transaction: the statistics subgraph sees all views of one
 * snapshot or of the other, never a mix. CONCURRENTLY: dashboards keep reading the previous
 * snapshot meanwhile. Needs a writable connection.
 */
export async function refreshReportingViews(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    for (const view of snapshots) await trx.raw(`REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.${view}`);
    await trx.raw('INSERT INTO statistics.snapshots DEFAULT VALUES');
  });
}
