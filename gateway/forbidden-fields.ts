import { GraphQLError, GraphQLSchema, isAbstractType } from 'graphql';
import { AUDIT_ID, PLACEHOLDER, RemovedField } from './operation-filter';

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

function matchesType(schema: GraphQLSchema, object: Record<string, Json>, typeName: string): boolean {
  const runtime = object[PLACEHOLDER] ?? object.__typename;
  if (typeof runtime !== 'string') return true;
  const type = schema.getType(typeName);
  if (type && isAbstractType(type)) return schema.getPossibleTypes(type).some((possible) => possible.name === runtime);
  return runtime === typeName;
}

export function forbidden(removed: RemovedField, path: (string | number)[]): GraphQLError {
  return new GraphQLError(removed.reason, { path, extensions: { code: 'FORBIDDEN', field: `${removed.parentType}.${removed.field}` } });
}

/**
 * Puts back, as null with a FORBIDDEN error at its concrete path, every field the policy removed
 * from the operation, wherever the response holds an object it was selected on.
 */
export function restoreRemovedFields(schema: GraphQLSchema, data: Record<string, Json> | null | undefined, removedFields: RemovedField[]): GraphQLError[] {
  const errors: GraphQLError[] = [];
  if (!data) return errors;
  for (const removed of removedFields) {
    const visit = (value: Json, depth: number, path: (string | number)[]) => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, depth, [...path, index]));
      if (depth === removed.path.length - 1) {
        if (!matchesType(schema, value, removed.parentType)) return;
        const key = removed.path[depth];
        value[key] = null;
        errors.push(forbidden(removed, [...path, key]));
        return;
      }
      const key = removed.path[depth];
      visit(value[key], depth + 1, [...path, key]);
    };
    visit(data, 0, []);
  }
  return errors;
}

/** Drops the keys the gateway added to the operation: what the caller sees has the shape of what they asked. */
export function stripAddedKeys(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach(stripAddedKeys);
  delete (value as Record<string, unknown>)[PLACEHOLDER];
  delete (value as Record<string, unknown>)[AUDIT_ID];
  Object.values(value).forEach(stripAddedKeys);
}
