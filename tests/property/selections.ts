import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, getNullableType, GraphQLField, GraphQLObjectType, GraphQLSchema, isListType, isObjectType } from 'graphql';

/**
 * Selections built from the public API schema (schema/api.graphql): every field of a type, and of
 * the types its fields lead to (of a type already on the path, only its scalars). A new field of
 * the schema is read by the property test without anyone adding it.
 */

export const apiSchema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));

export interface FieldSelection {
  name: string;
  /** Arguments as GraphQL source, e.g. { code: '$code' }. */
  args: Record<string, string>;
  /** The named type the field returns, and whether as a list. */
  typeName: string;
  list: boolean;
  /** Selected fields of an object type; empty for a scalar or enum. */
  children: FieldSelection[];
}

export const objectType = (typeName: string): GraphQLObjectType => {
  const type = apiSchema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the API schema`);
  return type;
};

const returned = (field: GraphQLField<unknown, unknown>) => ({ typeName: getNamedType(field.type).name, list: isListType(getNullableType(field.type)) });

/** Every field of a type, and below it; of a type already on the path (which would never end), its scalar fields only. */
export function selectAll(typeName: string, path: readonly string[] = [], scalarsOnly = false): FieldSelection[] {
  const onPath = [...path, typeName];
  return Object.values(objectType(typeName).getFields()).flatMap((field) => {
    const target = getNamedType(field.type);
    if (field.args.some((arg) => arg.type.toString().endsWith('!'))) throw new Error(`${typeName}.${field.name} needs arguments: select it as a root of its own`);
    if (!isObjectType(target)) return [{ name: field.name, args: {}, ...returned(field), children: [] }];
    if (scalarsOnly) return [];
    const children = selectAll(target.name, onPath, onPath.includes(target.name));
    return children.length ? [{ name: field.name, args: {}, ...returned(field), children }] : [];
  });
}

/** One field of a root type with its arguments, and everything below it. */
export function rootField(rootType: 'Query' | 'Mutation', name: string, args: Record<string, string>): FieldSelection {
  const field = objectType(rootType).getFields()[name];
  if (!field) throw new Error(`${rootType}.${name} is not in the API schema`);
  const target = getNamedType(field.type);
  return { name, args, ...returned(field), children: isObjectType(target) ? selectAll(target.name, [rootType]) : [] };
}

export function printSelection(selection: FieldSelection): string {
  const args = Object.entries(selection.args).map(([name, value]) => `${name}: ${value}`);
  const head = args.length ? `${selection.name}(${args.join(', ')})` : selection.name;
  return selection.children.length ? `${head} { ${selection.children.map(printSelection).join(' ')} }` : head;
}

/** The schema coordinates a selection reads, e.g. Person.phone. */
export function coordinatesOf(selection: FieldSelection, parentType: string): string[] {
  return [`${parentType}.${selection.name}`, ...selection.children.flatMap((child) => coordinatesOf(child, selection.typeName))];
}
