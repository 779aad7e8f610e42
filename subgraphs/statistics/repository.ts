import { Knex } from 'knex';
import { RiskLevel } from './types';

/** All SQL of the statistics subgraph: aggregates over the reporting views, nothing person-level. */
export interface Scope {
  fromYear?: number | null;
  toYear?: number | null;
  safeHomeId?: string | null;
}

function scoped(db: Knex, view: string, scope: Scope) {
  const query = db(`statistics.${view} as v`);
  if (scope.fromYear != null) query.where('v.year', '>=', scope.fromYear);
  if (scope.toYear != null) query.where('v.year', '<=', scope.toYear);
  if (scope.safeHomeId) query.where('v.safeHomeId', scope.safeHomeId);
  return query;
}

export async function referredFamiliesPerYear(db: Knex, scope: Scope): Promise<{ year: number; count: number }[]> {
  return (await scoped(db, 'family_referrals', scope).select('v.year').count({ count: '*' }).groupBy('v.year').orderBy('v.year')) as never;
}

export async function referredFamiliesCells(db: Knex, scope: Scope): Promise<{ year: number; safeHomeId: string; track: number; count: number }[]> {
  return (await scoped(db, 'family_referrals', scope)
    .select('v.year', 'v.safeHomeId', 'v.track')
    .count({ count: '*' })
    .groupBy('v.year', 'v.safeHomeId', 'v.track')
    .orderBy(['v.year', 'v.safeHomeId', 'v.track'])) as never;
}

export async function consultsPerYear(db: Knex, scope: Scope): Promise<{ year: number; count: number }[]> {
  return (await scoped(db, 'consults', scope).select('v.year').count({ count: '*' }).groupBy('v.year').orderBy('v.year')) as never;
}

export async function childrenInvolvement(db: Knex, scope: Scope): Promise<{ year: number; families: number; withChildren: number }[]> {
  return (await scoped(db, 'family_referrals', scope)
    .select('v.year')
    .count({ families: '*' })
    .select(db.raw('count(*) FILTER (WHERE v.children_involved) AS with_children'))
    .groupBy('v.year')
    .orderBy('v.year')) as never;
}

export async function riskLevelDistribution(db: Knex, scope: Scope): Promise<{ level: RiskLevel; count: number }[]> {
  return (await scoped(db, 'family_referrals', scope)
    .join('statistics.current_risk_levels as r', 'r.dossierId', 'v.dossierId')
    .select('r.level')
    .count({ count: '*' })
    .groupBy('r.level')
    .orderByRaw(`array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], r.level)`)) as never;
}

export async function safeHomeExists(db: Knex, id: string): Promise<boolean> {
  return Boolean(await db('statistics.safe_homes').where({ id }).first());
}

export async function referralSources(db: Knex, scope: Scope): Promise<{ year: number; source: string; count: number }[]> {
  return (await scoped(db, 'family_referrals', scope)
    .select('v.year', 'v.referralSource as source')
    .count({ count: '*' })
    .groupBy('v.year', 'v.referralSource')
    .orderBy(['v.year', 'v.referralSource'])) as never;
}

export async function durationsByTrack(db: Knex, scope: Scope): Promise<{ track: number; count: number; averageDays: number; medianDays: number }[]> {
  return (await scoped(db, 'closed_dossiers', scope)
    .select('v.track')
    .count({ count: '*' })
    .select(db.raw('round(avg(v.days))::int AS average_days'), db.raw('percentile_cont(0.5) WITHIN GROUP (ORDER BY v.days)::int AS median_days'))
    .groupBy('v.track')
    .orderBy('v.track')) as never;
}
