import { RecordAttributes } from '../../policy';

/** Text, prefixed with its length: no two texts or sequences of them read alike. */
const text = (value: string) => `${value.length}:${value}`;

/** A value as text, distinct for values a rule condition can tell apart; undefined for a kind of value attributes never hold. */
function valueKey(value: unknown): string | undefined {
  if (typeof value === 'string') return `s${text(value)}`;
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!Array.isArray(value)) return undefined;
  let key = `a${value.length}:`;
  for (let index = 0; index < value.length; index += 1) {
    const item = value[index];
    if (typeof item !== 'string') return undefined;
    key += text(item);
  }
  return key;
}

/**
 * A record's attribute sets as text, equal for two records only when no rule condition can tell
 * their sets apart: the same sets in the same order, the same attributes present (even as
 * undefined) in the same order, with the same values. Undefined when an attribute holds a value
 * of another kind than text, a boolean, null or a list of texts: such records are not compared.
 */
export function attributeSetsKey(sets: readonly RecordAttributes[]): string | undefined {
  let key = `${sets.length}`;
  for (const attributes of sets) {
    const names = Object.keys(attributes);
    key += `{${names.length}:`;
    for (const name of names) {
      const value = valueKey(attributes[name as keyof RecordAttributes]);
      if (value === undefined) return undefined;
      key += text(name) + value;
    }
  }
  return key;
}
