import { randomUUID } from 'node:crypto';
import type { Actor } from '../policy/actor';
import { RequestLines } from '../audit-log/disclosure';
import { PolicyEngine } from './policy-engine';
import { isReadableText } from '../platform/readable-text';

export const MIN_JUSTIFICATION = 20;
export const MAX_JUSTIFICATION = 1000;

/**
 * An emergency declared on a request with `x-break-glass: <justification>` (URI-encoded text):
 * the actor's role must be one the policy names for break-glass, and the justification must say
 * something. Returns the justification, or why the declaration is refused.
 */
export function breakGlassDeclaration(policy: Pick<PolicyEngine, 'mayBreakGlass'>, actor: Actor, header: string): { justification: string } | { refused: string } {
  let justification: string;
  try {
    justification = decodeURIComponent(header).trim();
  } catch {
    return { refused: 'x-break-glass must be URI-encoded text' };
  }
  if (!policy.mayBreakGlass(actor)) return { refused: `a ${actor.role} of a ${actor.organisationType} may not break the glass for ${actor.purpose}` };
  if (justification.length < MIN_JUSTIFICATION || justification.length > MAX_JUSTIFICATION) {
    return { refused: `a break-glass needs a written justification of ${MIN_JUSTIFICATION} to ${MAX_JUSTIFICATION} characters` };
  }
  if (!isReadableText(justification)) {
    return { refused: 'a break-glass justification is plain text, without control characters or bidirectional overrides' };
  }
  return { justification };
}

/** The log line of a refused break-glass attempt: the attempt itself is accounted for. */
export function refusedAttemptLine(actor: Actor, header: string, reason: string, traceId: string): RequestLines {
  return {
    request: {
      occurredAt: new Date(), requestId: randomUUID(), traceId, actorSubject: actor.subject, organisationId: actor.organisationId, role: actor.role,
      purpose: actor.purpose, operationName: null, documentHash: '', breakGlass: true, justification: header.slice(0, MAX_JUSTIFICATION), hiddenUntil: null,
    },
    lines: [{ kind: 'SUMMARY', subjectType: null, subjectId: null, fields: [], denied: [{ field: 'break-glass', reason }], outcome: 'DENIED' }],
  };
}
