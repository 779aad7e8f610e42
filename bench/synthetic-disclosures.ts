import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Disclosure, LineFacts, RequestLines } from '../audit-log/disclosure';
import { classification, rules } from '../policy';

type DisclosedField = Disclosure['fields'][number];

/** A record type's fields as the log names them, each with the first allow rule of its category and that rule's legal bases. */
function disclosedFields(typeName: string): DisclosedField[] {
  return Object.entries(classification[typeName]).flatMap(([field, category]) => {
    const rule = typeof category === 'string' ? rules.find((r) => r.effect === 'allow' && !r.breakGlass && r.categories.includes(category)) : undefined;
    return rule ? [{ field: `${typeName}.${field}`, category: category as string, rules: [rule.id], legalBasis: [...rule.legalBasis] }] : [];
  });
}

const fieldsOf = { Dossier: disclosedFields('Dossier'), Person: disclosedFields('Person') };
const documentHash = createHash('sha256').update('query DossierPage').digest('hex');

/**
 * The lines of one synthetic request, shaped like the bench's page of 50 dossiers with their
 * persons as the hub logs it: `subjects` SUBJECT lines (one dossier with 4 fields to three persons
 * with 2, the same fields on every record, as on the real page) and one SUMMARY line. Ids are random; nothing names anyone.
 */
export function syntheticRequestLines(subjects: number): RequestLines {
  const request = {
    occurredAt: new Date(),
    requestId: randomUUID(),
    traceId: randomBytes(16).toString('hex'),
    actorSubject: 'bench-audit',
    organisationId: 'limburg-safe-home',
    role: 'CASE_MANAGER',
    purpose: 'CASE_MANAGEMENT',
    operationName: 'DossierPage',
    documentHash,
    breakGlass: false,
    justification: null,
    hiddenUntil: null,
  };
  const subjectLines = Array.from({ length: subjects }, (_, i): LineFacts => {
    const subjectType = i % 4 === 0 ? 'Dossier' : 'Person';
    const fields = fieldsOf[subjectType].slice(0, subjectType === 'Dossier' ? 4 : 2);
    return { kind: 'SUBJECT', subjectType, subjectId: randomUUID(), fields, denied: [], outcome: 'DISCLOSED' };
  });
  const summary: LineFacts = { kind: 'SUMMARY', subjectType: null, subjectId: null, fields: disclosedFields('PageInfo'), denied: [], outcome: 'DISCLOSED' };
  return { request, lines: [...subjectLines, summary] };
}
