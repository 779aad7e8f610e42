import { GraphQLError, ValidationRule } from 'graphql';

/**
 * An operation of a type the schema has no root for (the hub has no subscriptions) is invalid:
 * graphql 17's KnownOperationTypesRule, which graphql 16 lacks (it fails only in execution).
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) context.reportError(new GraphQLError(`The hub's API has no ${node.operation} operations.`, { nodes: node }));
  },
});
