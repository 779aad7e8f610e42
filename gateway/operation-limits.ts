import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Operation limits (graphql-armor), applied before anything is planned: abusive documents — deep
 * nesting, alias fan-out, huge token counts, directive floods, costly selections — are refused
 * with a GraphQL error, and field suggestions are not offered to callers probing the schema.
 * Page sizes are limited by the resolvers (1 to 100).
 */
export const parseOptions = { maxTokens: 3000 };

export function operationLimits() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    // Token counting is done by graphql's own parser (parseOptions below), which reports
    // GRAPHQL_PARSE_FAILED with 400; armor's plugin would answer a malformed document with 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 30 },
    costLimit: { maxCost: 10_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
