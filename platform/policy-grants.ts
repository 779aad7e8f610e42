import { auditedTypes } from '../policy';

/**
 * The policy rules that granted each field of a request, by the audited record (person, dossier)
 * the field belongs to: what the disclosure log names as the legal basis of each field, for that
 * very record. Subgraphs report them beside their answer (extensions.policyGrants); the gateway
 * gathers them from every fetch of a request.
 */
export type PolicyGrants = Record<string, Record<string, string[]>>;

export const POLICY_GRANTS_EXTENSION = 'policyGrants';

/** The key of an audited record (`Person:<id>`), or '' for what belongs to none (the log's summary line). */
export const subjectKey = (typeName: string, id: string) => `${typeName}:${id}`;
export const NO_SUBJECT = '';

const SUBJECT = Symbol('audit subject');

/** The audited record a record belongs to: itself when audited, else the one it was reached from. */
export function subjectOf(typeName: string, record: unknown): string {
  if (!record || typeof record !== 'object') return NO_SUBJECT;
  const id = (record as { id?: unknown }).id;
  if (auditedTypes.has(typeName) && typeof id === 'string') return subjectKey(typeName, id);
  return (record as { [SUBJECT]?: string })[SUBJECT] ?? NO_SUBJECT;
}

/** Hands the audited record down to what a field resolved to, unless it is (or belongs to) one already. */
export function inheritSubject(value: unknown, subject: string): void {
  if (Array.isArray(value)) return value.forEach((item) => inheritSubject(item, subject));
  if (!subject || !value || typeof value !== 'object' || SUBJECT in value) return;
  Object.defineProperty(value, SUBJECT, { value: subject, enumerable: false, configurable: true });
}

/** Adds one grant: this rule granted this field of this record. */
export function addGrant(grants: PolicyGrants, subject: string, coordinate: string, rule: string): void {
  const fields = (grants[subject] ??= {});
  const rules = (fields[coordinate] ??= []);
  if (!rules.includes(rule)) rules.push(rule);
}

/** Merges one fetch's grants into the request's. */
export function mergeGrants(into: PolicyGrants, from: unknown): void {
  if (!from || typeof from !== 'object') return;
  for (const [subject, fields] of Object.entries(from as PolicyGrants)) {
    for (const [coordinate, rules] of Object.entries(fields ?? {})) {
      if (Array.isArray(rules)) rules.forEach((rule) => typeof rule === 'string' && addGrant(into, subject, coordinate, rule));
    }
  }
}
