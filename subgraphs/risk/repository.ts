import { Knex } from 'knex';
import { dossierAttributes, dossierRecordAttributes, personInDossierAttributes } from '../common/access-facts';
import { manyPer, onePer } from '../common/batch';
import { SubgraphContext } from '../common/context';
import { whereVisible } from '../common/policy-sql';
import { DossierStatus } from '../dossiers/exports';
import { attributesColumn, WithAttributes, withRecordAttributes } from '../common/record-attribute-sql';
import { highestLevel, Level } from './scoring';
import { RiskAssessmentRow, RiskInstrumentItemRow, RiskInstrumentVersionRow } from './rows';
import { RiskLevel } from './types';

/** All SQL of the risk subgraph. */
export async function listInstrumentVersions(db: Knex): Promise<RiskInstrumentVersionRow[]> {
  return db('risk.instrument_versions').orderBy(['code', 'version']);
}

export async function instrumentVersionsByIds(db: Knex, ids: readonly string[]) {
  const rows: RiskInstrumentVersionRow[] = await db('risk.instrument_versions').whereIn('id', ids);
  return onePer(ids, rows, (row) => row.id);
}

export async function itemsByInstrumentVersions(db: Knex, ids: readonly string[]) {
  const rows: RiskInstrumentItemRow[] = await db('risk.instrument_items').whereIn('instrumentVersionId', ids).orderBy('position');
  return manyPer(ids, rows, (row) => row.instrumentVersionId);
}

/** Assessments (as a), each with its own dossier's policy attributes. */
const assessmentsWithAttributes = (db: Knex) => db('risk.assessments as a').select('a.*', attributesColumn(db, dossierRecordAttributes, 'a'));

/** Assessments the actor may see, each with its own dossier's policy attributes. */
function visibleAssessments(db: Knex, { ability }: SubgraphContext) {
  return whereVisible(assessmentsWithAttributes(db), ability, 'RiskAssessment', dossierRecordAttributes, 'a');
}

/** An assessment just written, with its dossier's attributes: what its author may read of it is the guard's to decide, field by field. */
export async function writtenAssessment(db: Knex, id: string): Promise<RiskAssessmentRow> {
  const row: WithAttributes<RiskAssessmentRow> = await assessmentsWithAttributes(db).where('a.id', id).first();
  return withRecordAttributes(row);
}

export async function assessmentsByIds(db: Knex, ids: readonly string[], context: SubgraphContext) {
  const rows: WithAttributes<RiskAssessmentRow>[] = await visibleAssessments(db, context).whereIn('a.id', ids);
  return onePer(ids, rows.map(withRecordAttributes), (row) => row.id);
}

const newestFirst = ['assessedOn', 'createdAt', 'id'].map((column) => ({ column, order: 'desc' as const }));

export async function assessmentsByDossiers(db: Knex, dossierIds: readonly string[]) {
  const rows: RiskAssessmentRow[] = await db('risk.assessments').whereIn('dossierId', dossierIds).orderBy(newestFirst);
  return manyPer(dossierIds, rows, (row) => row.dossierId);
}

/** A person's risk history: across the dossiers the actor may see, newest first. */
export async function assessmentsByPersons(db: Knex, personIds: readonly string[], context: SubgraphContext) {
  const rows: WithAttributes<RiskAssessmentRow>[] = await visibleAssessments(db, context)
    .whereIn('a.personId', personIds)
    .orderBy(newestFirst.map(({ column, order }) => ({ column: `a.${column}`, order })));
  return manyPer(personIds, rows.map(withRecordAttributes), (row) => row.personId);
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

/** A dossier's state and policy attributes, its row share-locked so it cannot close under the assessment. */
export async function lockDossierFacts(trx: Knex, dossierId: string) {
  const row: WithAttributes<{ dossierStatus: DossierStatus; track: number | null; referralDate: string }> | undefined = await trx('dossiers.access_facts as f')
    .select('f.dossierStatus', 'f.track', 'f.referralDate', attributesColumn(trx, dossierAttributes, 'f.dossier_id'))
    .where('f.dossierId', dossierId)
    .forShare()
    .first();
  return row ?? null;
}

/** The person's policy attributes in the dossier: its, their role there and their own facts (null: not in it). */
export async function personInDossier(trx: Knex, dossierId: string, personId: string): Promise<WithAttributes<object> | null> {
  const row: WithAttributes<object> | undefined = await trx('persons.person_roles as r').select(attributesColumn(trx, personInDossierAttributes, 'r')).where({ 'r.dossierId': dossierId, 'r.personId': personId }).first();
  return row ?? null;
}

export async function instrumentVersionsWithItems(trx: Knex) {
  const versions: RiskInstrumentVersionRow[] = await trx('risk.instrument_versions').orderBy(['code', 'version']);
  const items = await itemsByInstrumentVersions(trx, versions.map((version) => version.id));
  return versions.map((version, index) => ({ ...version, items: items[index] }));
}

/** Clears the professional judgements' rationales (narrative) of these dossiers' assessments; scores and levels stay. */
export async function anonymiseAssessmentsOf(trx: Knex, dossierIds: string[]): Promise<void> {
  await trx('risk.assessments').whereIn('dossierId', dossierIds).whereNotNull('judgementRationale').update({ judgementRationale: '[anonymised]' });
}
