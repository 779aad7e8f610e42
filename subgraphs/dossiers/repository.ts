import { Knex } from 'knex';
import { manyPer, onePer } from '../common/batch';
import {
  ActionPlanItem, AnonymousConsult, CaseConsultation, Dossier, DossierStatus, ExecutionNote, InfoSharingItem,
  Organisation, SafeHome, SituationDescription, Weighing,
} from './types';

/** All SQL of the dossiers subgraph. Batch functions take many keys and cost one statement. */
const t = (table: string) => `dossiers.${table}`;

export interface DossierFilter {
  safeHomeId?: string | null;
  status?: DossierStatus | null;
  track?: number | null;
}

export async function listSafeHomes(db: Knex): Promise<SafeHome[]> {
  return db(t('safe_homes')).orderBy('id');
}

export async function safeHomesByIds(db: Knex, ids: readonly string[]): Promise<(SafeHome | null)[]> {
  return onePer(ids, await db(t('safe_homes')).whereIn('id', ids), (row: SafeHome) => row.id);
}

export async function organisationsByIds(db: Knex, ids: readonly string[]): Promise<(Organisation | null)[]> {
  return onePer(ids, await db(t('organisations')).whereIn('id', ids), (row: Organisation) => row.id);
}

export async function organisationsBySafeHomes(db: Knex, safeHomeIds: readonly string[]): Promise<Organisation[][]> {
  const rows = await db(t('organisations')).whereIn('safeHomeId', safeHomeIds).orderBy('id');
  return manyPer(safeHomeIds, rows, (row: Organisation) => row.safeHomeId);
}

export async function dossierByCode(db: Knex, code: string): Promise<Dossier | null> {
  return (await db(t('dossiers')).where({ code }).first()) ?? null;
}

export async function dossiersByIds(db: Knex, ids: readonly string[]): Promise<(Dossier | null)[]> {
  return onePer(ids, await db(t('dossiers')).whereIn('id', ids), (row: Dossier) => row.id);
}

function filtered(db: Knex, filter: DossierFilter) {
  const query = db(t('dossiers'));
  if (filter.safeHomeId) query.where('safeHomeId', filter.safeHomeId);
  if (filter.status) query.where('status', filter.status);
  if (filter.track != null) query.where('track', filter.track);
  return query;
}

/** One page of dossiers in code order after a code, and how many match in all. */
export async function dossierPage(db: Knex, filter: DossierFilter, first: number, afterCode: string | null) {
  const page = filtered(db, filter).orderBy('code').limit(first + 1);
  if (afterCode) page.where('code', '>', afterCode);
  const [rows, [{ count }]] = await Promise.all([page, filtered(db, filter).count({ count: '*' })]);
  return { rows: rows.slice(0, first) as Dossier[], hasNextPage: rows.length > first, totalCount: Number(count) };
}

export async function situationsByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('situation_descriptions')).whereIn('dossierId', ids);
  return onePer(ids, rows, (row: SituationDescription & { dossierId: string }) => row.dossierId);
}

export async function weighingsByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('weighings')).whereIn('dossierId', ids);
  return onePer(ids, rows, (row: Weighing & { dossierId: string }) => row.dossierId);
}

export async function infoSharingByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('info_sharing_items')).whereIn('dossierId', ids).orderBy(['sharedOn', 'id']);
  return manyPer(ids, rows, (row: InfoSharingItem & { dossierId: string }) => row.dossierId);
}

export async function consultationsByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('case_consultations')).whereIn('dossierId', ids).orderBy(['heldOn', 'id']);
  return manyPer(ids, rows, (row: CaseConsultation & { dossierId: string }) => row.dossierId);
}

export async function participantIdsByConsultations(db: Knex, ids: readonly string[]): Promise<string[][]> {
  const rows: { caseConsultationId: string; organisationId: string }[] = await db(t('case_consultation_participants'))
    .whereIn('caseConsultationId', ids)
    .orderBy('organisationId');
  return manyPer(ids, rows, (row) => row.caseConsultationId).map((list) => list.map((row) => row.organisationId));
}

export async function actionPlanByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('action_plan_items')).whereIn('dossierId', ids).orderBy(['dueOn', 'id']);
  return manyPer(ids, rows, (row: ActionPlanItem & { dossierId: string }) => row.dossierId);
}

export async function executionNotesByDossiers(db: Knex, ids: readonly string[]) {
  const rows = await db(t('execution_notes')).whereIn('dossierId', ids).orderBy(['recordedOn', 'id']);
  return manyPer(ids, rows, (row: ExecutionNote & { dossierId: string }) => row.dossierId);
}

export async function anonymousConsultPage(db: Knex, safeHomeId: string | null, first: number, afterId: string | null) {
  const page = db(t('anonymous_consults')).orderBy('id').limit(first + 1);
  if (safeHomeId) page.where({ safeHomeId });
  if (afterId) page.where('id', '>', afterId);
  const rows: AnonymousConsult[] = await page;
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** Rows of the dossiers subgraph's tables, in insertion order, as the seed writes them. */
export interface CaseFileRows {
  safeHomes: object[];
  organisations: object[];
  dossiers: object[];
  situationDescriptions: object[];
  weighings: object[];
  infoSharingItems: object[];
  caseConsultations: object[];
  caseConsultationParticipants: object[];
  actionPlanItems: object[];
  executionNotes: object[];
  anonymousConsults: object[];
}

const tables: Record<keyof CaseFileRows, string> = {
  safeHomes: 'safe_homes',
  organisations: 'organisations',
  dossiers: 'dossiers',
  situationDescriptions: 'situation_descriptions',
  weighings: 'weighings',
  infoSharingItems: 'info_sharing_items',
  caseConsultations: 'case_consultations',
  caseConsultationParticipants: 'case_consultation_participants',
  actionPlanItems: 'action_plan_items',
  executionNotes: 'execution_notes',
  anonymousConsults: 'anonymous_consults',
};

export async function insertCaseFiles(trx: Knex, rows: Partial<CaseFileRows>): Promise<void> {
  for (const key of Object.keys(tables) as (keyof CaseFileRows)[]) {
    if (rows[key]?.length) await trx.batchInsert(t(tables[key]), rows[key] as object[], 1000);
  }
}
