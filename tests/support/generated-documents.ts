import fc from 'fast-check';
import { getNamedType, GraphQLObjectType, GraphQLSchema, isLeafType, isNonNullType, isObjectType } from 'graphql';

/**
 * Operations drawn from a schema, for property tests: at each level a few fields of the type, with
 * their required arguments as variables, each field now and then aliased, inside an inline fragment
 * or a named one, under `@include(if: $flag)` or `@skip(if: true)`. The tree is kept beside the text
 * so a test can say what the operation selects without parsing it.
 */
export interface GeneratedField {
  /** The object type the field is selected on. */
  typeName: string;
  field: string;
  /** Left out by the document itself (`@skip(if: true)`): never runs. */
  skipped: boolean;
  children: GeneratedField[];
}

export interface GeneratedOperation {
  rootType: 'Query' | 'Mutation';
  text: string;
  fields: GeneratedField[];
}

const MAX_DEPTH = 4;

export function operationArbitrary(schema: GraphQLSchema, rootType: 'Query' | 'Mutation'): fc.Arbitrary<GeneratedOperation> {
  return fc.gen().map((g) => {
    const variables: string[] = [];
    const fragments: string[] = [];
    let names = 0;
    const next = (prefix: string) => `${prefix}${++names}`;
    const variable = (type: string) => {
      const name = next('v');
      variables.push(`$${name}: ${type}`);
      return `$${name}`;
    };
    let flag: string | undefined;

    const selectionOn = (type: GraphQLObjectType, depth: number): { text: string; fields: GeneratedField[] } => {
      const candidates = Object.values(type.getFields()).filter((field) => depth < MAX_DEPTH || isLeafType(getNamedType(field.type)));
      if (!candidates.length) return { text: '__typename', fields: [] };
      // fc.gen remembers its arbitraries by their arguments: names, not the schema's (cyclic) field objects.
      const chosen = g(fc.subarray, candidates.map((field) => field.name), { minLength: 1, maxLength: Math.min(4, candidates.length) });
      const parts = chosen.map((name) => {
        const field = type.getFields()[name];
        const args = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${variable(String(arg.type))}`);
        const target = getNamedType(field.type);
        const below = isObjectType(target) ? selectionOn(target, depth + 1) : undefined;
        const directive = g(fc.constantFrom, '', '', '', 'include', 'skip');
        const alias = g(fc.boolean) ? `${next('a')}: ` : '';
        const condition = directive === 'include' ? ` @include(if: ${(flag ??= variable('Boolean!'))})` : directive === 'skip' ? ' @skip(if: true)' : '';
        const text = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${condition}${below ? ` { ${below.text} }` : ''}`;
        const wrap = g(fc.constantFrom, 'none', 'none', 'inline', 'fragment');
        const generated: GeneratedField = { typeName: type.name, field: field.name, skipped: directive === 'skip', children: below?.fields ?? [] };
        if (wrap === 'inline') return { text: `... on ${type.name} { ${text} }`, generated };
        if (wrap === 'fragment') {
          const name = next('F');
          fragments.push(`fragment ${name} on ${type.name} { ${text} }`);
          return { text: `...${name}`, generated };
        }
        return { text, generated };
      });
      return { text: parts.map((part) => part.text).join(' '), fields: parts.map((part) => part.generated) };
    };

    const root = schema.getType(rootType);
    if (!isObjectType(root)) throw new Error(`the schema has no ${rootType} type`);
    const { text, fields } = selectionOn(root, 0);
    const operation = `${rootType === 'Query' ? 'query' : 'mutation'} Generated${variables.length ? `(${variables.join(', ')})` : ''} { ${text} }`;
    return { rootType, text: [operation, ...fragments].join('\n'), fields };
  });
}
