import { GraphQLError, ValidationRule } from 'graphql';

/**
 * A response key beginning with `__` is introspection's or the gateway's own (operation-filter.ts
 * ADDED_KEYS: what the disclosure log reads a record's id and declared category from): a client
 * may not alias a field to one, else it could name the record a log line is about, or which
 * category left.
 */
export const ReservedResponseKeysRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.alias?.value.startsWith('__')) {
      context.reportError(new GraphQLError(`The alias "${node.alias.value}" is reserved: response keys beginning with "__" belong to introspection and the hub.`, { nodes: node.alias }));
    }
  },
});
