import { Knex } from 'knex';
import { RecordAttributes } from '../../policy';
import { withAccess } from './access';
import { manyPer, onePer } from './batch';
import { SubgraphContext } from './context';
import { attributesColumn, RecordAttributeMap, through, WithAttributes } from './record-attribute-sql';

/**
 * The policy attributes of dossiers and of persons in them, as the dossiers and persons subgraphs
 * publish them for the policy (the views dossiers.access_facts, dossiers.consultation_participants,
 * persons.person_roles). Any subgraph resolving a Dossier or Person reference, or a record of a
 * dossier, reads them through these maps.
 */

/** The organisations that take part in a dossier's case consultation now, given the SQL of its id. */
export const participantIdsSql = (dossierId: string) =>
  `ARRAY(SELECT participant.organisation_id FROM dossiers.consultation_participants participant WHERE participant.dossier_id = ${dossierId} ORDER BY 1)`;

/** A dossier's attributes, given the SQL of its id (the subqueries' own aliases are named so that no query's alias hides them). */
export const dossierAttributes: RecordAttributeMap = {
  safeHomeId: { sql: (id) => `(SELECT facts.safe_home_id FROM dossiers.access_facts facts WHERE facts.dossier_id = ${id})` },
  dossierStatus: { sql: (id) => `(SELECT facts.dossier_status FROM dossiers.access_facts facts WHERE facts.dossier_id = ${id})` },
  participantIds: { sql: participantIdsSql, list: true },
};

/** The attributes of a record of one dossier (a referral, an action, an assessment), given its row's alias: its dossier's. */
export const dossierRecordAttributes = through(dossierAttributes, (row) => `${row}.dossier_id`);

/** A person's place in one dossier, given the alias of a row with its dossier_id and role (persons.dossier_persons): the dossier's attributes, the role there. */
export const dossierPersonAttributes: RecordAttributeMap = {
  ...dossierRecordAttributes,
  personRole: { sql: (role) => `${role}.role` },
};

/** A person's attributes in one dossier, given the alias of their persons.person_roles row: their place there, their address protection. */
export const personInDossierAttributes: RecordAttributeMap = {
  ...dossierPersonAttributes,
  addressProtected: { sql: (role) => `${role}.address_protected` },
};

export async function dossierFactsByIds(db: Knex, ids: readonly string[]): Promise<(RecordAttributes | null)[]> {
  const rows: WithAttributes<{ dossierId: string }>[] = await db('dossiers.access_facts as f')
    .select('f.dossierId', attributesColumn(db, dossierAttributes, 'f.dossier_id'))
    .whereIn('f.dossierId', ids);
  return onePer(ids, rows, (row) => row.dossierId).map((row) => row?.policyAttributes ?? null);
}

/** Per person, one set of attributes per dossier they are in (their role there included). */
export async function personAttributesByIds(db: Knex, ids: readonly string[]): Promise<RecordAttributes[][]> {
  const rows: WithAttributes<{ personId: string }>[] = await db('persons.person_roles as r')
    .select('r.personId', attributesColumn(db, personInDossierAttributes, 'r'))
    .whereIn('r.personId', ids);
  return manyPer(ids, rows, (row) => row.personId).map((list) => list.map((row) => row.policyAttributes));
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
