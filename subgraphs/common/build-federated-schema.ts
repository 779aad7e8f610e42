import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLFieldResolver, GraphQLSchema, isAbstractType, isEnumType, isIntrospectionType, isObjectType, isScalarType } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema } from 'type-graphql';
import { SubgraphContext } from './context';
import { isVisible, policyGuard } from './guard';
import { SubgraphDefinition } from './subgraph';
import { validateInput } from './validation';

const federationLink = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
`;

// A field's source is whatever its parent resolved to (graphql itself types it any).
type FieldResolvers = Record<string, GraphQLFieldResolver<any, SubgraphContext>>;

/**
 * The resolvers of a type-graphql schema as @apollo/subgraph takes them (what type-graphql's
 * createResolversMap makes, typed): each object type's field resolvers, the scalars, the enums'
 * values. The subgraphs declare no interface or union, whose type resolvers this would lose.
 */
function resolversOf(schema: GraphQLSchema): { objects: Record<string, FieldResolvers>; others: GraphQLResolverMap<SubgraphContext> } {
  const objects: Record<string, FieldResolvers> = {};
  const others: GraphQLResolverMap<SubgraphContext> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isAbstractType(type)) throw new Error(`${type.name}: a subgraph schema with interfaces or unions needs their type resolvers`);
    if (isObjectType(type)) {
      objects[type.name] = Object.fromEntries(Object.values(type.getFields()).flatMap(({ name, resolve }) => (resolve ? [[name, resolve]] : [])));
    }
    if (isScalarType(type)) others[type.name] = type;
    if (isEnumType(type)) others[type.name] = Object.fromEntries(type.getValues().map(({ name, value }) => [name, value]));
  }
  return { objects, others };
}

/**
 * Builds a Federation 2 subgraph schema from a subgraph's type-graphql resolvers: type-graphql
 * produces the schema with the policy guard on every field, @apollo/subgraph adds
 * `_service`/`_entities`, and each entity's `__resolveReference` (which type-graphql does not know
 * about) is merged in, guarded.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.entityTypes,
    globalMiddlewares: [policyGuard],
    // Any field may be withheld by the policy (null with FORBIDDEN), so fields are nullable unless
    // marked otherwise (ids): a withheld field must not null its parent.
    nullableByDefault: true,
    skipCheck: true,
    validateFn: validateInput,
  });
  const { objects, others } = resolversOf(schema);
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    // type-graphql's middleware does not see __resolveReference: an entity the actor may not see is
    // null here, as if it did not exist (filtered, not FORBIDDEN).
    const guarded = async (reference: { id: string }, context: SubgraphContext) => {
      const record = await resolveReference(reference, context);
      return isVisible(typeName, record, context) ? record : null;
    };
    objects[typeName] = { ...objects[typeName], __resolveReference: guarded };
  }
  return buildSubgraphSchema([{ typeDefs: gql`${federationLink} ${printSchemaWithDirectives(schema)}`, resolvers: { ...others, ...objects } }]);
}
