import { Knex } from 'knex';
import { Disclosure, DisclosureFilter, SubjectAccessEntry } from './types';

/** All SQL of the audit subgraph: reads of the disclosure log, never writes. */
function filtered(db: Knex, filter: DisclosureFilter) {
  const query = db('audit.disclosures as l');
  if (filter.personId) query.where({ 'l.subjectType': 'Person', 'l.subjectId': filter.personId });
  if (filter.dossierId) {
    query.where((about) =>
      about
        .where({ 'l.subjectType': 'Dossier', 'l.subjectId': filter.dossierId })
        .orWhere((person) => person.where('l.subjectType', 'Person').whereIn('l.subjectId', db('persons.person_roles').select('personId').where('dossierId', filter.dossierId!))),
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
 * they are in, except those held for an investigation until a date that has not come.
 */
export async function subjectAccessEntries(db: Knex, personId: string, today: string): Promise<SubjectAccessEntry[]> {
  const rows: (Disclosure & { subjectType: string })[] = await db('audit.disclosures as l')
    .where('l.kind', 'SUBJECT')
    .whereIn('l.outcome', ['DISCLOSED', 'PARTIAL'])
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
    record: row.subjectType,
    categories: [...new Set(row.fields.map((field) => field.category))],
    legalBasis: [...new Set(row.fields.flatMap((field) => field.legalBasis))],
  }));
}
