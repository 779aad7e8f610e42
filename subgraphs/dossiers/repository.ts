import { Knex } from 'knex';
import { HubAbility, RecordAttributes } from '../../policy';
import { dossierRecordAttributes, participantIdsSql } from '../common/access-facts';
import { manyPer, onePer } from '../common/batch';
import { SubgraphContext } from '../common/context';
import { whereVisible } from '../common/policy-sql';
import { attributesColumn, RecordAttributeMap, WithAttributes, withRecordAttributes } from '../common/record-attribute-sql';
import {
  ActionPlanItemRow, AnonymousConsultRow, CaseConsultationRow, ConsultationMemberRow, DossierRow, ExecutionNoteRow, InfoSharingItemRow,
  OrganisationRow, ReferralRow, SafeHomeRow, SituationDescriptionRow, WeighingRow,
} from './rows';
import { DossierStatus } from './types';

/** All SQL of the dossiers subgraph. Batch functions take many keys and cost one statement. */
const t = (table: string) => `dossiers.${table}`;

export interface DossierFilter {
  safeHomeId?: string | null;
  status?: DossierStatus | null;
  track?: number | null;
}

export async function listSafeHomes(db: Knex): Promise<SafeHomeRow[]> {
  return db(t('safe_homes')).orderBy('id');
}

export async function safeHomesByIds(db: Knex, ids: readonly string[]): Promise<(SafeHomeRow | null)[]> {
  const rows: SafeHomeRow[] = await db(t('safe_homes')).whereIn('id', ids);
  return onePer(ids, rows, (row) => row.id);
}

export async function organisationsByIds(db: Knex, ids: readonly string[]): Promise<(OrganisationRow | null)[]> {
  const rows: OrganisationRow[] = await db(t('organisations')).whereIn('id', ids);
  return onePer(ids, rows, (row) => row.id);
}

export async function organisationsBySafeHomes(db: Knex, safeHomeIds: readonly string[]): Promise<OrganisationRow[][]> {
  const rows: OrganisationRow[] = await db(t('organisations')).whereIn('safeHomeId', safeHomeIds).orderBy('id');
  return manyPer(safeHomeIds, rows, (row) => row.safeHomeId);
}

/**
 * A dossier's attributes, given the alias of its own row: the dossiers subgraph reads its own
 * columns, not the facts it publishes for the others (access_facts), so that PostgreSQL filters
 * dossiers by their indexes.
 */
export const dossierRowAttributes: RecordAttributeMap = {
  safeHomeId: { sql: (d) => `${d}.safe_home_id` },
  dossierStatus: { sql: (d) => `${d}.status` },
  participantIds: { sql: (d) => participantIdsSql(`${d}.id`), list: true },
};

/** An anonymous consult's attributes, given the alias of its row. */
export const anonymousConsultAttributes: RecordAttributeMap = { safeHomeId: { sql: (c) => `${c}.safe_home_id` } };

/** An information item's own attribute, given the alias of its row (it has its dossier's from the dossier it is read through). */
export const infoSharingItemAttributes: RecordAttributeMap = { category: { sql: (item) => `${item}.category` } };

/** Dossiers (as d), each with its policy attributes. */
const dossiersWithAttributes = (db: Knex) => db('dossiers.dossiers as d').select('d.*', attributesColumn(db, dossierRowAttributes, 'd'));

/** Dossiers the actor may see at all, each with its policy attributes; the others never leave PostgreSQL. */
function visibleDossiers(db: Knex, ability: HubAbility) {
  return whereVisible(dossiersWithAttributes(db), ability, 'Dossier', dossierRowAttributes, 'd');
}

export async function dossierByCode(db: Knex, ability: HubAbility, code: string): Promise<DossierRow | null> {
  const row: WithAttributes<DossierRow> | undefined = await visibleDossiers(db, ability).where('d.code', code).first();
  return row ? withRecordAttributes(row) : null;
}

export async function dossiersByIds(db: Knex, ids: readonly string[], { ability }: SubgraphContext): Promise<(DossierRow | null)[]> {
  const rows: WithAttributes<DossierRow>[] = await visibleDossiers(db, ability).whereIn('d.id', ids);
  return onePer(ids, rows.map(withRecordAttributes), (row) => row.id);
}

function filtered(query: Knex.QueryBuilder, filter: DossierFilter) {
  if (filter.safeHomeId) query.where('d.safeHomeId', filter.safeHomeId);
  if (filter.status) query.where('d.status', filter.status);
  if (filter.track != null) query.where('d.track', filter.track);
  return query;
}

/** One page of the dossiers the actor may see, in code order after a code, and how many there are in all. */
export async function dossierPage(db: Knex, ability: HubAbility, filter: DossierFilter, first: number, afterCode: string | null) {
  const page = filtered(visibleDossiers(db, ability), filter).orderBy('d.code').limit(first + 1);
  if (afterCode) page.where('d.code', '>', afterCode);
  const count = filtered(whereVisible(db('dossiers.dossiers as d'), ability, 'Dossier', dossierRowAttributes, 'd'), filter).count({ count: '*' });
  const [rows, [{ count: total }]] = await Promise.all([page as Promise<WithAttributes<DossierRow>[]>, count]);
  return { rows: rows.slice(0, first).map(withRecordAttributes), hasNextPage: rows.length > first, totalCount: Number(total) };
}

export async function situationsByDossiers(db: Knex, ids: readonly string[]) {
  const rows: SituationDescriptionRow[] = await db(t('situation_descriptions')).whereIn('dossierId', ids);
  return onePer(ids, rows, (row) => row.dossierId);
}

export async function weighingsByDossiers(db: Knex, ids: readonly string[]) {
  const rows: WeighingRow[] = await db(t('weighings')).whereIn('dossierId', ids);
  return onePer(ids, rows, (row) => row.dossierId);
}

/** Information items, each carrying the category it was shared as for the policy to check. */
export async function infoSharingByDossiers(db: Knex, ids: readonly string[]) {
  const rows: WithAttributes<InfoSharingItemRow>[] = await db(`${t('info_sharing_items')} as i`)
    .select('i.*', attributesColumn(db, infoSharingItemAttributes, 'i'))
    .whereIn('i.dossierId', ids)
    .orderBy(['i.sharedOn', 'i.id']);
  return manyPer(ids, rows.map(withRecordAttributes), (row) => row.dossierId);
}

export async function consultationsByDossiers(db: Knex, ids: readonly string[]) {
  const rows: CaseConsultationRow[] = await db(t('case_consultations')).whereIn('dossierId', ids).orderBy(['heldOn', 'id']);
  return manyPer(ids, rows, (row) => row.dossierId);
}

export async function participantIdsByConsultations(db: Knex, ids: readonly string[]): Promise<string[][]> {
  const rows: ConsultationMemberRow[] = await db(t('case_consultation_participants'))
    .whereIn('caseConsultationId', ids)
    .orderBy('organisationId');
  return manyPer(ids, rows, (row) => row.caseConsultationId).map((list) => list.map((row) => row.organisationId));
}

export async function actionPlanByDossiers(db: Knex, ids: readonly string[]) {
  const rows: ActionPlanItemRow[] = await db(t('action_plan_items')).whereIn('dossierId', ids).orderBy(['dueOn', 'id']);
  return manyPer(ids, rows, (row) => row.dossierId);
}

export async function executionNotesByDossiers(db: Knex, ids: readonly string[]) {
  const rows: ExecutionNoteRow[] = await db(t('execution_notes')).whereIn('dossierId', ids).orderBy(['recordedOn', 'id']);
  return manyPer(ids, rows, (row) => row.dossierId);
}

export async function anonymousConsultPage(db: Knex, ability: HubAbility, safeHomeId: string | null, first: number, afterId: string | null) {
  const page = whereVisible(db(`${t('anonymous_consults')} as c`).select('c.*', attributesColumn(db, anonymousConsultAttributes, 'c')), ability, 'AnonymousConsult', anonymousConsultAttributes, 'c')
    .orderBy('c.id')
    .limit(first + 1);
  if (safeHomeId) page.where('c.safeHomeId', safeHomeId);
  if (afterId) page.where('c.id', '>', afterId);
  const rows: WithAttributes<AnonymousConsultRow>[] = await page;
  return { rows: rows.slice(0, first).map(withRecordAttributes), hasNextPage: rows.length > first };
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
  referrals: object[];
  caseConsultationInvitations: object[];
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
  referrals: 'referrals',
  caseConsultationInvitations: 'case_consultation_invitations',
};

export async function insertCaseFiles(trx: Knex, rows: Partial<CaseFileRows>): Promise<void> {
  for (const key of Object.keys(tables) as (keyof CaseFileRows)[]) {
    if (rows[key]?.length) await trx.batchInsert(t(tables[key]), rows[key] as object[], 1000);
  }
}

export const ANONYMISED = '[anonymised]';

/** Closed dossiers whose retention period ended before the cutoff and whose content is not yet anonymised. */
export async function dossiersPastRetention(trx: Knex, cutoff: string): Promise<{ id: string; code: string; closedOn: string }[]> {
  return trx(t('dossiers')).select('id', 'code', 'closedOn').where('status', 'CLOSED').where('closedOn', '<', cutoff).whereNull('anonymisedOn').orderBy('code');
}

/** Clears a dossier's narrative and its case manager; what statistics count (track, dates, status) stays. */
export async function anonymiseCaseContent(trx: Knex, dossierIds: string[], today: string): Promise<void> {
  await trx(t('situation_descriptions')).whereIn('dossierId', dossierIds).update({ summary: ANONYMISED });
  await trx(t('referrals')).whereIn('dossierId', dossierIds).update({ summary: ANONYMISED });
  await trx(t('weighings')).whereIn('dossierId', dossierIds).update({ rationale: ANONYMISED });
  await trx(t('case_consultations')).whereIn('dossierId', dossierIds).update({
    decisions: trx.raw('CASE WHEN decisions IS NULL THEN NULL ELSE ? END', [ANONYMISED]),
    notInformedReason: trx.raw('CASE WHEN not_informed_reason IS NULL THEN NULL ELSE ? END', [ANONYMISED]),
  });
  await trx(t('action_plan_items')).whereIn('dossierId', dossierIds).update({ description: ANONYMISED });
  await trx(t('execution_notes')).whereIn('dossierId', dossierIds).update({ note: ANONYMISED });
  await trx(t('info_sharing_items')).whereIn('dossierId', dossierIds).update({ content: ANONYMISED });
  await trx(t('dossiers')).whereIn('id', dossierIds).update({ caseManager: null, anonymisedOn: today });
}

export async function logRetention(trx: Knex, rows: { dossierId: string; code: string; closedOn: string; anonymisedOn: string; personsAnonymised: number }[]) {
  if (rows.length) await trx.batchInsert(t('retention_log'), rows, 1000);
}

/* Case work: what the mutations read (and lock) and write, inside their transaction. */

export type LockedDossier = WithAttributes<DossierRow>;

/** The dossier with its policy attributes, locked until the transaction ends; null if there is none. */
export async function lockDossier(trx: Knex, id: string): Promise<LockedDossier | null> {
  return (await dossiersWithAttributes(trx).where('d.id', id).forUpdate('d').first()) ?? null;
}

export const attributesOfDossier = ({ policyAttributes }: LockedDossier): RecordAttributes => policyAttributes;

/** The organisations that take part in the locked dossier's case consultation now. */
export const participantsOf = (dossier: LockedDossier): string[] => dossier.policyAttributes.participantIds ?? [];

/**
 * The Safe Home, locked: referrals to one Safe Home are numbered and deduplicated one at a time.
 * (NO KEY UPDATE: rows that merely reference the Safe Home can still be written meanwhile.)
 */
export async function lockSafeHome(trx: Knex, id: string): Promise<SafeHomeRow | null> {
  return (await trx(t('safe_homes')).where({ id }).forNoKeyUpdate().first()) ?? null;
}

/** The next case code of a Safe Home: its prefix and one more than its highest number. */
export async function nextDossierCode(trx: Knex, { codePrefix }: SafeHomeRow): Promise<string> {
  const [{ highest }] = await trx(t('dossiers'))
    .where('code', 'like', `${codePrefix}%`)
    .select(trx.raw('max(substring(code from ?::int)::int) AS highest', [codePrefix.length + 1]));
  return `${codePrefix}${String((highest ?? 0) + 1).padStart(4, '0')}`;
}

/** The oldest open dossier of this Safe Home that any of these persons is in, locked. */
export async function openDossierOfPersons(trx: Knex, safeHomeId: string, personIds: string[]): Promise<LockedDossier | null> {
  if (!personIds.length) return null;
  const row: LockedDossier | undefined = await dossiersWithAttributes(trx)
    .where('d.safeHomeId', safeHomeId)
    .whereNot('d.status', DossierStatus.CLOSED)
    .whereExists((roles) => roles.from('persons.person_roles as r').whereRaw('r.dossier_id = d.id').whereIn('r.personId', personIds))
    .orderBy('d.code')
    .forUpdate('d')
    .first();
  return row ?? null;
}

/**
 * Whether any of these persons was referred to this Safe Home in the 12 months before the date, in a
 * referral the actor may read (a derived flag tells no more than a read would), and not in that one dossier.
 */
export async function referredWithin12Months(trx: Knex, ability: HubAbility, safeHomeId: string, personIds: string[], onDate: string, exceptDossierId: string | null = null): Promise<boolean> {
  if (!personIds.length) return false;
  const query = whereVisible(trx('dossiers.referrals as referral').join('dossiers.dossiers as d', 'd.id', 'referral.dossierId'), ability, 'Referral', dossierRecordAttributes, 'referral')
    .where('d.safeHomeId', safeHomeId)
    .whereExists((roles) => roles.from('persons.person_roles as r').whereRaw('r.dossier_id = referral.dossier_id').whereIn('r.personId', personIds))
    .whereRaw(`coalesce(referral.incident_on, referral.referred_on) BETWEEN ?::date - interval '12 months' AND ?::date`, [onDate, onDate]);
  if (exceptDossierId) query.whereNot('referral.dossierId', exceptDossierId);
  return Boolean(await query.first('referral.id'));
}

/** Moves a dossier's referrals into another dossier, each with its repeat flag as judged there. */
export async function moveReferrals(trx: Knex, referrals: { id: string; repeatWithinYear: boolean }[], intoDossierId: string): Promise<void> {
  for (const { id, repeatWithinYear } of referrals) await trx(t('referrals')).where({ id }).update({ dossierId: intoDossierId, repeatWithinYear });
}

/**
 * Changes a record that carries an optimistic-concurrency version, and bumps the version. The
 * caller has locked the row and checked the version the change was made against.
 */
interface VersionedRows {
  dossiers: DossierRow;
  case_consultations: CaseConsultationRow;
  action_plan_items: ActionPlanItemRow;
}

export async function updateVersioned<Table extends keyof VersionedRows>(trx: Knex, table: Table, id: string, changes: Partial<VersionedRows[Table]>): Promise<VersionedRows[Table]> {
  const [row]: VersionedRows[Table][] = await trx(t(table)).where({ id }).update({ ...changes, version: trx.raw('version + 1') }, '*');
  return row;
}

/** The dossier a consultation or an action belongs to (read before locking: mutations lock the dossier first, then the record). */
export async function dossierIdOf(trx: Knex, table: Exclude<keyof VersionedRows, 'dossiers'>, id: string): Promise<string | null> {
  const row: { dossierId: string } | undefined = await trx(t(table)).select('dossierId').where({ id }).first();
  return row?.dossierId ?? null;
}

export async function lockConsultation(trx: Knex, id: string): Promise<CaseConsultationRow | null> {
  return (await trx(t('case_consultations')).where({ id }).forUpdate().first()) ?? null;
}

export async function insertParticipants(trx: Knex, caseConsultationId: string, organisationIds: string[]): Promise<void> {
  await trx(t('case_consultation_participants')).insert(organisationIds.map((organisationId) => ({ caseConsultationId, organisationId })));
}

/** Marks an organisation as having left a dossier's case consultation. */
export async function leaveConsultations(trx: Knex, dossierId: string, organisationId: string, leftOn: string): Promise<void> {
  await trx(t('case_consultation_participants'))
    .where({ organisationId })
    .whereNull('leftOn')
    .whereIn('caseConsultationId', trx(t('case_consultations')).select('id').where({ dossierId }))
    .update({ leftOn });
}

export async function lockAction(trx: Knex, id: string): Promise<ActionPlanItemRow | null> {
  return (await trx(t('action_plan_items')).where({ id }).forUpdate().first()) ?? null;
}

/** Cancels a dossier's open actions (at closure). */
export async function cancelOpenActions(trx: Knex, dossierId: string): Promise<void> {
  await trx(t('action_plan_items')).where({ dossierId, status: 'OPEN' }).update({ status: 'CANCELLED', version: trx.raw('version + 1') });
}

export async function referralsByDossiers(db: Knex, ids: readonly string[]) {
  const rows: ReferralRow[] = await db(t('referrals')).whereIn('dossierId', ids).orderBy(['referredOn', 'createdAt', 'id']);
  return manyPer(ids, rows, (row) => row.dossierId);
}

export async function invitedIdsByConsultations(db: Knex, ids: readonly string[]): Promise<string[][]> {
  const rows: ConsultationMemberRow[] = await db(t('case_consultation_invitations')).whereIn('caseConsultationId', ids).orderBy('organisationId');
  return manyPer(ids, rows, (row) => row.caseConsultationId).map((list) => list.map((row) => row.organisationId));
}

/** Open actions past their due date in the open dossiers the actor may see, oldest due first, a page at a time. */
export async function overdueActionPage(db: Knex, ability: HubAbility, asOf: string, first: number, afterId: string | null) {
  const page = whereVisible(
    db('dossiers.action_plan_items as a').join('dossiers.dossiers as d', 'd.id', 'a.dossierId').select('a.*', attributesColumn(db, dossierRecordAttributes, 'a')),
    ability, 'ActionPlanItem', dossierRecordAttributes, 'a',
  )
    .where('a.status', 'OPEN')
    .where('a.dueOn', '<', asOf)
    .whereNot('d.status', DossierStatus.CLOSED)
    .orderBy(['a.id'])
    .limit(first + 1);
  if (afterId) page.where('a.id', '>', afterId);
  const rows: WithAttributes<ActionPlanItemRow>[] = await page;
  return { rows: rows.slice(0, first).map(withRecordAttributes), hasNextPage: rows.length > first };
}
