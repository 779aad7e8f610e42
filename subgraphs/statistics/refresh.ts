import { Knex } from 'knex';

const snapshots = ['family_referrals', 'current_risk_levels', 'closed_dossiers'];

/**
 * Recomputes the statistics' materialised reporting views from the other subgraphs' tables.
 * CONCURRENTLY: dashboards keep reading the previous snapshot meanwhile. Needs a writable connection.
 */
export async function refreshReportingViews(db: Knex): Promise<void> {
  for (const view of snapshots) await db.raw(`REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.${view}`);
}
