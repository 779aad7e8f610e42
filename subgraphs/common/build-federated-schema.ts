import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap } from 'type-graphql';
import { SubgraphDefinition } from './subgraph';

const federationLink = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
`;

/**
 * Builds a Federation 2 subgraph schema from a subgraph's type-graphql resolvers: type-graphql
 * produces the schema, @apollo/subgraph adds `_service`/`_entities`, and each entity's
 * `__resolveReference` (which type-graphql does not know about) is merged in.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.entityTypes,
    skipCheck: true,
    validate: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({
    typeDefs: gql`${federationLink} ${printSchemaWithDirectives(schema)}`,
    resolvers: resolvers as never,
  });
}
