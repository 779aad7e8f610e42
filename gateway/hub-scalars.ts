import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { GraphQLScalarType, GraphQLSchema } from 'graphql';
import { hubScalars } from '../platform/scalars';

const byName = new Map<string, GraphQLScalarType>(hubScalars.map((scalar) => [scalar.name, scalar]));
const mapped = new WeakMap<GraphQLSchema, GraphQLSchema>();

/**
 * The API schema composed from the supergraph knows custom scalars by name only and lets any value
 * through. This one parses them as the subgraphs do, so a malformed or impossible date is refused at
 * the door, before anything is planned: in a variable as BAD_USER_INPUT naming its field, as a
 * literal by validation. Mapped once per schema.
 */
export function withHubScalars(schema: GraphQLSchema): GraphQLSchema {
  if (!mapped.has(schema)) {
    mapped.set(schema, mapSchema(schema, {
      [MapperKind.SCALAR_TYPE]: (type) => {
        const hub = byName.get(type.name);
        return hub ? new GraphQLScalarType({ ...type.toConfig(), parseValue: hub.parseValue, parseLiteral: hub.parseLiteral }) : type;
      },
    }));
  }
  return mapped.get(schema)!;
}
