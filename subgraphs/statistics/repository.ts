import { Knex } from 'knex';
import { RiskLevel } from './types';

/** All SQL of the statistics subgraph: aggregates over the reporting views, nothing person-level. */
export interface Scope {
  fromYear?: number | null;
  toYear?: number | null;
  safeHomeId?: string | null;
}

/** Referred families counted by everything any statistic breaks them down by. */
export interface ReferralCount {
  year: number;
  safeHomeId: string;
  track: number | null;
  source: string;
  childrenInvolved: boolean;
  /** Null when no one in the family has been assessed. */
  level: RiskLevel | null;
  count: number;
}

/** Closed dossiers by the year they were closed in. */
export interface ClosureCount {
  year: number;
  safeHomeId: string;
  track: number | null;
  count: number;
  days: number;
}

export interface ConsultCount {
  year: number;
  safeHomeId: string;
  count: number;
}

export interface Snapshot {
  id: string;
  referrals: ReferralCount[];
  closures: ClosureCount[];
  consults: ConsultCount[];
}

/** PostgreSQL's count and sum come back as strings (bigint). */
const numeric = <T>(rows: Record<string, unknown>[], ...fields: string[]) =>
  rows.map((row) => ({ ...row, ...Object.fromEntries(fields.map((field) => [field, Number(row[field])])) })) as T[];

export async function currentSnapshotId(db: Knex): Promise<string> {
  const [{ id }] = await db('statistics.snapshots').max({ id: 'id' });
  return String(id);
}

/** Every count the statistics publish, of one snapshot (one transaction, so all of the same moment). */
export async function readSnapshot(db: Knex): Promise<Snapshot> {
  return db.transaction(
    async (trx) => {
      const id = await currentSnapshotId(trx);
      const referrals = await trx('statistics.family_referrals as v')
        .leftJoin('statistics.current_risk_levels as r', 'r.dossierId', 'v.dossierId')
        .select('v.year', 'v.safeHomeId', 'v.track', 'v.referralSource as source', 'v.childrenInvolved', 'r.level')
        .count({ count: '*' })
        .groupBy('v.year', 'v.safeHomeId', 'v.track', 'v.referralSource', 'v.childrenInvolved', 'r.level');
      const closures = await trx('statistics.closed_dossiers as v')
        .select('v.year', 'v.safeHomeId', 'v.track')
        .count({ count: '*' })
        .sum({ days: 'v.days' })
        .groupBy('v.year', 'v.safeHomeId', 'v.track');
      const consults = await trx('statistics.consults as v').select('v.year', 'v.safeHomeId').count({ count: '*' }).groupBy('v.year', 'v.safeHomeId');
      return {
        id,
        referrals: numeric<ReferralCount>(referrals, 'count'),
        closures: numeric<ClosureCount>(closures, 'count', 'days'),
        consults: numeric<ConsultCount>(consults, 'count'),
      };
    },
    { isolationLevel: 'repeatable read', readOnly: true },
  );
}

export async function safeHomeExists(db: Knex, id: string): Promise<boolean> {
  return Boolean(await db('statistics.safe_homes').where({ id }).first());
}

/** Median days of the dossiers closed in the scope's years, per track. */
export async function medianDaysByTrack(db: Knex, scope: Scope): Promise<{ track: number | null; medianDays: number }[]> {
  const query = db('statistics.closed_dossiers as v')
    .select('v.track', db.raw('percentile_cont(0.5) WITHIN GROUP (ORDER BY v.days)::int AS median_days'))
    .groupBy('v.track');
  if (scope.fromYear != null) query.where('v.year', '>=', scope.fromYear);
  if (scope.toYear != null) query.where('v.year', '<=', scope.toYear);
  if (scope.safeHomeId) query.where('v.safeHomeId', scope.safeHomeId);
  const rows: { track: number | null; medianDays: number }[] = await query;
  return rows;
}
