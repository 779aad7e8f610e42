import type { Request } from 'express';
import type { Actor } from '../policy/actor';

/** What the gateway established about a request before GraphQL sees it: who asks, and until when its disclosures are held from subject access. */
export interface Admission {
  actor: Actor;
  /** The partner application the token was issued to, when it names one. */
  application: string | null;
  hiddenUntil: string | null;
}

const admissions = new WeakMap<Request, Admission>();

/** Records (or updates) what is known of an admitted request; it goes with the request. */
export function admit(req: Request, admission: Admission): void {
  admissions.set(req, admission);
}

/** What authentication established about this request; a request that reaches GraphQL unauthenticated is a wiring error. */
export function admissionOf(req: Request): Admission {
  const admission = admissions.get(req);
  if (!admission) throw new Error('a request reached the gateway without being authenticated');
  return admission;
}

/** What authentication established of a request, if it admitted it (for the request log and metrics, which also see refused requests). */
export const admitted = (req: Request): Admission | undefined => admissions.get(req);
