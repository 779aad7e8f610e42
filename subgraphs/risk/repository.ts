import { Knex } from 'knex';
import { manyPer, onePer } from '../common/batch';
import { highestLevel } from './scoring';
import { RiskAssessment, RiskInstrumentItem, RiskInstrumentVersion, RiskLevel } from './types';

/** All SQL of the risk subgraph. */
export async function listInstrumentVersions(db: Knex): Promise<RiskInstrumentVersion[]> {
  return db('risk.instrument_versions').orderBy(['code', 'version']);
}

export async function instrumentVersionsByIds(db: Knex, ids: readonly string[]) {
  return onePer(ids, await db('risk.instrument_versions').whereIn('id', ids), (row: RiskInstrumentVersion) => row.id);
}

export async function itemsByInstrumentVersions(db: Knex, ids: readonly string[]) {
  const rows = await db('risk.instrument_items').whereIn('instrumentVersionId', ids).orderBy('position');
  return manyPer(ids, rows, (row: RiskInstrumentItem & { instrumentVersionId: string }) => row.instrumentVersionId);
}

export async function assessmentsByIds(db: Knex, ids: readonly string[]) {
  return onePer(ids, await db('risk.assessments').whereIn('id', ids), (row: RiskAssessment) => row.id);
}

const newestFirst = ['assessedOn', 'createdAt', 'id'].map((column) => ({ column, order: 'desc' as const }));

export async function assessmentsByDossiers(db: Knex, dossierIds: readonly string[]) {
  const rows = await db('risk.assessments').whereIn('dossierId', dossierIds).orderBy(newestFirst);
  return manyPer(dossierIds, rows, (row: RiskAssessment) => row.dossierId);
}

/** A person's risk history: across dossiers, newest first. */
export async function assessmentsByPersons(db: Knex, personIds: readonly string[]) {
  const rows = await db('risk.assessments').whereIn('personId', personIds).orderBy(newestFirst);
  return manyPer(personIds, rows, (row: RiskAssessment) => row.personId);
}

/** Per dossier, the highest level among each person's latest assessment (null: never assessed). */
export async function currentLevelsByDossiers(db: Knex, dossierIds: readonly string[]): Promise<(RiskLevel | null)[]> {
  const latest: { dossierId: string; level: RiskLevel }[] = await db('risk.assessments')
    .distinctOn('dossierId', 'personId')
    .select('dossierId', 'level')
    .whereIn('dossierId', dossierIds)
    .orderBy([{ column: 'dossierId' }, { column: 'personId' }, ...newestFirst]);
  return manyPer(dossierIds, latest, (row) => row.dossierId).map((rows) => highestLevel(rows.map((row) => row.level)) as RiskLevel | null);
}

export interface RiskRows {
  instrumentVersions: object[];
  instrumentItems: object[];
  assessments: object[];
}

export async function insertRisk(trx: Knex, rows: Partial<RiskRows>): Promise<void> {
  if (rows.instrumentVersions?.length) await trx.batchInsert('risk.instrument_versions', rows.instrumentVersions, 1000);
  if (rows.instrumentItems?.length) await trx.batchInsert('risk.instrument_items', rows.instrumentItems, 1000);
  if (rows.assessments?.length) await trx.batchInsert('risk.assessments', rows.assessments, 1000);
}
