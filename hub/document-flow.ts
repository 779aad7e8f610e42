import {
  DirectiveNode, DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, GraphQLInputType, GraphQLObjectType, GraphQLSchema, isAbstractType,
  isInputObjectType, Kind, OperationDefinitionNode, parse, SelectionSetNode, validate,
} from 'graphql';
import { compositeTypeOf, possibleTypes } from '../gateway/operation-walk';
import { defineAbilityFor } from '../policy/ability';
import { Actor } from '../policy/actor';
import { FieldFlow, fieldFlow } from '../policy/field-flow';

/** Who a document's answers would go to: a kind of actor, not a person (the policy decides on these before any record). */
export type FlowRecipient = Pick<Actor, 'organisationType' | 'role' | 'purpose'> & { breakGlass?: boolean };

/** An argument of a mutation and, for an input object, the fields it carries (what the mutation is given to write). */
export interface WrittenInput {
  name: string;
  fields?: WrittenInput[];
}

/** What a root field of a mutation changes: its schema description, and the inputs the document passes it. */
export interface Write {
  field: string;
  description?: string;
  inputs: WrittenInput[];
}

/** What one document can disclose to, and change for, one kind of recipient, by the policy. */
export interface DocumentFlow {
  operationName?: string;
  operationType: OperationDefinitionNode['operation'];
  recipient: FlowRecipient;
  /**
   * Every field the document reaches, once each, in the order met: those allowed may be disclosed
   * (record by record, as their rules' conditions hold), the others never (null with FORBIDDEN).
   * Below a field never allowed nothing is reached: the gateway takes it out with its selections.
   */
  fields: FieldFlow[];
  /** Of a mutation: its root fields, what each writes (whether the recipient may is its field's flow). */
  writes: Write[];
}

const literally = (directive: DirectiveNode | undefined, value: boolean) => {
  const condition = directive?.arguments?.find((argument) => argument.name.value === 'if')?.value;
  return condition?.kind === Kind.BOOLEAN && condition.value === value;
};

/** Left out only when its directives say so in the document itself; one that depends on a variable may run, so it counts. */
const mayRun = (node: { directives?: readonly DirectiveNode[] }) =>
  !literally(node.directives?.find((d) => d.name.value === 'skip'), true) && !literally(node.directives?.find((d) => d.name.value === 'include'), false);

/**
 * The fields an object of this type gets from these selection sets, by response key, as graphql
 * collects them (fragments whose type condition it meets), but with every `@skip`/`@include` on a
 * variable taken as running: the flow is what the document can do, whatever it is sent with.
 */
function collect(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, type: GraphQLObjectType, sets: readonly SelectionSetNode[]) {
  const fields = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const applies = (condition?: string) => {
    const named = condition === undefined ? type : schema.getType(condition);
    return named === type || (!!named && isAbstractType(named) && schema.isSubType(named, type));
  };
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!mayRun(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** An input by name, with the fields of an input object (of one already on the path, its name only). */
function writtenInput(name: string, type: GraphQLInputType, seen: readonly string[]): WrittenInput {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.includes(named.name)) return { name };
  return { name, fields: Object.values(named.getFields()).map((field) => writtenInput(field.name, field.type, [...seen, named.name])) };
}

function writesOf(rootType: GraphQLObjectType, nodes: readonly FieldNode[]): Write {
  const definition = rootType.getFields()[nodes[0].name.value];
  const given = new Set(nodes.flatMap((node) => node.arguments?.map((argument) => argument.name.value) ?? []));
  return {
    field: definition.name,
    ...(definition.description ? { description: definition.description } : {}),
    inputs: definition.args.filter((arg) => given.has(arg.name)).map((arg) => writtenInput(arg.name, arg.type, [])),
  };
}

/**
 * The data flow of a document for a recipient, computed from the policy by walking the document
 * against the API schema as the gateway's pre-check does: each field on each type it can be read
 * on, decided by the recipient's ability; into a field only when some rule can let it through.
 * The document must be valid against the schema; an operation name picks one of several.
 */
export function documentFlow(schema: GraphQLSchema, source: DocumentNode | string, recipient: FlowRecipient, operationName?: string): DocumentFlow {
  const document = typeof source === 'string' ? parse(source) : source;
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`the document is not valid against the API schema: ${errors.map((error) => error.message).join('; ')}`);
  const operations = document.definitions.filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((node) => node.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) throw new Error(operationName ? `the document has no operation ${operationName}` : 'the document has several operations: name one');
  const fragments = Object.fromEntries(
    document.definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
  );
  const rootType = schema.getRootType(operation.operation)!;
  // Type-level questions only: the ids fill in rule conditions, which are checked on records, never here.
  const ability = defineAbilityFor({ subject: 'flow', organisationId: 'flow', safeHomeId: 'flow', ...recipient, breakGlass: recipient.breakGlass ? { justification: 'flow' } : undefined });
  const flows = new Map<string, FieldFlow>();
  const writes: Write[] = [];

  const walk = (types: readonly GraphQLObjectType[], sets: readonly SelectionSetNode[]) => {
    for (const type of types) {
      for (const nodes of collect(schema, fragments, type, sets).values()) {
        const name = nodes[0].name.value;
        if (name.startsWith('__')) continue;
        const coordinate = `${type.name}.${name}`;
        const flow = flows.get(coordinate) ?? fieldFlow(ability, type.name, name);
        flows.set(coordinate, flow);
        if (type === rootType && operation.operation === 'mutation' && !writes.some((write) => write.field === name)) writes.push(writesOf(type, nodes));
        const next = flow.allowed ? compositeTypeOf(type, name) : undefined;
        if (next) walk(possibleTypes(schema, next), nodes.map((node) => node.selectionSet!));
      }
    }
  };
  walk([rootType], [operation.selectionSet]);
  return { ...(operation.name ? { operationName: operation.name.value } : {}), operationType: operation.operation, recipient, fields: [...flows.values()], writes };
}
