import { GraphQLError, GraphQLSchema, isAbstractType } from 'graphql';
import { ADDED_KEYS, PLACEHOLDER, RemovedField } from './operation-filter';

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

function matchesType(schema: GraphQLSchema, object: JsonObject, typeName: string): boolean {
  const runtime = object[PLACEHOLDER] ?? object.__typename;
  if (typeof runtime !== 'string') return true;
  const type = schema.getType(typeName);
  if (type && isAbstractType(type)) return schema.getPossibleTypes(type).some((possible) => possible.name === runtime);
  return runtime === typeName;
}

/** Puts an object's keys in the operation's order (for its runtime type), what the gateway added last. */
function inOperationOrder(object: JsonObject, keysOn: Record<string, string[]>): void {
  const runtime = object[PLACEHOLDER] ?? object.__typename;
  const keys = (typeof runtime === 'string' && keysOn[runtime]) || Object.values(keysOn)[0] || [];
  const ordered = [...keys.filter((key) => key in object), ...Object.keys(object).filter((key) => !keys.includes(key))].map((key) => [key, object[key]] as const);
  for (const [key] of ordered) delete object[key];
  for (const [key, value] of ordered) object[key] = value;
}

export function forbidden(removed: RemovedField, path: (string | number)[]): GraphQLError {
  return new GraphQLError(removed.reason, { path, extensions: { code: 'FORBIDDEN', field: `${removed.parentType}.${removed.field}` } });
}

/**
 * Puts back, as null with a FORBIDDEN error at its concrete path and in its place among the
 * object's keys (a response's keys follow the operation), every field the filter removed
 * (operation-filter.ts found their response paths walking the operation), wherever the response
 * holds an object of the type that lost it: the response is followed along those paths only.
 */
export function restoreRemovedFields(schema: GraphQLSchema, data: unknown, removedFields: RemovedField[]): GraphQLError[] {
  const errors: GraphQLError[] = [];
  if (!data) return errors;
  for (const removed of removedFields) {
    const follow = (value: unknown, depth: number, path: (string | number)[]) => {
      if (Array.isArray(value)) return value.forEach((item, index) => follow(item, depth, [...path, index]));
      if (!isObject(value)) return;
      const key = removed.path[depth];
      if (depth < removed.path.length - 1) return follow(value[key], depth + 1, [...path, key]);
      if (!matchesType(schema, value, removed.parentType)) return;
      value[key] = null;
      inOperationOrder(value, removed.keysOn);
      errors.push(forbidden(removed, [...path, key]));
    };
    follow(data, 0, []);
  }
  return errors;
}

/** Drops the keys the gateway added to the operation: what the caller sees has the shape of what they asked. */
export function stripAddedKeys(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(stripAddedKeys);
  if (!isObject(value)) return;
  for (const key of ADDED_KEYS) delete value[key];
  Object.values(value).forEach(stripAddedKeys);
}

/** The errors of the response without those about keys the gateway added: they concern what it asked, not the caller. */
export const withoutErrorsOnAddedKeys = <E extends { path?: readonly (string | number)[] }>(errors: readonly E[]): E[] =>
  errors.filter((error) => !ADDED_KEYS.includes(String(error.path?.[error.path.length - 1])));
