import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap } from 'type-graphql';
import { SubgraphContext } from './context';
import { isVisible, policyGuard } from './guard';
import { SubgraphDefinition } from './subgraph';
import { validateInput } from './validation';

const federationLink = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
`;

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
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    // type-graphql's middleware does not see __resolveReference: an entity the actor may not see is
    // null here, as if it did not exist (filtered, not FORBIDDEN).
    const guarded = async (reference: { id: string }, context: SubgraphContext) => {
      const record = await resolveReference(reference, context);
      return isVisible(typeName, record, context) ? record : null;
    };
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: guarded };
  }
  return buildSubgraphSchema({
    typeDefs: gql`${federationLink} ${printSchemaWithDirectives(schema)}`,
    resolvers: resolvers as never,
  });
}
