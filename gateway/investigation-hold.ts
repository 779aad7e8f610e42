import type { Actor } from '../policy/actor';
import { PolicyEngine } from './policy-engine';

/**
 * The `x-investigation-hold-until: YYYY-MM-DD` header: an actor the policy allows (police or
 * prosecution) may keep what a request discloses out of the persons' subject-access reports until
 * that date (at most two years ahead). Returns the date, undefined when absent, or why it is refused.
 */
export function investigationHold(policy: Pick<PolicyEngine, 'mayHoldFromSubjectAccess'>, header: string | undefined, actor: Actor): string | undefined | { refused: string } {
  if (header === undefined) return undefined;
  if (!policy.mayHoldFromSubjectAccess(actor)) return { refused: 'only police or prosecution may hold disclosures from subject access' };
  const date = /^\d{4}-\d{2}-\d{2}$/.test(header) ? new Date(`${header}T00:00:00Z`) : null;
  const today = new Date();
  const latest = new Date(Date.UTC(today.getUTCFullYear() + 2, today.getUTCMonth(), today.getUTCDate()));
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== header) return { refused: 'x-investigation-hold-until must be a date YYYY-MM-DD' };
  if (date <= today || date > latest) return { refused: 'x-investigation-hold-until must be after today and at most two years ahead' };
  return header;
}
