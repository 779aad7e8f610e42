import { Knex } from 'knex';
import { RecordAttributes } from '../../policy';
import { withAccess } from './access';
import { manyPer, onePer } from './batch';
import { SubgraphContext } from './context';
import { participantsSql as participants } from './policy-sql';

/**
 * The policy attributes of dossiers and of persons in them, read from the views the dossiers and
 * persons subgraphs publish for the policy (dossiers.access_facts, dossiers.consultation_participants,
 * persons.person_roles). Any subgraph resolving a Dossier or Person reference uses these.
 */

interface FactsRow {
  dossierId: string;
  safeHomeId: string;
  dossierStatus: string;
  participantIds: string[];
}

export const attributesFromFacts = ({ safeHomeId, dossierStatus, participantIds }: FactsRow): RecordAttributes => ({ safeHomeId, dossierStatus, participantIds });

/** The published facts of dossiers (as f) with their current consultation participants. */
export const dossierFacts = (db: Knex) =>
  db('dossiers.access_facts as f').select('f.dossierId', 'f.safeHomeId', 'f.dossierStatus', db.raw(`${participants('f.dossier_id')} AS participant_ids`));

export async function dossierFactsByIds(db: Knex, ids: readonly string[]): Promise<(RecordAttributes | null)[]> {
  const rows: FactsRow[] = await dossierFacts(db).whereIn('f.dossierId', ids);
  return onePer(ids, rows, (row) => row.dossierId).map((row) => (row ? attributesFromFacts(row) : null));
}

/** Per person, one set of attributes per dossier they are in (their role there included). */
export async function personAttributesByIds(db: Knex, ids: readonly string[]): Promise<RecordAttributes[][]> {
  const rows: (FactsRow & { personId: string; role: string; addressProtected: boolean })[] = await db('persons.person_roles as r')
    .join('dossiers.access_facts as f', 'f.dossierId', 'r.dossierId')
    .select('r.personId', 'r.role', 'r.addressProtected', 'f.dossierId', 'f.safeHomeId', 'f.dossierStatus', db.raw(`${participants('f.dossier_id')} AS participant_ids`))
    .whereIn('r.personId', ids);
  return manyPer(ids, rows, (row) => row.personId).map((list) =>
    list.map((row) => ({ ...attributesFromFacts(row), personRole: row.role, addressProtected: row.addressProtected })));
}

/** Select-list items that read a dossier's policy attributes next to a row holding its id. */
export function dossierAttributeColumns(db: Knex, dossierIdSql: string) {
  return [
    db.raw(`(SELECT f.safe_home_id FROM dossiers.access_facts f WHERE f.dossier_id = ${dossierIdSql}) AS policy_safe_home_id`),
    db.raw(`(SELECT f.dossier_status FROM dossiers.access_facts f WHERE f.dossier_id = ${dossierIdSql}) AS policy_dossier_status`),
    db.raw(`${participants(dossierIdSql)} AS policy_participant_ids`),
  ];
}

interface PolicyColumns {
  policySafeHomeId: string;
  policyDossierStatus: string;
  policyParticipantIds: string[];
}

/** Moves the policy columns of a row into its (hidden) policy attributes. */
export function withDossierAttributes<T extends object>(row: T & PolicyColumns): T {
  const { policySafeHomeId, policyDossierStatus, policyParticipantIds, ...record } = row;
  return withAccess(record as unknown as T, { safeHomeId: policySafeHomeId, dossierStatus: policyDossierStatus, participantIds: policyParticipantIds });
}

/** A Dossier reference from another subgraph: the id with the dossier's attributes, or null if there is none. */
export async function resolveDossierReference({ id }: { id: string }, context: SubgraphContext) {
  const attributes = await context.load(dossierFactsByIds, id);
  return attributes ? withAccess({ id }, attributes) : null;
}

/** A Person reference from another subgraph: the id with one attribute set per dossier the person is in. */
export async function resolvePersonReference({ id }: { id: string }, context: SubgraphContext) {
  const sets = await context.load(personAttributesByIds, id);
  return sets.length ? withAccess({ id }, sets) : null;
}
