import { RecordAttributes } from '../../policy';

/**
 * The policy attributes of a record (its dossier's Safe Home, status and consultation
 * participants, a person's role, ...), kept on the record object under a symbol so they never
 * leave the subgraph. A person in several dossiers has one set per dossier.
 */
export const ACCESS = Symbol('access');

type WithAccess = { [ACCESS]?: RecordAttributes[] };

export function accessOf(record: unknown): RecordAttributes[] | undefined {
  return record && typeof record === 'object' ? (record as WithAccess)[ACCESS] : undefined;
}

export function withAccess<T extends object>(record: T, access: RecordAttributes | RecordAttributes[]): T {
  Object.defineProperty(record, ACCESS, { value: Array.isArray(access) ? access : [access], enumerable: false, configurable: true });
  return record;
}

/**
 * Hands a parent's attributes down to the records a field resolved to: what a child does not
 * carry itself (a situation description, an address) it has from the record it belongs to.
 */
export function inheritAccess(value: unknown, parent: RecordAttributes[]): void {
  if (Array.isArray(value)) return value.forEach((item) => inheritAccess(item, parent));
  if (!value || typeof value !== 'object') return;
  const own = accessOf(value);
  if (!own) withAccess(value, parent);
  else if (own.length === 1 && parent.length >= 1) withAccess(value, parent.map((facts) => ({ ...facts, ...own[0] })));
}
