import { Knex } from 'knex';
import { HubAbility, RecordAttributes } from '../../policy';
import { withAccess } from '../common/access';
import { whereVisible } from '../common/policy-sql';
import { attributesColumn, attributesObject, RecordAttributeMap, WithAttributes, withRecordAttributes } from '../common/record-attribute-sql';
import { BreakGlassRequestRow, BreakGlassReviewRow, DisclosureRow } from './rows';
import { DisclosureFilter, SubjectAccessEntry } from './types';

/** All SQL of the audit subgraph: reads of the disclosure log, and the DPO's reviews. */

// Log lines name their record by a text id; only a UUID can be one of the hub's records.
const uuid = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * The Safe Homes of the record a line (l) is about, from the facts the dossiers and persons subgraphs
 * publish, or for a decision on an application or one of its trusted documents (subject id: the
 * application's, then the document's), its application's organisation's; NULL for none.
 */
const subjectRegions = `CASE WHEN l.subject_id ~ '${uuid}' THEN CASE l.subject_type
    WHEN 'Dossier' THEN ARRAY(SELECT f.safe_home_id FROM dossiers.access_facts f WHERE f.dossier_id = l.subject_id::uuid)
    WHEN 'Person' THEN ARRAY(SELECT f.safe_home_id FROM persons.person_roles r JOIN dossiers.access_facts f ON f.dossier_id = r.dossier_id WHERE r.person_id = l.subject_id::uuid)
    WHEN 'AnonymousConsult' THEN ARRAY(SELECT c.safe_home_id FROM dossiers.anonymous_consult_regions c WHERE c.consult_id = l.subject_id::uuid)
  END WHEN l.subject_type IN ('TrustedDocument', 'Application') THEN ARRAY(SELECT o.safe_home_id FROM audit.applications a JOIN dossiers.organisation_regions o ON o.organisation_id = a.organisation_id
    WHERE a.id = split_part(l.subject_id, ' ', 1) AND o.safe_home_id IS NOT NULL)
  END`;

/**
 * Log lines (as l) with the Safe Home regions each belongs to (as r.region_ids), as the rule
 * dpo-audit-own-region says: the region of its record; for a person in several regions, the
 * region of the organisation that read or wrote them if it is one of those, else all of them; for
 * a line about no record of a region, the region of the organisation that asked (none for the central team).
 */
function linesWithRegions(db: Knex) {
  // OFFSET 0 keeps each line's record looked up once, not once per use in the expression after it.
  return db('audit.disclosures as l')
    .leftJoin('dossiers.organisationRegions as asker', 'asker.organisationId', 'l.organisationId')
    .joinRaw(`CROSS JOIN LATERAL (SELECT coalesce(${subjectRegions}, '{}') AS regions OFFSET 0) subject`)
    .joinRaw(`CROSS JOIN LATERAL (SELECT CASE WHEN subject.regions = '{}' OR asker.safe_home_id = ANY(subject.regions)
      THEN array_remove(ARRAY[asker.safe_home_id], NULL) ELSE subject.regions END AS region_ids) r`);
}

/** A log line's attributes, given the alias of its regions (r of linesWithRegions). */
export const lineAttributes: RecordAttributeMap = { regionIds: { sql: (regions) => `${regions}.region_ids`, list: true } };

/** The lines the actor may see, as records of a type of the log (their rows never leave PostgreSQL otherwise). */
const visibleLines = (db: Knex, ability: HubAbility, typeName: 'Disclosure' | 'BreakGlassRequest' | 'SubjectAccessEntry') =>
  whereVisible(linesWithRegions(db), ability, typeName, lineAttributes, 'r');

function filtered(db: Knex, ability: HubAbility, filter: DisclosureFilter) {
  const query = visibleLines(db, ability, 'Disclosure');
  if (filter.personId) query.where({ 'l.subjectType': 'Person', 'l.subjectId': filter.personId });
  if (filter.dossierId) {
    const dossierId = filter.dossierId;
    const persons = new RegExp(uuid).test(dossierId) ? db('persons.person_roles').select(db.raw('person_id::text')).where('dossierId', dossierId) : [];
    query.where((about) => about.where({ 'l.subjectType': 'Dossier', 'l.subjectId': dossierId }).orWhere((person) => person.where('l.subjectType', 'Person').whereIn('l.subjectId', persons)));
    // A line about a person is about their dossiers in the line's regions: their dossier in another region does not select it.
    query.where((about) => about.where('l.subjectType', 'Dossier').orWhereRaw('(SELECT f.safe_home_id FROM dossiers.access_facts f WHERE f.dossier_id::text = ?) = ANY(r.region_ids)', [dossierId]));
  }
  if (filter.organisationId) query.where('l.organisationId', filter.organisationId);
  if (filter.from) query.where('l.occurredAt', '>=', filter.from);
  if (filter.to) query.where('l.occurredAt', '<', filter.to);
  if (filter.breakGlassOnly) query.where('l.breakGlass', true);
  if (filter.outcome) query.where('l.outcome', filter.outcome);
  return query;
}

/** A page of the log lines the actor may see, newest first, before a position in the chain; and how many match in all. */
export async function disclosurePage(db: Knex, ability: HubAbility, filter: DisclosureFilter, first: number, beforeSeq: number | null) {
  const page = filtered(db, ability, filter).select('l.*', attributesColumn(db, lineAttributes, 'r')).orderBy('l.seq', 'desc').limit(first + 1);
  if (beforeSeq) page.where('l.seq', '<', beforeSeq);
  const [rows, [{ count }]] = await Promise.all([page as Promise<WithAttributes<DisclosureRow>[]>, filtered(db, ability, filter).count({ count: '*' })]);
  return { rows: rows.slice(0, first).map(withRecordAttributes), hasNextPage: rows.length > first, totalCount: Number(count) };
}

/**
 * What a person may be told (GDPR art. 15), of the lines the actor may see: every disclosure of
 * their own record or of a dossier they are in, and every write to them, except those held for an
 * investigation until a date that has not come.
 */
export async function subjectAccessEntries(db: Knex, ability: HubAbility, personId: string, today: string): Promise<SubjectAccessEntry[]> {
  const rows: WithAttributes<DisclosureRow & { subjectType: string }>[] = await visibleLines(db, ability, 'SubjectAccessEntry')
    .select('l.*', attributesColumn(db, lineAttributes, 'r'))
    .whereIn('l.kind', ['SUBJECT', 'CHANGE'])
    .whereIn('l.outcome', ['DISCLOSED', 'PARTIAL', 'WRITTEN'])
    .where((about) =>
      about
        .where({ 'l.subjectType': 'Person', 'l.subjectId': personId })
        .orWhere((dossier) => dossier.where('l.subjectType', 'Dossier').whereIn('l.subjectId', db('persons.person_roles').select(db.raw('dossier_id::text')).where('personId', personId))),
    )
    .where((held) => held.whereNull('l.hiddenUntil').orWhere('l.hiddenUntil', '<=', today))
    .orderBy('l.seq');
  return rows.map((row) =>
    withAccess({
      occurredAt: row.occurredAt,
      organisation: { id: row.organisationId },
      role: row.role,
      purpose: row.purpose,
      outcome: row.outcome,
      record: row.subjectType,
      categories: [...new Set(row.fields.map((field) => field.category))],
      legalBasis: [...new Set(row.fields.flatMap((field) => field.legalBasis))],
    }, row.policyAttributes),
  );
}

/** The lines of break-glass requests the actor may see (a refused attempt is no request). */
const breakGlassLines = (db: Knex, ability: HubAbility) => visibleLines(db, ability, 'BreakGlassRequest').where('l.breakGlass', true).whereNot('l.outcome', 'DENIED');

const unreviewed = (db: Knex, ability: HubAbility) =>
  breakGlassLines(db, ability).whereNotExists((review) => review.from('audit.break_glass_reviews as v').whereRaw('v.request_id = l.request_id'));

/** A request's attributes: the regions of its lines the actor may see. */
const requestAttributes = (lines: RecordAttributes[]): RecordAttributes => ({ regionIds: [...new Set(lines.flatMap((line) => line.regionIds ?? []))] });

/** Break-glass requests the actor may see that nobody has reviewed yet, oldest first, each with the lines the actor may see. */
export async function breakGlassQueue(db: Knex, ability: HubAbility, first: number, afterSeq: number | null) {
  const page = unreviewed(db, ability)
    .select('l.requestId', 'l.actorSubject', 'l.organisationId', 'l.role', 'l.purpose', 'l.justification')
    .min({ occurredAt: 'l.occurredAt', firstSeq: 'l.seq' })
    .count({ lines: '*' })
    .select(db.raw(`jsonb_agg(${attributesObject(lineAttributes, 'r')}) AS lines_attributes`))
    .groupBy('l.requestId', 'l.actorSubject', 'l.organisationId', 'l.role', 'l.purpose', 'l.justification')
    .orderBy('firstSeq')
    .limit(first + 1);
  if (afterSeq) page.having(db.raw('min(l.seq) > ?', [afterSeq]));
  const total = db.from(unreviewed(db, ability).distinct('l.requestId').as('q')).count({ count: '*' });
  const [rows, [{ count }]]: [(BreakGlassRequestRow & { linesAttributes: RecordAttributes[] })[], { count: number }[]] = await Promise.all([page, total]);
  return {
    rows: rows.slice(0, first).map(({ linesAttributes, ...row }) => withAccess(row, requestAttributes(linesAttributes))),
    hasNextPage: rows.length > first,
    totalCount: Number(count),
  };
}

/** A break-glass request the actor may see, with its regions; null when there is none (or it is another region's). */
export async function visibleBreakGlassRequest(db: Knex, ability: HubAbility, requestId: string): Promise<RecordAttributes | null> {
  const lines: WithAttributes<object>[] = await breakGlassLines(db, ability).where('l.requestId', requestId).select(attributesColumn(db, lineAttributes, 'r'));
  return lines.length ? requestAttributes(lines.map((line) => line.policyAttributes)) : null;
}

/** Records a review; null when the request already has one (a review is final). */
export async function recordReview(db: Knex, review: Omit<BreakGlassReviewRow, 'reviewedAt'>): Promise<BreakGlassReviewRow | null> {
  const [row]: BreakGlassReviewRow[] = await db('audit.break_glass_reviews').insert(review).onConflict('requestId').ignore().returning('*');
  return row ?? null;
}
