import type { Actor } from '../policy';

/** One line of the disclosure log: what left the hub about one record (or, for non-personal answers, a summary). */
export interface Disclosure {
  occurredAt: Date;
  requestId: string;
  traceId: string;
  actorSubject: string;
  organisationId: string;
  role: string;
  purpose: string;
  operationName: string | null;
  documentHash: string;
  /** SUBJECT: read about a person or dossier; SUMMARY: no such record; CHANGE: a record written by a mutation. */
  kind: 'SUBJECT' | 'SUMMARY' | 'CHANGE';
  subjectType: string | null;
  subjectId: string | null;
  /** Each field disclosed or written, with the policy rules that allowed it for this record and their legal bases. */
  fields: { field: string; category: string; rules: string[]; legalBasis: string[] }[];
  denied: { field: string; reason: string }[];
  outcome: 'DISCLOSED' | 'PARTIAL' | 'DENIED' | 'NOTHING' | 'WRITTEN';
  breakGlass: boolean;
  justification: string | null;
  hiddenUntil: string | null;
}

/** What every line of one request (or one mutation) says about the request itself: when, who, why, which operation. */
export const requestFactNames = ['occurredAt', 'requestId', 'traceId', 'actorSubject', 'organisationId', 'role', 'purpose', 'operationName', 'documentHash', 'breakGlass', 'justification', 'hiddenUntil'] as const;
export type RequestFacts = Pick<Disclosure, (typeof requestFactNames)[number]>;
/** What a line says of its own record. */
export type LineFacts = Omit<Disclosure, keyof RequestFacts>;

/** One request's lines, as they are appended: the request's facts once, each line's own. */
export interface RequestLines {
  request: RequestFacts;
  lines: LineFacts[];
}

/** Who a line is about doing it: the actor, their organisation, role and purpose, and any break-glass. */
export function actorFacts(actor: Actor): Pick<Disclosure, 'actorSubject' | 'organisationId' | 'role' | 'purpose' | 'breakGlass' | 'justification'> {
  return {
    actorSubject: actor.subject,
    organisationId: actor.organisationId,
    role: actor.role,
    purpose: actor.purpose,
    breakGlass: actor.breakGlass !== undefined,
    justification: actor.breakGlass?.justification ?? null,
  };
}
