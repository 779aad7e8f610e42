import { GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Inventory: @requires on @external fields of Product, the compound-key Variant extended, the shareable Category. */
export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@external", "@requires", "@shareable"])

  type Product @key(fields: "upc") {
    upc: ID!
    price: Int! @external
    weight: Int! @external
    shippingEstimate: Int! @requires(fields: "price weight")
    inStock: Boolean!
    isHeavy: Boolean! @requires(fields: "weight")
    neverCalledInclude: Boolean! @requires(fields: "weight")
    neverCalledSkip: Boolean! @requires(fields: "weight")
  }
  type Variant @key(fields: "productUpc colour") {
    productUpc: ID!
    colour: String!
    stock: Int
  }
  type Category @shareable {
    id: ID!
    label: String!
  }
  type Query {
    warehouseCategories: [Category!]!
  }
`;

const stock: Record<string, number> = { 'p1:red': 3, 'p1:blue': 0, 'p2:red': 12 };

export const resolvers: GraphQLResolverMap<unknown> = {
  Query: { warehouseCategories: () => [{ id: 'c1', label: 'Furniture' }, { id: 'c2', label: 'Lighting' }] },
  Product: {
    __resolveReference: (reference: { upc: string; price?: number; weight?: number }) => reference,
    // Free over 500, else by weight: needs both external fields.
    shippingEstimate: ({ price, weight }: { price: number; weight: number }) => (price > 500 ? 0 : weight * 2),
    inStock: ({ upc }: { upc: string }) => upc !== 'p3',
    isHeavy: ({ weight }: { weight: number }) => weight > 10,
    // Asked only under an @include or @skip that rules them out: a gateway that asks them anyway gets an error.
    neverCalledInclude: () => {
      throw new GraphQLError('neverCalledInclude should not be called.', { extensions: { code: 'NEVER_CALLED' } });
    },
    neverCalledSkip: () => {
      throw new GraphQLError('neverCalledSkip should not be called.', { extensions: { code: 'NEVER_CALLED' } });
    },
  },
  Variant: {
    __resolveReference: (reference: { productUpc: string; colour: string }) => reference,
    stock: ({ productUpc, colour }: { productUpc: string; colour: string }) => stock[`${productUpc}:${colour}`] ?? null,
  },
};
