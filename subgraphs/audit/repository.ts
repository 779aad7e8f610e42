import { Knex } from 'knex';
import { BreakGlassRequest, BreakGlassReview, Disclosure, DisclosureFilter, SubjectAccessEntry } from './types';

/** All SQL of the audit subgraph: reads of the disclosure log, never writes. */
function filtered(db: Knex, filter: DisclosureFilter) {
  const query = db('audit.disclosures as l');
  if (filter.personId) query.where({ 'l.subjectType': 'Person', 'l.subjectId': filter.personId });
  if (filter.dossierId) {
    query.where((about) =>
      about
        .where({ 'l.subjectType': 'Dossier', 'l.subjectId': filter.dossierId })
        .orWhere((person) => person.where('l.subjectType', 'Person').whereIn('l.subjectId', db('persons.person_roles').select(db.raw('person_id::text')).where('dossierId', filter.dossierId!))),
    );
  }
  if (filter.organisationId) query.where('l.organisationId', filter.organisationId);
  if (filter.from) query.where('l.occurredAt', '>=', filter.from);
  if (filter.to) query.where('l.occurredAt', '<', filter.to);
  if (filter.breakGlassOnly) query.where('l.breakGlass', true);
  return query;
}

/** A page of log lines, newest first, before a position in the chain; and how many match in all. */
export async function disclosurePage(db: Knex, filter: DisclosureFilter, first: number, beforeSeq: number | null) {
  const page = filtered(db, filter).select('l.*').orderBy('l.seq', 'desc').limit(first + 1);
  if (beforeSeq) page.where('l.seq', '<', beforeSeq);
  const [rows, [{ count }]] = await Promise.all([page as Promise<Disclosure[]>, filtered(db, filter).count({ count: '*' })]);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: Number(count) };
}

/**
 * What a person may be told (GDPR art. 15): every disclosure of their own record or of a dossier
 * they are in, and every write to them, except those held for an investigation until a date that has not come.
 */
export async function subjectAccessEntries(db: Knex, personId: string, today: string): Promise<SubjectAccessEntry[]> {
  const rows: (Disclosure & { subjectType: string })[] = await db('audit.disclosures as l')
    .whereIn('l.kind', ['SUBJECT', 'CHANGE'])
    .whereIn('l.outcome', ['DISCLOSED', 'PARTIAL', 'WRITTEN'])
    .where((about) =>
      about
        .where({ 'l.subjectType': 'Person', 'l.subjectId': personId })
        .orWhere((dossier) => dossier.where('l.subjectType', 'Dossier').whereIn('l.subjectId', db('persons.person_roles').select(db.raw('dossier_id::text')).where('personId', personId))),
    )
    .where((held) => held.whereNull('l.hiddenUntil').orWhere('l.hiddenUntil', '<=', today))
    .orderBy('l.seq');
  return rows.map((row) => ({
    occurredAt: row.occurredAt,
    organisationId: row.organisationId,
    organisation: { id: row.organisationId },
    role: row.role,
    purpose: row.purpose,
    outcome: row.outcome,
    record: row.subjectType,
    categories: [...new Set(row.fields.map((field) => field.category))],
    legalBasis: [...new Set(row.fields.flatMap((field) => field.legalBasis))],
  }));
}

const unreviewed = (db: Knex) =>
  db('audit.disclosures as l')
    .where('l.breakGlass', true)
    .whereNot('l.outcome', 'DENIED')
    .whereNotExists((review) => review.from('audit.break_glass_reviews as r').whereRaw('r.request_id = l.request_id'));

/** Break-glass requests nobody has reviewed yet, oldest first. */
export async function breakGlassQueue(db: Knex, first: number, afterSeq: number | null) {
  const page = unreviewed(db)
    .select('l.requestId', 'l.actorSubject', 'l.organisationId', 'l.role', 'l.purpose', 'l.justification')
    .min({ occurredAt: 'l.occurredAt', firstSeq: 'l.seq' })
    .count({ lines: '*' })
    .groupBy('l.requestId', 'l.actorSubject', 'l.organisationId', 'l.role', 'l.purpose', 'l.justification')
    .orderBy('firstSeq')
    .limit(first + 1);
  if (afterSeq) page.having(db.raw('min(l.seq) > ?', [afterSeq]));
  const total = db.from(unreviewed(db).distinct('l.requestId').as('q')).count({ count: '*' });
  const [rows, [{ count }]] = await Promise.all([page as unknown as Promise<(BreakGlassRequest & { firstSeq: number })[]>, total]);
  return { rows: rows.slice(0, first).map((row) => ({ ...row, organisation: { id: row.organisationId } })), hasNextPage: rows.length > first, totalCount: Number(count) };
}

export async function isUnreviewedBreakGlass(db: Knex, requestId: string): Promise<'unreviewed' | 'reviewed' | 'unknown'> {
  const line = await db('audit.disclosures').where({ requestId, breakGlass: true }).whereNot('outcome', 'DENIED').first('seq');
  if (!line) return 'unknown';
  return (await db('audit.break_glass_reviews').where({ requestId }).first()) ? 'reviewed' : 'unreviewed';
}

export async function recordReview(db: Knex, review: Omit<BreakGlassReview, 'reviewedAt'>): Promise<BreakGlassReview> {
  const [row] = await db('audit.break_glass_reviews').insert(review).returning('*');
  return row;
}
