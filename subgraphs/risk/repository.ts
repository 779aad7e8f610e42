import { Knex } from 'knex';
import { dossierAttributeColumns, dossierFacts, withDossierAttributes } from '../common/access-facts';
import { manyPer, onePer } from '../common/batch';
import { SubgraphContext } from '../common/context';
import { dossierAttributeSql, whereVisible } from '../common/policy-sql';
import { highestLevel, Level } from './scoring';
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

/** Assessments the actor may see, each with its own dossier's policy attributes. */
function visibleAssessments(db: Knex, { ability }: SubgraphContext) {
  return whereVisible(db('risk.assessments as a').select('a.*', ...dossierAttributeColumns(db, 'a.dossier_id')), ability, 'RiskAssessment', dossierAttributeSql('a.dossier_id'));
}

/** An assessment just written, with its dossier's attributes: what its author may read of it is the guard's to decide, field by field. */
export async function writtenAssessment(db: Knex, id: string): Promise<RiskAssessment> {
  const row = await db('risk.assessments as a').select('a.*', ...dossierAttributeColumns(db, 'a.dossier_id')).where('a.id', id).first();
  return withDossierAttributes<RiskAssessment>(row);
}

export async function assessmentsByIds(db: Knex, ids: readonly string[], context: SubgraphContext) {
  const rows = await visibleAssessments(db, context).whereIn('a.id', ids);
  return onePer(ids, rows.map(withDossierAttributes<RiskAssessment>), (row: RiskAssessment) => row.id);
}

const newestFirst = ['assessedOn', 'createdAt', 'id'].map((column) => ({ column, order: 'desc' as const }));

export async function assessmentsByDossiers(db: Knex, dossierIds: readonly string[]) {
  const rows = await db('risk.assessments').whereIn('dossierId', dossierIds).orderBy(newestFirst);
  return manyPer(dossierIds, rows, (row: RiskAssessment) => row.dossierId);
}

/** A person's risk history: across the dossiers the actor may see, newest first. */
export async function assessmentsByPersons(db: Knex, personIds: readonly string[], context: SubgraphContext) {
  const rows = await visibleAssessments(db, context)
    .whereIn('a.personId', personIds)
    .orderBy(newestFirst.map(({ column, order }) => ({ column: `a.${column}`, order })));
  return manyPer(personIds, rows.map(withDossierAttributes<RiskAssessment>), (row: RiskAssessment) => row.personId);
}

/** The level of the person's latest assessment in this dossier (null: none yet). */
export async function latestLevelInDossier(trx: Knex, dossierId: string, personId: string): Promise<Level | null> {
  const row: { level: Level } | undefined = await trx('risk.assessments').select('level').where({ dossierId, personId }).orderBy(newestFirst).first();
  return row?.level ?? null;
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

/** A dossier's policy attributes and state, its row share-locked so it cannot close under the assessment. */
export async function lockDossierFacts(trx: Knex, dossierId: string) {
  const row: { dossierId: string; safeHomeId: string; dossierStatus: string; track: number | null; participantIds: string[]; referralDate: string } | undefined = await dossierFacts(trx)
    .select('f.track', 'f.referralDate')
    .where('f.dossierId', dossierId)
    .forShare()
    .first();
  return row ?? null;
}

/** The person's role in the dossier, with their own facts the policy reads (null: not in it). */
export async function personInDossier(trx: Knex, dossierId: string, personId: string): Promise<{ role: string; addressProtected: boolean } | null> {
  const row: { role: string; addressProtected: boolean } | undefined = await trx('persons.person_roles').select('role', 'addressProtected').where({ dossierId, personId }).first();
  return row ?? null;
}

export async function instrumentVersionsWithItems(trx: Knex) {
  const versions: RiskInstrumentVersion[] = await trx('risk.instrument_versions').orderBy(['code', 'version']);
  const items = await itemsByInstrumentVersions(trx, versions.map((version) => version.id));
  return versions.map((version, index) => ({ ...version, items: items[index] }));
}

/** Clears the professional judgements' rationales (narrative) of these dossiers' assessments; scores and levels stay. */
export async function anonymiseAssessmentsOf(trx: Knex, dossierIds: string[]): Promise<void> {
  await trx('risk.assessments').whereIn('dossierId', dossierIds).whereNotNull('judgementRationale').update({ judgementRationale: '[anonymised]' });
}
