import { randomBytes } from 'node:crypto';
import { RequestLines } from '../../audit-log/disclosure';

/** A W3C trace for a request, so a test can find that request's lines in the disclosure log. */
export function newTrace() {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${'0'.repeat(15)}1-01` };
}

/** A request with one summary line, for tests that write the disclosure log directly. */
export function logLine(occurredAt: string | Date, requestId: string, traceId = 't'): RequestLines {
  return {
    request: {
      occurredAt: new Date(occurredAt), requestId, traceId, actorSubject: 's', organisationId: 'limburg-police', role: 'POLICE_LIAISON',
      purpose: 'CASE_CONSULTATION', operationName: null, documentHash: 'h', breakGlass: false, justification: null, hiddenUntil: null,
    },
    lines: [{ kind: 'SUMMARY', subjectType: null, subjectId: null, fields: [], denied: [], outcome: 'NOTHING' }],
  };
}
